#include "common/extract/gazetteer.h"

#include <algorithm>

#include "common/errors.h"
#include "common/facets.h"

namespace yjs::extract {

// Generated at build time from common/data/youth_justice_services.tsv.
extern const std::string_view kGazetteerTsv;

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Gazetteer::Gazetteer(std::string_view tsv) {
  std::size_t line_number = 0;
  for (std::size_t pos = 0; pos < tsv.size();) {
    const std::size_t eol = std::min(tsv.find('\n', pos), tsv.size());
    const std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (trim(line).empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    const std::string_view canonical = trim(line.substr(0, tab));
    if (canonical.empty()) {
      throw Error("gazetteer line " + std::to_string(line_number) + ": no canonical name");
    }
    const std::size_t area = names_.size();
    names_.emplace_back(canonical);
    add_name(canonical, area, line_number);
    nations_.emplace_back();
    if (tab == std::string_view::npos) continue;
    std::string_view variants = line.substr(tab + 1);
    // An optional third field: the nation.
    if (const std::size_t tab2 = variants.find('\t'); tab2 != std::string_view::npos) {
      const std::string_view nation = trim(variants.substr(tab2 + 1));
      if (nation != "England" && nation != "Wales") {
        throw Error("gazetteer line " + std::to_string(line_number) + ": nation '" +
                    std::string(nation) + "' is not England or Wales");
      }
      nations_.back() = nation;
      variants = variants.substr(0, tab2);
    }
    while (!variants.empty()) {
      const std::size_t bar = std::min(variants.find('|'), variants.size());
      if (const std::string_view variant = trim(variants.substr(0, bar)); !variant.empty()) {
        add_name(variant, area, line_number);
      }
      variants.remove_prefix(std::min(bar + 1, variants.size()));
    }
  }
  for (auto& [first, entries] : by_first_word_) {
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.words.size() > b.words.size();
    });
  }
}

void Gazetteer::add_name(std::string_view name, std::size_t area, std::size_t line) {
  const std::string key = normalise_key(name);
  const auto [it, inserted] = by_key_.emplace(key, area);
  if (!inserted && it->second != area) {
    throw Error("gazetteer line " + std::to_string(line) + ": '" + std::string(name) +
                "' already names " + names_[it->second]);
  }
  if (!inserted) return;
  all_names_.emplace_back(name);
  const WordView view(name, "");
  Entry entry{{}, area};
  for (std::size_t i = 0; i < view.size(); ++i) entry.words.emplace_back(view.word(i));
  if (entry.words.empty()) return;
  by_first_word_[entry.words.front()].push_back(std::move(entry));
}

const Gazetteer& Gazetteer::builtin() {
  // Built on first use and never changed: a constant, not shared mutable state.
  static const Gazetteer gazetteer(kGazetteerTsv);
  return gazetteer;
}

std::vector<AreaMention> Gazetteer::find(const WordView& words) const {
  std::vector<AreaMention> mentions;
  for (std::size_t i = 0; i < words.size();) {
    const auto found = by_first_word_.find(std::string(words.word(i)));
    bool matched = false;
    if (found != by_first_word_.end() && words.capitalised(i)) {
      for (const Entry& entry : found->second) {
        bool all = true;
        for (std::size_t k = 1; k < entry.words.size() && all; ++k) {
          all = words.is(i + k, entry.words[k]);
        }
        if (all) {
          mentions.push_back({i, entry.words.size(), entry.area});
          i += entry.words.size();
          matched = true;
          break;
        }
      }
    }
    if (!matched) ++i;
  }
  return mentions;
}

std::optional<std::string> Gazetteer::canonical(std::string_view any_name) const {
  const auto found = by_key_.find(normalise_key(any_name));
  if (found == by_key_.end()) return std::nullopt;
  return names_[found->second];
}

std::string Gazetteer::canonical_or_same(std::string_view any_name) const {
  return canonical(any_name).value_or(std::string(any_name));
}

std::optional<std::size_t> Gazetteer::index_of(std::string_view canonical_name) const {
  const auto found = std::find(names_.begin(), names_.end(), canonical_name);
  if (found == names_.end()) return std::nullopt;
  return static_cast<std::size_t>(found - names_.begin());
}

}  // namespace yjs::extract
