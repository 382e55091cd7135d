#include "indexer/readers/furniture.h"

#include <gtest/gtest.h>

#include "indexer/article_reader.h"

namespace yjs::readers {
namespace {

TEST(FurnitureTest, SiteLinesAreFurniture) {
  for (const char* line :
       {"Follow BBC East Midlands on Facebook, on X, and on Instagram.",
        "Follow BBC Yorkshire on social media and send us your story ideas.",
        "Send your story ideas to eastmidsonline@bbc.co.uk.",
        "5. Media enquiries: HM Inspectorate of Probation press office.",
        "  For media enquiries, please contact the communications team.", "Skip to main content",
        "Cookies on GOV.UK", "Image source, Getty Images"}) {
    EXPECT_TRUE(is_furniture_line(line)) << line;
  }
  for (const char* line :
       {"Follow-up work was rated Good.", "The press office said nothing.",
        "1. Youth offending services receive one of four ratings.", "Media coverage was wide."}) {
    EXPECT_FALSE(is_furniture_line(line)) << line;
  }
}

TEST(FurnitureTest, RelatedHeadings) {
  for (const char* line : {"Related topics", "More on this story", "Top stories", "LATEST NEWS",
                           "Related content:", " Related internet links "}) {
    EXPECT_TRUE(is_related_heading(line)) << line;
  }
  EXPECT_FALSE(is_related_heading("Related topics were discussed at length."));
  EXPECT_FALSE(is_related_heading("Top stories of 2019 in youth justice"));
}

TEST(FurnitureTest, TextWithoutFurnitureEndsAtARelatedList) {
  EXPECT_EQ(without_furniture("One.\nFollow BBC Kent on Facebook.\nTwo.\nRelated topics\n"
                              "- Published 8 February 2022\nKent rated Outstanding"),
            "One.\nTwo.");
}

// The text reader applies the same rule: the BBC footer is no part of the body.
TEST(FurnitureTest, TextArticlesDropIt) {
  const Article a = parse_text_article(
      "Kent YOT rated Good\n- Published\nInspectors rated Kent Good.\nFollow BBC South East on "
      "Facebook.\nSend your story ideas to southeast@bbc.co.uk.\nRelated topics\nKent\n"
      "More on this story\nMedway rated Inadequate - 2015",
      "id", "p");
  EXPECT_EQ(a.body, "- Published\nInspectors rated Kent Good.");
}

}  // namespace
}  // namespace yjs::readers
