#include "indexer/shards.h"

#include <cstdint>
#include <filesystem>
#include <fstream>

#include "common/errors.h"
#include "common/fnv1a.h"
#include "common/stub_file.h"

namespace yjs {
namespace fs = std::filesystem;
namespace {

std::string shard_name(unsigned k) { return "shard-" + std::to_string(k); }

// The stub lines of a sharded database with `count` shards, in order.
std::vector<std::string> stub_lines(unsigned count) {
  std::vector<std::string> lines;
  for (unsigned k = 0; k < count; ++k) lines.push_back("auto " + shard_name(k));
  lines.push_back(std::string("auto ") + kLexiconName);
  return lines;
}

}  // namespace

unsigned shard_of(std::string_view id, unsigned shards) {
  return static_cast<unsigned>(fnv1a(id) % shards);
}

ShardLayout shard_layout(const std::string& dir, unsigned count) {
  ShardLayout layout;
  for (unsigned k = 0; k < count; ++k)
    layout.shards.push_back((fs::path(dir) / shard_name(k)).string());
  layout.lexicon = (fs::path(dir) / kLexiconName).string();
  return layout;
}

bool is_sharded(const std::string& db_path) {
  const std::string stub = stub_file_of(db_path);
  return !stub.empty() && stub != db_path;
}

ShardLayout read_shard_layout(const std::string& db_path) {
  const std::string file = (fs::path(db_path) / kStubFileName).string();
  const std::vector<StubEntry> entries = read_stub_file(file);
  // "auto shard-0", "auto shard-1", ... then "auto lexicon", and nothing else.
  unsigned count = 0;
  while (count < entries.size() && entries[count].line == "auto " + shard_name(count)) ++count;
  std::size_t bad = count;
  if (count > 0 && count < entries.size() &&
      entries[count].line == std::string("auto ") + kLexiconName) {
    if (count + 1 == entries.size()) return shard_layout(db_path, count);
    bad = count + 1;
  }
  const std::string what = bad < entries.size()
                               ? entries[bad].where + ": '" + entries[bad].line + "'"
                               : file + ": the end of the file";
  throw Error(what + " is not what yjs-index writes (auto shard-0, auto shard-1, ..., then auto " +
              kLexiconName +
              "); it writes only the sharded databases it made (a stub listing "
              "remote shards is for yjs-search)");
}

void write_stub_file(const std::string& dir, unsigned count) {
  const std::string file = (fs::path(dir) / kStubFileName).string();
  std::ofstream out(file);
  out << "# A yjsearch sharded database: " << count << " shards and the lexicon (spelling and\n"
      << "# synonyms). Documents go to shard FNV-1a(id) % " << count << ".\n";
  for (const std::string& line : stub_lines(count)) out << line << '\n';
  out.flush();
  if (!out) throw Error("cannot write '" + file + "'");
}

std::string sharded_parent(const std::string& db_path) {
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(fs::path(db_path), ec);
  if (ec || !real.has_parent_path()) return "";
  const fs::path parent = real.parent_path();
  if (!is_sharded(parent.string())) return "";
  const std::string name = real.filename().string();
  std::ifstream stub(parent / kStubFileName);
  for (std::string line; std::getline(stub, line);) {
    if (line == "auto " + name) return parent.string();
  }
  return "";
}

}  // namespace yjs
