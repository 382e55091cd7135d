#include "common/person_name.h"

#include <gtest/gtest.h>

namespace yjs {
namespace {

TEST(PersonNameTest, StripsHonorificsAndPostNominals) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Dame Glenys Stacey", "Glenys Stacey"},
      {"Martin Jones CBE", "Martin Jones"},
      {"Mr Russell", "Russell"},
      {"Dr. Jane Smith, OBE.", "Jane Smith"},
      {"Lord Ramsbotham", "Ramsbotham"},
      {"SIR  Alan   Jones", "Alan Jones"},
      {"Mary O'Brien-Smith KC", "Mary O'Brien-Smith"},
      {"Justin Russell", "Justin Russell"},
      {"Dame", ""},
      {"", ""},
  };
  for (const auto& [name, stripped] : cases) EXPECT_EQ(strip_honorifics(name), stripped) << name;
}

TEST(PersonNameTest, ListsAreOfFoldedWords) {
  EXPECT_TRUE(is_honorific("dame"));
  EXPECT_TRUE(is_honorific("lady"));
  EXPECT_FALSE(is_honorific("Dame"));  // callers fold first
  EXPECT_FALSE(is_honorific("glenys"));
  EXPECT_TRUE(is_post_nominal("cbe"));
  EXPECT_FALSE(is_post_nominal("jones"));
}

}  // namespace
}  // namespace yjs
