// yjs-serve: the search page and its JSON API over a yjsearch database.
// The only place in the server that parses argv, prints and picks exit codes.
#include <pthread.h>
#include <xapian.h>

#include <boost/program_options.hpp>
#include <csignal>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "common/default_db.h"
#include "common/errors.h"
#include "server/http_server.h"
#include "server/searcher_pool.h"

namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

struct Arguments {
  yjs::server::PoolOptions pool;
  yjs::server::ServerOptions server;
};

// "127.0.0.1:8080", "[::1]:8080", "localhost:0" -> host and port.
void parse_listen(const std::string& text, yjs::server::ServerOptions& options) {
  const auto colon = text.rfind(':');
  const std::string usage = "--listen '" + text + "': expected HOST:PORT, e.g. 127.0.0.1:8080";
  if (colon == std::string::npos || colon == 0) throw yjs::UsageError(usage);
  std::string host = text.substr(0, colon);
  if (host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port = text.substr(colon + 1);
  if (host.empty() || port.empty() || port.size() > 5 ||
      port.find_first_not_of("0123456789") != std::string::npos || std::stoi(port) > 65535) {
    throw yjs::UsageError(usage);
  }
  options.host = host;
  options.port = std::stoi(port);
}

std::optional<Arguments> parse_arguments(int argc, char** argv) {
  Arguments args;
  std::string listen = "127.0.0.1:8080";
  unsigned threads = 8;
  unsigned time_limit_ms = 5000;
  po::options_description options(
      "Usage: yjs-serve [--db DIR] [--listen 127.0.0.1:8080] [--threads N]\n"
      "Serve the search page and its JSON API (/api/search, /api/history, /api/facets,\n"
      "/api/health) over a yjsearch database, read-only. Stops on SIGINT or SIGTERM.\n\n"
      "Options");
  options.add_options()("help,h", "show this help and exit")("version",
                                                             "show version information and exit")(
      "db,d", po::value(&args.pool.dbs)->composing(),
      "database, as for yjs-search (repeatable; default from $YJS_DB, else the XDG data dir)")(
      "listen", po::value(&listen)->default_value(listen),
      "address and port (loopback unless told otherwise; port 0: any free one)")(
      "threads", po::value(&threads)->default_value(threads), "requests answered at once")(
      "time-limit", po::value(&time_limit_ms)->default_value(time_limit_ms),
      "milliseconds a search may take before it is cut off with 503 (0: no limit)");
  po::variables_map vm;
  po::store(po::parse_command_line(argc, argv, options), vm);
  if (vm.count("help")) {
    std::cout << options
              << "\nExit status: 0 stopped by a signal, 1 failure (database missing, "
                 "port in use), 2 usage error.\n";
    return std::nullopt;
  }
  if (vm.count("version")) {
    std::cout << "yjs-serve " << YJS_VERSION << " (Xapian " << Xapian::version_string() << ")\n";
    return std::nullopt;
  }
  po::notify(vm);
  if (args.pool.dbs.empty()) args.pool.dbs.push_back(yjs::default_database_path());
  parse_listen(listen, args.server);
  if (threads == 0 || threads > 256) throw yjs::UsageError("--threads must be from 1 to 256");
  args.server.threads = threads;
  args.pool.size = threads;
  args.pool.time_limit = std::chrono::milliseconds(time_limit_ms);
  return args;
}

int run(int argc, char** argv) {
  const auto args = parse_arguments(argc, argv);
  if (!args) return kExitOk;
  yjs::server::SearcherPool pool(args->pool);
  try {
    pool.with_searcher([](yjs::Searcher&) {});
  } catch (const yjs::server::DatabaseUnavailable& e) {
    if (!e.being_built()) throw;
    std::cerr << "yjs-serve: warning: " << e.what() << "; serving, and searching it once it is\n";
  }

  // SIGINT and SIGTERM go to one thread that stops the server (cpp-httplib's stop() is not
  // safe in a signal handler). Blocked before any other thread starts, so all inherit it.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  yjs::server::HttpServer server(pool, args->server);
  const int port = server.bind();
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  const std::string host = args->server.host.find(':') == std::string::npos
                               ? args->server.host
                               : "[" + args->server.host + "]";
  std::cerr << "yjs-serve: serving " << args->pool.dbs.front() << " on http://" << host << ":"
            << port << "/" << std::endl;
  const bool served = server.run();
  pthread_kill(stopper.native_handle(), SIGTERM);  // ends the stopper if no signal came
  stopper.join();
  if (!served) throw yjs::Error("serving stopped: cannot accept connections");
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a client gone mid-answer is not our death
  try {
    return run(argc, argv);
  } catch (const po::error& e) {
    std::cerr << "yjs-serve: error: " << e.what() << "\nTry 'yjs-serve --help'\n";
    return kExitUsage;
  } catch (const yjs::UsageError& e) {
    std::cerr << "yjs-serve: error: " << e.what() << "\nTry 'yjs-serve --help'\n";
    return kExitUsage;
  } catch (const Xapian::Error& e) {
    std::cerr << "yjs-serve: error: " << e.get_description() << '\n';
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "yjs-serve: error: " << e.what() << '\n';
    return kExitFailure;
  }
}
