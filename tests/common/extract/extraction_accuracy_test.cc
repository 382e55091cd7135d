// Accuracy of facet extraction over the labelled article sets: tests/data/facets/set_a
// (single-service inspections in many styles), set_b (articles built around traps, and
// articles that are not single-service inspections), set_c (written by another hand and
// first measured unseen) and the sample corpus. Prints a
// per-facet table and every disagreement; fails below 95% on any facet.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

#include "common/extract/extract.h"
#include "indexer/article_reader.h"
#include "tests/testing/test_db.h"

namespace yjs::extract {
namespace {

constexpr double kRequiredAccuracy = 0.95;

struct Labelled {
  std::string file;
  std::array<std::string, 4> expected;  // area, year, rating, chief_inspector ("" = absent)
};

std::vector<Labelled> read_labels(const std::filesystem::path& dir) {
  std::ifstream in(dir / "labels.tsv");
  EXPECT_TRUE(in) << "cannot read " << (dir / "labels.tsv");
  std::vector<Labelled> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) fields.push_back(field);
    fields.resize(std::max<std::size_t>(fields.size(), 5));
    rows.push_back({(dir / fields[0]).string(), {fields[1], fields[2], fields[3], fields[4]}});
  }
  return rows;
}

std::array<std::string, 4> extracted(const Facets& f) {
  return {f.area ? f.area->value : "", f.year ? std::to_string(f.year->value) : "",
          f.rating ? std::string(rating_label(f.rating->value)) : "",
          f.chief_inspector ? f.chief_inspector->value : ""};
}

TEST(ExtractionAccuracyTest, AtLeast95PercentPerFacetOnLabelledArticles) {
  std::vector<Labelled> all;
  for (const char* set : {"facets/set_a", "facets/set_b", "facets/set_c"}) {
    const auto rows = read_labels(testing::test_data(set));
    all.insert(all.end(), rows.begin(), rows.end());
  }
  const auto sample = read_labels(std::filesystem::path(YJS_SOURCE_DIR) / "corpus/sample");
  all.insert(all.end(), sample.begin(), sample.end());
  ASSERT_GE(all.size(), 90u);

  const std::array<const char*, 4> names = {"area", "year", "rating", "chief_inspector"};
  std::array<int, 4> correct{};
  std::ostringstream misses;
  for (const Labelled& row : all) {
    const Article article = parse_text_article(read_file(row.file), row.file, row.file);
    const auto got = extracted(extract_facets(article));
    for (std::size_t f = 0; f < 4; ++f) {
      if (got[f] == row.expected[f]) {
        ++correct[f];
      } else {
        misses << "  " << std::filesystem::path(row.file).filename().string() << ": " << names[f]
               << " expected '" << row.expected[f] << "', got '" << got[f] << "'\n";
      }
    }
  }
  std::ostringstream table;
  table << "facet extraction accuracy over " << all.size() << " labelled articles:\n";
  for (std::size_t f = 0; f < 4; ++f) {
    table << "  " << std::left << std::setw(16) << names[f] << std::right << std::fixed
          << std::setprecision(1) << 100.0 * correct[f] / all.size() << "%  (" << correct[f]
          << "/" << all.size() << ")\n";
  }
  std::cout << table.str() << (misses.str().empty() ? "" : "disagreements:\n" + misses.str());
  for (std::size_t f = 0; f < 4; ++f) {
    EXPECT_GE(static_cast<double>(correct[f]) / all.size(), kRequiredAccuracy)
        << names[f] << " accuracy below 95%";
  }
}

}  // namespace
}  // namespace yjs::extract
