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

// The fields of a line, split at TABs.
std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(trim(line.substr(start, tab - start)));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

// The names of a "A|B|C" field, empty ones dropped.
std::vector<std::string_view> names_of(std::string_view field) {
  std::vector<std::string_view> names;
  while (!field.empty()) {
    const std::size_t bar = std::min(field.find('|'), field.size());
    if (const std::string_view name = trim(field.substr(0, bar)); !name.empty()) {
      names.push_back(name);
    }
    field.remove_prefix(std::min(bar + 1, field.size()));
  }
  return names;
}

constexpr std::string_view kRegionLine = "@region";
constexpr std::string_view kWales = "Wales";

}  // namespace

Gazetteer::Gazetteer(std::string_view tsv) {
  std::size_t line_number = 0;
  std::vector<std::size_t> region_lines;  // by area: where its region was named
  for (std::size_t pos = 0; pos < tsv.size();) {
    const std::size_t eol = std::min(tsv.find('\n', pos), tsv.size());
    const std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (trim(line).empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = fields_of(line);
    if (fields[0] == kRegionLine) {
      add_region(line, line_number);
      continue;
    }
    const auto bad = [&](const std::string& what) {
      return Error("gazetteer line " + std::to_string(line_number) + ": " + what);
    };
    if (fields[0].empty()) throw bad("no canonical name");
    if (fields.size() > 5) throw bad("more than five fields");
    const std::size_t area = names_.size();
    names_.emplace_back(fields[0]);
    add_name(fields[0], area, line_number);
    if (fields.size() > 1) {
      for (std::string_view variant : names_of(fields[1])) add_name(variant, area, line_number);
    }
    const std::string_view nation = fields.size() > 2 ? fields[2] : "";
    if (!nation.empty() && nation != "England" && nation != kWales) {
      throw bad("nation '" + std::string(nation) + "' is not England or Wales");
    }
    nations_.emplace_back(nation);
    const std::string_view region = fields.size() > 3 ? fields[3] : "";
    if (!region.empty() && !nation.empty() && (region == kWales) != (nation == kWales)) {
      throw bad("region '" + std::string(region) + "' is not in " + std::string(nation));
    }
    regions_.emplace_back(region);
    region_lines.push_back(line_number);
    groups_.emplace_back();
    if (fields.size() > 4) {
      for (std::string_view group : names_of(fields[4])) {
        groups_.back().emplace_back(group);
        if (std::find(region_names_.begin(), region_names_.end(), group) == region_names_.end()) {
          region_names_.emplace_back(group);
        }
      }
    }
  }
  for (std::size_t area = 0; area < names_.size(); ++area) {
    if (!regions_[area].empty() && !canonical_region(regions_[area])) {
      throw Error("gazetteer line " + std::to_string(region_lines[area]) + ": region '" +
                  regions_[area] + "' has no @region line");
    }
  }
  for (auto& [first, entries] : by_first_word_) {
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.words.size() > b.words.size();
    });
  }
}

void Gazetteer::add_region(std::string_view line, std::size_t line_number) {
  const std::vector<std::string_view> fields = fields_of(line);
  const auto bad = [&](const std::string& what) {
    return Error("gazetteer line " + std::to_string(line_number) + ": " + what);
  };
  if (fields.size() < 2 || fields[1].empty() || fields.size() > 3) {
    throw bad("expected @region<TAB>REGION<TAB>VARIANTS");
  }
  const std::string region(fields[1]);
  std::vector<std::string_view> names = {fields[1]};
  if (fields.size() > 2) {
    for (std::string_view variant : names_of(fields[2])) names.push_back(variant);
  }
  for (std::string_view name : names) {
    const auto [it, inserted] = region_by_key_.emplace(normalise_key(name), region);
    if (!inserted) throw bad("'" + std::string(name) + "' already names " + it->second);
    region_names_.emplace_back(name);
  }
}

std::optional<std::string> Gazetteer::canonical_region(std::string_view any_name) const {
  const auto found = region_by_key_.find(normalise_key(any_name));
  if (found == region_by_key_.end()) return std::nullopt;
  return found->second;
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
    // Most words are not capitalised: test that before looking the word up.
    const auto found =
        words.capitalised(i) ? by_first_word_.find(words.word(i)) : by_first_word_.end();
    bool matched = false;
    if (found != by_first_word_.end()) {
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
