// yjs-serve's HTTP side on cpp-httplib: the routes (the JSON API and the static page),
// the security headers every answer carries, and the caps and timeouts on requests.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "server/searcher_pool.h"

namespace httplib {
class Server;
}

namespace yjs::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (bind() says which)
  std::size_t threads = 8;
  std::chrono::seconds read_timeout{5};        // for the request to arrive
  std::chrono::seconds write_timeout{5};       // for the answer to be taken
  std::chrono::seconds keep_alive_timeout{5};  // for the next request on a connection
};

// The most a request may send: its header lines together, their number, and a body
// (every route is a GET, so none is needed). The request line is capped by cpp-httplib
// at 8,192 bytes (414).
constexpr std::size_t kMaxHeaderBytes = 8192;
constexpr std::size_t kMaxHeaderCount = 64;
constexpr std::size_t kMaxBodyBytes = 1024;

// The Content-Security-Policy of every answer: scripts, styles and connections only from
// the server itself, never inline; nothing else at all.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

class HttpServer {
 public:
  HttpServer(SearcherPool& pool, const ServerOptions& options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the listening socket; returns the port. Throws yjs::Error naming the address
  // when it cannot (in use, not this machine's).
  int bind();
  // Serves until stop(); returns false when serving failed.
  bool run();
  // From any thread: stops run().
  void stop();

 private:
  ServerOptions options_;
  std::unique_ptr<httplib::Server> http_;
};

}  // namespace yjs::server
