// Xapian stub databases: a text file (or a folder's XAPIANDB file) listing databases that
// are searched as one. Read here exactly as Xapian 1.4 reads them, so that a program can
// open each listed database itself: to name the one that fails, to set remote timeouts,
// and to know which ones are remote.
//
// The format (Xapian 1.4, backends/dbfactory.cc), one database a line:
//   auto PATH            a database of any local kind (or another stub)
//   glass PATH, chert PATH
//   remote HOST:PORT     served by xapian-tcpsrv (IPv6: remote [::1]:PORT)
//   remote :PROGRAM ARGS served by a program speaking the remote protocol on stdin/stdout
//   inmemory             an empty in-memory database
// Blank lines and lines starting with '#' are ignored; a relative PATH is relative to the
// stub file's folder. There is no "remote tcp HOST:PORT" form in Xapian 1.4.
#pragma once

#include <string>
#include <vector>

namespace yjs {

// The name of the stub file Xapian looks for in a folder.
inline constexpr const char* kStubFileName = "XAPIANDB";

// One database listed in a stub file.
struct StubEntry {
  enum class Kind { kLocal, kRemoteTcp, kRemoteProgram, kInMemory };
  Kind kind = Kind::kLocal;
  std::string line;     // the line as written ("remote 10.0.0.2:33333"), for messages
  std::string where;    // "FILE:LINE"
  std::string path;     // kLocal: the database, relative paths resolved against the stub's folder
  int backend = 0;      // kLocal: Xapian::DB_BACKEND_GLASS or _CHERT for a typed line, 0 for auto
  std::string host;     // kRemoteTcp
  unsigned port = 0;    // kRemoteTcp, 1 to 65535
  std::string program;  // kRemoteProgram
  std::string args;     // kRemoteProgram
};

// The stub file behind a database path: `path` itself when it is a regular file (other
// than a single-file glass database), `path`/XAPIANDB when `path` is a folder holding one
// and no database of its own; "" otherwise (a plain database, or nothing at all).
std::string stub_file_of(const std::string& path);

// The databases a stub file lists, in order. Throws yjs::Error naming the file when it
// cannot be read, and "FILE:LINE: ..." for a line Xapian 1.4 would not accept (saying
// what is expected instead; "remote tcp H:P" is named as such).
std::vector<StubEntry> read_stub_file(const std::string& file);

}  // namespace yjs
