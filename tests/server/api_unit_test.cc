#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "server/api.h"
#include "server/static_files.h"
#include "tests/testing/test_db.h"

namespace yjs::server {
namespace {

// An on-disk database of three articles under `dir`.
std::string small_db(const testing::TempDir& dir) {
  const std::string path = (dir.path() / "db").string();
  const Xapian::Database from = testing::in_memory_db(
      {testing::make_article("a", "Leicester rated Good", "Speech and language support."),
       testing::make_article("b", "Southend", "Risk work lacked clarity."),
       testing::make_article("c", "Annual report", "Speech is mentioned once.")});
  Xapian::WritableDatabase to(path, Xapian::DB_CREATE_OR_OPEN);
  for (auto it = from.postlist_begin(""); it != from.postlist_end(""); ++it) {
    to.add_document(from.get_document(*it));
  }
  to.commit();
  return path;
}

TEST(ApiTest, ASearchPastTheTimeLimitIsCutOffWith503) {
  testing::TempDir dir;
  SearcherPool pool({.dbs = {small_db(dir)}, .time_limit = std::chrono::nanoseconds(1)});
  const ApiResponse answer = api_search({{"facets", "1"}}, pool);
  EXPECT_EQ(answer.status, 503) << answer.body;
  EXPECT_NE(nlohmann::json::parse(answer.body)["error"].get<std::string>().find("took too long"),
            std::string::npos);
  SearcherPool unlimited({.dbs = {small_db(dir)}});
  EXPECT_EQ(api_search({{"facets", "1"}}, unlimited).status, 200);
}

TEST(ApiTest, BadParametersAre400WithTheCliMessage) {
  testing::TempDir dir;
  SearcherPool pool({.dbs = {small_db(dir)}});
  const ApiResponse answer = api_search({{"year", "20x9"}}, pool);
  EXPECT_EQ(answer.status, 400);
  EXPECT_EQ(nlohmann::json::parse(answer.body)["error"],
            "--year '20x9': expected YYYY, YYYY..YYYY, ..YYYY or YYYY..");
  EXPECT_EQ(api_search({{"limit", "201"}}, pool).status, 400);
  EXPECT_EQ(api_search({{"q", "x"}, {"q", "y"}}, pool).status, 400);
  EXPECT_EQ(api_history({}, pool).status, 400);
  EXPECT_EQ(api_search({{"q", "speech"}}, pool).status, 200);
}

TEST(ApiTest, HealthSaysWhenTheDatabaseCannotBeOpened) {
  testing::TempDir dir;
  SearcherPool pool({.dbs = {(dir.path() / "none").string()}});
  const ApiResponse answer = api_health(pool);
  EXPECT_EQ(answer.status, 503);
  EXPECT_EQ(nlohmann::json::parse(answer.body)["status"], "unavailable");
}

TEST(StaticFilesTest, OnlyTheExactPathsOfThePageAreFound) {
  ASSERT_NE(find_static_file("/"), nullptr);
  EXPECT_NE(find_static_file("/app.js"), nullptr);
  for (const char* path : {"/index.html", "/../app.js", "/app.js/", "//app.js", "/APP.JS", "app.js",
                           "/server/web/app.js", "", "/etc/passwd"}) {
    EXPECT_EQ(find_static_file(path), nullptr) << path;
  }
  for (const StaticFile& file : static_files()) EXPECT_FALSE(file.body.empty()) << file.path;
}

}  // namespace
}  // namespace yjs::server
