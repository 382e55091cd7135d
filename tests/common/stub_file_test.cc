// Stub database files read as Xapian 1.4 reads them, with an error naming the line for
// anything it would not accept.
#include "common/stub_file.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <fstream>

#include "common/errors.h"
#include "tests/testing/test_db.h"

namespace yjs {
namespace {

namespace fs = std::filesystem;

std::string write_stub(const fs::path& file, const std::string& text) {
  std::ofstream(file) << text;
  return file.string();
}

// One stub line -> a description of the entry read, or "error: <what>".
std::string read_line(const fs::path& dir, const std::string& line) {
  try {
    const auto entries = read_stub_file(write_stub(dir / "stub", line + "\n"));
    if (entries.size() != 1) return "entries: " + std::to_string(entries.size());
    const StubEntry& e = entries[0];
    switch (e.kind) {
      case StubEntry::Kind::kLocal:
        return "local " + fs::path(e.path).lexically_relative(dir).string() + " backend " +
               std::to_string(e.backend);
      case StubEntry::Kind::kRemoteTcp:
        return "tcp " + e.host + " " + std::to_string(e.port);
      case StubEntry::Kind::kRemoteProgram:
        return "program " + e.program + " [" + e.args + "]";
      case StubEntry::Kind::kInMemory:
        return "inmemory";
    }
  } catch (const Error& e) {
    const std::string what = e.what();
    return "error: " + what.substr(what.find(": ") + 2);
  }
  return "?";
}

TEST(StubFileTest, ReadsEachKindOfLine) {
  testing::TempDir dir;
  const struct {
    std::string line;
    std::string expected;
  } cases[] = {
      {"auto shard-0", "local shard-0 backend 0"},
      {"auto sub dir/my shard", "local sub dir/my shard backend 0"},
      {"glass g", "local g backend " + std::to_string(Xapian::DB_BACKEND_GLASS)},
      {"chert c", "local c backend " + std::to_string(Xapian::DB_BACKEND_CHERT)},
      {"remote 10.0.0.2:33333", "tcp 10.0.0.2 33333"},
      {"remote search-1.example.org:1", "tcp search-1.example.org 1"},
      {"remote [::1]:4000", "tcp ::1 4000"},
      {"remote :xapian-progsrv /srv/db", "program xapian-progsrv [/srv/db]"},
      {"remote :ssh host xapian-progsrv db", "program ssh [host xapian-progsrv db]"},
      {"inmemory", "inmemory"},
      {"remote tcp 10.0.0.2:33333",
       "error: Xapian 1.4 has no 'remote tcp HOST:PORT' line; write 'remote 10.0.0.2:33333'"},
      {"remote 10.0.0.2", "error: expected 'remote HOST:PORT' (port 1 to 65535)"},
      {"remote 10.0.0.2:0", "error: expected 'remote HOST:PORT' (port 1 to 65535)"},
      {"remote 10.0.0.2:65536", "error: expected 'remote HOST:PORT' (port 1 to 65535)"},
      {"remote host:12x", "error: expected 'remote HOST:PORT' (port 1 to 65535)"},
      {"remote :", "error: 'remote :' needs a program"},
      {"auto", "error: 'auto' needs a database path"},
      {"tcp 10.0.0.2:33333",
       "error: not a stub database line; expected 'auto PATH', 'remote HOST:PORT' or "
       "'remote :PROGRAM ARGS'"},
  };
  for (const auto& c : cases) EXPECT_EQ(read_line(dir.path(), c.line), c.expected) << c.line;
}

TEST(StubFileTest, SkipsCommentsAndBlankLinesAndNamesTheBadLine) {
  testing::TempDir dir;
  const std::string file =
      write_stub(dir.path() / "XAPIANDB", "# shards\n\nauto /abs/shard-0\nremote h:1\nbad line\n");
  try {
    read_stub_file(file);
    FAIL() << "a bad line was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind(file + ":5: not a stub database line", 0), 0u)
        << e.what();
  }
  const auto entries =
      read_stub_file(write_stub(dir.path() / "XAPIANDB", "# x\n\nauto /abs/shard-0\nremote h:1\n"));
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].path, "/abs/shard-0");
  EXPECT_EQ(entries[0].where, file + ":3");
  EXPECT_EQ(entries[1].line, "remote h:1");
  EXPECT_EQ(entries[1].where, file + ":4");
}

TEST(StubFileTest, UnreadableFileIsAnErrorNamingIt) {
  EXPECT_THROW(read_stub_file("/no/such/stub"), Error);
}

TEST(StubFileTest, FindsTheStubBehindAPath) {
  testing::TempDir dir;
  const fs::path db = dir.path() / "db";
  Xapian::WritableDatabase(db.string()).commit();
  const fs::path folder = dir.path() / "sharded";
  fs::create_directories(folder);
  write_stub(folder / "XAPIANDB", "auto ../db\n");
  const std::string file = write_stub(dir.path() / "shards.stub", "auto db\n");
  const fs::path single_file = dir.path() / "single.glass";
  Xapian::Database(db.string()).compact(single_file.string(), Xapian::DBCOMPACT_SINGLE_FILE);

  EXPECT_EQ(stub_file_of(folder.string()), (folder / "XAPIANDB").string());
  EXPECT_EQ(stub_file_of(file), file);
  EXPECT_EQ(stub_file_of(db.string()), "");
  EXPECT_EQ(stub_file_of(single_file.string()), "");
  EXPECT_EQ(stub_file_of((dir.path() / "missing").string()), "");
  // What we read is what Xapian opens.
  EXPECT_EQ(read_stub_file(stub_file_of(folder.string()))[0].path, (folder / "../db").string());
  EXPECT_NO_THROW(Xapian::Database(folder.string()));
}

}  // namespace
}  // namespace yjs
