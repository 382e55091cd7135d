#include "indexer/readers/formats.h"

#include <gtest/gtest.h>

#include <set>

namespace yjs::readers {
namespace {

TEST(FormatsTest, OneRowPerFormatAndExtension) {
  std::set<std::string_view> extensions;
  for (const FormatSpec& spec : formats()) {
    EXPECT_EQ(&spec_of(spec.format), &spec);
    for (std::string_view ext : spec.extensions) {
      if (ext.empty()) continue;
      EXPECT_TRUE(extensions.insert(ext).second) << ext << " is in two rows";
      EXPECT_EQ(format_by_extension("x" + std::string(ext)), spec.format) << ext;
    }
    // Every format but JSON Lines (one article a line) has a whole-file reader.
    EXPECT_EQ(spec.read == nullptr, spec.format == InputFormat::kJsonLines) << spec.name;
  }
  EXPECT_EQ(format_by_extension("a/B.XHTML"), InputFormat::kHtml);
  EXPECT_EQ(format_by_extension("README"), std::nullopt);
  EXPECT_EQ(format_by_extension("notes.md"), std::nullopt);
}

TEST(FormatsTest, ContentWinsOverAnExtensionThatLies) {
  EXPECT_EQ(format_of_content("%PDF-1.5\n...", InputFormat::kHtml), InputFormat::kPdf);
  EXPECT_EQ(format_of_content("<!doctype html><p>x", InputFormat::kText), InputFormat::kHtml);
  EXPECT_EQ(format_of_content("<html><p>x", InputFormat::kPdf), InputFormat::kHtml);
  EXPECT_EQ(format_of_content("Plain headline\nBody", InputFormat::kText), InputFormat::kText);
  EXPECT_EQ(format_of_content("Plain headline\nBody", InputFormat::kHtml), InputFormat::kHtml);
  EXPECT_EQ(format_of_content("<html>{\"id\":1}", InputFormat::kJsonLines),
            InputFormat::kJsonLines);
}

}  // namespace
}  // namespace yjs::readers
