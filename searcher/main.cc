// yjs-search: ranked keyword search over a yjsearch database, as text or JSON.
// The only place in the searcher that parses argv, prints and picks exit codes.
#include <unicode/uversion.h>
#include <unistd.h>
#include <xapian.h>

#include <boost/program_options.hpp>
#include <csignal>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/default_db.h"
#include "common/errors.h"
#include "searcher/format.h"
#include "searcher/searcher.h"

namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

constexpr const char* kQueryHelp =
    "\nQuery language:\n"
    "  speech language            ranked: documents with more of the words first\n"
    "  \"speech and language\"      a phrase\n"
    "  speech AND language        both; also OR, NOT, XOR (upper case), +word, -word\n"
    "  exploit*                   words starting with 'exploit'\n"
    "  title:inadequate           a word in the title\n"
    "  area:\"leicester city\" rating:good inspector:\"martin jones\"\n"
    "  year:2019  year:2015..2019 filters (values in any case; several values of one\n"
    "                             field are OR-ed, different fields AND-ed)\n"
    "  (nothing)                  every document\n"
    "\nExit status: 0 ok (even with no matches), 1 failure (e.g. database missing),\n"
    "2 usage error (bad option or query syntax).\n";

struct Arguments {
  std::string db;
  bool json = false;
  yjs::SearchRequest request;
};

std::optional<Arguments> parse_arguments(int argc, char** argv) {
  Arguments args;
  std::vector<std::string> words;
  po::options_description visible(
      "Usage: yjs-search [--db DIR] [options] QUERY...\n"
      "Search a yjsearch database. The words of QUERY are joined, so simple queries need\n"
      "no quoting.\n\nOptions");
  visible.add_options()
      ("help,h", "show this help and exit")
      ("version", "show version information and exit")
      ("db,d", po::value(&args.db)->default_value(yjs::default_database_path()),
       "database directory (default from $YJS_DB, else the XDG data dir)")
      ("limit,n", po::value(&args.request.limit)->default_value(10), "number of hits to show")
      ("offset", po::value(&args.request.offset)->default_value(0), "skip this many hits first")
      ("all", po::bool_switch(&args.request.all_terms), "require every word (AND), not ranked OR")
      ("json", po::bool_switch(&args.json), "print one JSON object (schema in README)");
  po::options_description hidden;
  hidden.add_options()("query", po::value(&words));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("query", -1);

  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << visible << kQueryHelp;
    return std::nullopt;
  }
  if (vm.count("version")) {
    std::cout << "yjs-search " << YJS_VERSION << " (Xapian " << Xapian::version_string()
              << ", ICU " << U_ICU_VERSION << ")\n";
    return std::nullopt;
  }
  po::notify(vm);
  for (const std::string& word : words) {
    args.request.query += (args.request.query.empty() ? "" : " ") + word;
  }
  return args;
}

int run(int argc, char** argv) {
  const auto args = parse_arguments(argc, argv);
  if (!args) return kExitOk;
  std::unique_ptr<yjs::Searcher> searcher;
  try {
    searcher = std::make_unique<yjs::Searcher>(args->db);
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw yjs::Error("cannot open database '" + args->db + "': " + e.get_msg() +
                     " (build one with yjs-index --db " + args->db + " PATH)");
  }
  const yjs::SearchResult result = searcher->search(args->request);
  if (args->json) {
    std::cout << yjs::format_json(result);
  } else {
    std::cout << yjs::format_text(result, {.highlight = isatty(STDOUT_FILENO) == 1});
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (yjs-search ... | head) ends output quietly instead of killing us
  // mid-write with SIGPIPE; the failed write is then just ignored.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    return run(argc, argv);
  } catch (const po::error& e) {
    std::cerr << "yjs-search: error: " << e.what() << "\nTry 'yjs-search --help'\n";
    return kExitUsage;
  } catch (const yjs::QueryError& e) {
    std::cerr << "yjs-search: error: " << e.what() << '\n';
    return kExitUsage;
  } catch (const Xapian::Error& e) {
    std::cerr << "yjs-search: error: " << e.get_description() << '\n';
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "yjs-search: error: " << e.what() << '\n';
    return kExitFailure;
  }
}
