#include "searcher/searcher.h"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

#include "common/schema.h"

namespace yjs {
namespace {

// Markers the snippet generator puts around matched words; control characters never
// appear in stored text (the JSON data escapes them), so they cannot clash.
constexpr char kHighlightStart[] = "\x02";
constexpr char kHighlightEnd[] = "\x03";

std::string language_of(const Xapian::Database& db) {
  const std::string language = db.get_metadata(schema::kLanguageMetadataKey);
  return language.empty() ? "english" : language;
}

std::optional<std::string> optional_string(const nlohmann::json& data, const char* key) {
  const auto it = data.find(key);
  if (it == data.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// MSet::snippet() escapes text for HTML; we want plain text with highlight ranges and
// runs of white space (line ends included) as one space.
void set_snippet(const std::string& html, Hit& hit) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string& out = hit.snippet;
  std::size_t highlight_begin = 0;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == kHighlightStart[0]) {
      highlight_begin = out.size();
    } else if (c == kHighlightEnd[0]) {
      hit.highlights.emplace_back(highlight_begin, out.size());
    } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (c == '&') {
      const auto* entity = std::find_if(std::begin(kEntities), std::end(kEntities),
                                        [&](const auto& e) { return html.compare(i, e.first.size(), e.first) == 0; });
      if (entity == std::end(kEntities)) {
        out += c;
      } else {
        out += entity->second;
        i += entity->first.size() - 1;
      }
    } else {
      out += c;
    }
  }
}

}  // namespace

Searcher::Searcher(const std::string& db_path) : Searcher(Xapian::Database(db_path)) {}

Searcher::Searcher(const Xapian::Database& db)
    : db_(db), analyzer_(language_of(db_)), query_builder_(analyzer_, db_) {}

SearchResult Searcher::search(const SearchRequest& request) {
  constexpr int kAttempts = 3;
  for (int attempt = 1;; ++attempt) {
    try {
      return run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) throw;
      db_.reopen();
    }
  }
}

SearchResult Searcher::run(const SearchRequest& request) {
  SearchResult result;
  result.query = request.query;
  result.offset = request.offset;
  const Xapian::Query query = query_builder_.parse(request.query, request.all_terms);
  result.parsed = query.get_description();

  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  // Examining every match makes `total` exact rather than an estimate.
  const Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, db_.get_doccount());
  result.total = mset.get_matches_estimated();

  Xapian::doccount rank = request.offset;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    const auto data = nlohmann::json::parse(doc.get_data(), nullptr, false);
    Hit hit;
    hit.rank = ++rank;
    hit.weight = it.get_weight();
    if (data.is_object()) {
      hit.id = optional_string(data, "id").value_or("");
      hit.title = optional_string(data, "title").value_or("");
      hit.path = optional_string(data, "path");
      hit.url = optional_string(data, "url");
      hit.area = optional_string(data, "area");
      hit.rating = optional_string(data, "rating");
      hit.chief_inspector = optional_string(data, "chief_inspector");
      if (const auto year = data.find("year"); year != data.end() && year->is_number_integer()) {
        hit.year = year->get<int>();
      }
      const std::string body = optional_string(data, "body").value_or("");
      set_snippet(mset.snippet(body, request.snippet_bytes, analyzer_.stemmer(),
                               Xapian::MSet::SNIPPET_BACKGROUND_MODEL |
                                   Xapian::MSet::SNIPPET_EXHAUSTIVE,
                               kHighlightStart, kHighlightEnd, "…"),
                  hit);
    }
    result.hits.push_back(std::move(hit));
  }
  return result;
}

}  // namespace yjs
