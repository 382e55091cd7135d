// Synthetic article generator for benchmarks and tests at any size: articles in the
// shapes of the sample corpus (press releases, local news, council statements, older
// percentage-score reports), real service names, a Zipf-distributed vocabulary, and the
// true facets of each article so extraction, filters and counts can be checked.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace yjs::corpus {

// The facts an article was generated from ("" = the article does not state it).
struct GeneratedLabels {
  std::string area;
  std::string year;
  std::string rating;
  std::string chief_inspector;
};

struct GeneratedArticle {
  std::string relative_path;  // "00012/0012345.txt": at most 1000 files a folder
  std::string text;           // first line is the title
  GeneratedLabels labels;
};

// Deterministic: the same seed gives the same articles, in the same order, on every
// machine (it uses its own PRNG and distributions, not the standard library's, whose
// results differ between implementations). Not thread-safe.
class Generator {
 public:
  explicit Generator(std::uint64_t seed);

  // The article with the given index (0-based); call with increasing indexes.
  GeneratedArticle next(std::size_t index);

 private:
  std::uint64_t random();                   // splitmix64
  std::size_t below(std::size_t n);         // uniform in [0, n)
  const std::string& zipf_word();           // a word of the Zipf-distributed vocabulary
  std::string sentence(std::size_t words);  // capitalised, full stop
  std::string paragraph();

  std::uint64_t state_;
  std::vector<std::string> vocabulary_;  // by rank
  std::vector<double> cumulative_;       // Zipf CDF over vocabulary_
  std::vector<std::string> areas_;       // canonical service names
};

}  // namespace yjs::corpus
