#include "common/stub_file.h"

#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <string_view>
#include <system_error>

#include "common/errors.h"

namespace yjs {
namespace fs = std::filesystem;
namespace {

// How a single-file glass database begins (glass_version.cc's magic).
constexpr std::string_view kSingleFileGlassMagic = "\x0f\x0dXapian Glass";

bool is_single_file_database(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string start(kSingleFileGlassMagic.size(), '\0');
  in.read(start.data(), static_cast<std::streamsize>(start.size()));
  return in && start == kSingleFileGlassMagic;
}

// "PORT" as 1..65535, or 0 when it is not one.
unsigned parse_port(std::string_view text) {
  if (text.empty() || text.size() > 5 ||
      text.find_first_not_of("0123456789") != std::string_view::npos) {
    return 0;
  }
  const unsigned port = static_cast<unsigned>(std::stoul(std::string(text)));
  return port <= 65535 ? port : 0;
}

// "HOST:PORT" or "[IPV6]:PORT" into `entry`; false when it is neither.
bool parse_host_port(const std::string& text, StubEntry& entry) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  entry.port = parse_port(std::string_view(text).substr(colon + 1));
  if (entry.port == 0 || host.find(' ') != std::string::npos) return false;
  entry.host = std::move(host);
  return true;
}

}  // namespace

std::string stub_file_of(const std::string& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (fs::is_regular_file(status)) return is_single_file_database(path) ? "" : path;
  if (!fs::is_directory(status)) return "";
  const fs::path dir(path);
  if (fs::exists(dir / "iamglass", ec) || fs::exists(dir / "iamchert", ec)) return "";
  const fs::path stub = dir / kStubFileName;
  return fs::exists(stub, ec) ? stub.string() : "";
}

std::vector<StubEntry> read_stub_file(const std::string& file) {
  std::ifstream in(file);
  if (!in) throw Error("cannot read stub database file '" + file + "'");
  const fs::path folder = fs::path(file).parent_path();
  std::vector<StubEntry> entries;
  std::string line;
  for (unsigned number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    StubEntry entry;
    entry.line = line;
    entry.where = file + ":" + std::to_string(number);
    const std::size_t space = line.find(' ');
    const std::string type = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
    auto bad = [&](const std::string& why) { return Error(entry.where + ": " + why); };
    if (type == "auto" || type == "glass" || type == "chert") {
      if (rest.empty()) throw bad("'" + type + "' needs a database path");
      entry.path = fs::path(rest).is_absolute() ? rest : (folder / rest).string();
      entry.backend = type == "glass"   ? Xapian::DB_BACKEND_GLASS
                      : type == "chert" ? Xapian::DB_BACKEND_CHERT
                                        : 0;
    } else if (type == "remote" && rest.starts_with(':')) {
      entry.kind = StubEntry::Kind::kRemoteProgram;
      const std::size_t args = rest.find(' ');
      entry.program = rest.substr(1, args == std::string::npos ? std::string::npos : args - 1);
      entry.args = args == std::string::npos ? "" : rest.substr(args + 1);
      if (entry.program.empty()) throw bad("'remote :' needs a program");
    } else if (type == "remote") {
      entry.kind = StubEntry::Kind::kRemoteTcp;
      if (rest.starts_with("tcp ")) {
        throw bad("Xapian 1.4 has no 'remote tcp HOST:PORT' line; write 'remote " + rest.substr(4) +
                  "'");
      }
      if (!parse_host_port(rest, entry)) throw bad("expected 'remote HOST:PORT' (port 1 to 65535)");
    } else if (type == "inmemory" && rest.empty()) {
      entry.kind = StubEntry::Kind::kInMemory;
    } else {
      throw bad(
          "not a stub database line; expected 'auto PATH', 'remote HOST:PORT' or "
          "'remote :PROGRAM ARGS'");
    }
    entries.push_back(std::move(entry));
  }
  if (in.bad()) throw Error("cannot read stub database file '" + file + "'");
  return entries;
}

}  // namespace yjs
