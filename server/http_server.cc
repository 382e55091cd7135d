#include "server/http_server.h"

#include <httplib.h>

#include <iostream>

#include "server/api.h"
#include "server/static_files.h"

namespace yjs::server {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

void send(httplib::Response& res, const ApiResponse& answer) {
  res.status = answer.status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(answer.body, kJson);
}

void refuse(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(message + "\n", "text/plain; charset=utf-8");
}

std::size_t header_bytes(const httplib::Request& req) {
  std::size_t bytes = 0;
  for (const auto& [name, value] : req.headers) bytes += name.size() + value.size() + 4;
  return bytes;
}

}  // namespace

HttpServer::HttpServer(SearcherPool& pool, const ServerOptions& options)
    : options_(options), http_(std::make_unique<httplib::Server>()) {
  httplib::Server& http = *http_;
  // cpp-httplib owns and deletes the queue it is given.
  const std::size_t threads = options_.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_read_timeout(options_.read_timeout);
  http.set_write_timeout(options_.write_timeout);
  http.set_keep_alive_timeout(options_.keep_alive_timeout.count());
  http.set_payload_max_length(kMaxBodyBytes);
  // SO_REUSEADDR only: cpp-httplib's default adds SO_REUSEPORT, which would let a second
  // yjs-serve share a busy port silently instead of failing.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  http.set_default_headers({
      {"Content-Security-Policy", kContentSecurityPolicy},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
  });

  http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.headers.size() > kMaxHeaderCount || header_bytes(req) > kMaxHeaderBytes) {
      refuse(res, 431, "request header fields too large");
      return httplib::Server::HandlerResponse::Handled;
    }
    // cpp-httplib does not read a GET's body, so its payload cap does not apply: refuse it
    // here, before it could be taken for the next request on the connection.
    if (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0") {
      const std::string length = req.get_header_value("Content-Length");
      if (length.size() > 6 || length.find_first_not_of("0123456789") != std::string::npos ||
          std::stoul(length) > kMaxBodyBytes) {
        refuse(res, 413, "request body too large");
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    if (req.has_header("Transfer-Encoding")) {
      refuse(res, 413, "request bodies are not accepted");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD") {
      res.set_header("Allow", "GET, HEAD");
      refuse(res, 405, "only GET is served");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  http.Get("/api/search", [&pool](const httplib::Request& req, httplib::Response& res) {
    send(res, api_search(req.params, pool));
  });
  http.Get("/api/facets", [&pool](const httplib::Request& req, httplib::Response& res) {
    send(res, api_facets(req.params, pool));
  });
  http.Get("/api/history", [&pool](const httplib::Request& req, httplib::Response& res) {
    send(res, api_history(req.params, pool));
  });
  http.Get("/api/health", [&pool](const httplib::Request&, httplib::Response& res) {
    send(res, api_health(pool));
  });
  // Everything else: one of the compiled-in files, looked up by its exact path, or 404.
  http.Get(".*", [](const httplib::Request& req, httplib::Response& res) {
    if (req.path.rfind("/api/", 0) == 0) {
      return send(res, {404, "{\"error\": \"no such API call\"}\n"});
    }
    const StaticFile* file = find_static_file(req.path);
    if (!file) return refuse(res, 404, "not found");
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::string(file->body), std::string(file->content_type));
  });

  http.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
        std::string what = "unknown error";
        try {
          std::rethrow_exception(error);
        } catch (const Xapian::Error& e) {
          what = e.get_description();
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        std::cerr << "yjs-serve: error: " << req.path << ": " << what << '\n';
        send(res, {500, "{\"error\": \"internal error\"}\n"});
      });
  // Errors cpp-httplib answers by itself (414 for a long request line, 413 for a body)
  // get a body saying what happened.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty())
      refuse(res, res.status, "request refused (HTTP " + std::to_string(res.status) + ")");
  });
}

HttpServer::~HttpServer() = default;

int HttpServer::bind() {
  if (options_.port == 0) {
    const int port = http_->bind_to_any_port(options_.host);
    if (port > 0) return port;
  } else if (http_->bind_to_port(options_.host, options_.port)) {
    return options_.port;
  }
  throw Error("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
              " (in use by another program, or not an address of this machine)");
}

bool HttpServer::run() { return http_->listen_after_bind(); }

void HttpServer::stop() { http_->stop(); }

}  // namespace yjs::server
