// Gazetteer: the youth justice services of England and Wales, the ways articles name them,
// and the nation, region and place groups each belongs to, loaded from
// common/data/youth_justice_services.tsv (compiled into the program).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/extract/word_view.h"

namespace yjs::extract {

// A place in a WordView where a service is named: words [word, word + length).
struct AreaMention {
  std::size_t word = 0;
  std::size_t length = 0;
  std::size_t area = 0;  // index for Gazetteer::name()
};

// Immutable after construction, so one instance can serve every thread.
class Gazetteer {
 public:
  // Parses "CANONICAL<TAB>VARIANT|VARIANT[<TAB>NATION[<TAB>REGION[<TAB>GROUP|GROUP]]]"
  // service lines and "@region<TAB>REGION<TAB>VARIANT|VARIANT" region lines ('#'
  // comments). Throws yjs::Error naming the line for a malformed one, a nation other than
  // England or Wales, a region no region line defines, a Welsh service outside the region
  // Wales (or the other way round), or a name given to two services or two regions.
  explicit Gazetteer(std::string_view tsv);

  // The gazetteer compiled into the program.
  static const Gazetteer& builtin();

  // Every mention in `words`, longest first where names overlap ("Kingston upon Hull",
  // not "Kingston"). A mention must start with a capital letter in the original text,
  // so "reading" the verb is not Reading the town.
  std::vector<AreaMention> find(const WordView& words) const;

  // The canonical name of service `area`.
  const std::string& name(std::size_t area) const { return names_[area]; }
  std::size_t size() const { return names_.size(); }
  // "England" or "Wales" (the TSV's third field), or "" when the line gives none.
  const std::string& nation(std::size_t area) const { return nations_[area]; }
  // The service's region ("London", "Wales"), or "" when its line gives none.
  const std::string& region(std::size_t area) const { return regions_[area]; }
  // The place groups the service belongs to ("Tyne and Wear"), as written.
  const std::vector<std::string>& groups(std::size_t area) const { return groups_[area]; }
  // The region named by any spelling of a region's name or variant ("yorkshire" ->
  // "Yorkshire and the Humber"), or nullopt (a place group is not a region).
  std::optional<std::string> canonical_region(std::string_view any_name) const;
  // Every region name and variant and every place group, as written: the names a query
  // may use for a region.
  const std::vector<std::string>& region_names() const { return region_names_; }

  // The index of a canonical name, or nullopt.
  std::optional<std::size_t> index_of(std::string_view canonical_name) const;

  // The canonical name for any spelling of a service's name or variant, however it is
  // cased or punctuated ("hull" -> "Kingston upon Hull"), or nullopt.
  std::optional<std::string> canonical(std::string_view any_name) const;
  // The canonical name, or `any_name` as written when no service has it: how an area a
  // feed states or a user types is named everywhere ("hull" -> "Kingston upon Hull").
  std::string canonical_or_same(std::string_view any_name) const;

  // Every name and variant as written in the gazetteer ("Ynys Môn", "Hull YOT").
  const std::vector<std::string>& all_names() const { return all_names_; }

 private:
  struct Entry {
    std::vector<std::string> words;
    std::size_t area;
  };
  void add_name(std::string_view name, std::size_t area, std::size_t line);

  std::vector<std::string> names_;
  std::vector<std::string> all_names_;
  void add_region(std::string_view line, std::size_t line_number);

  std::vector<std::string> nations_;                            // parallel to names_
  std::vector<std::string> regions_;                            // parallel to names_
  std::vector<std::vector<std::string>> groups_;                // parallel to names_
  std::unordered_map<std::string, std::string> region_by_key_;  // normalise_key -> region
  std::vector<std::string> region_names_;
  // Hashes a std::string and a std::string_view alike, so a word is looked up uncopied.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Entry>, WordHash, std::equal_to<>>
      by_first_word_;                                    // longest first
  std::unordered_map<std::string, std::size_t> by_key_;  // normalise_key -> area
};

}  // namespace yjs::extract
