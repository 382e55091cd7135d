// yjs-search: ranked keyword search over a yjsearch database, as text or JSON.
// The only place in the searcher that parses argv, prints and picks exit codes.
#include <unicode/uversion.h>
#include <unistd.h>
#include <xapian.h>

#include <boost/program_options.hpp>
#include <cctype>
#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/default_db.h"
#include "common/errors.h"
#include "common/schema.h"
#include "searcher/format.h"
#include "searcher/request_options.h"
#include "searcher/searcher.h"

namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

constexpr const char* kQueryHelp =
    "\nQuery language:\n"
    "  speech and language        documents with every word first (stop words such as\n"
    "                             and, of, which, were do not count), then those lacking\n"
    "                             one (shown with Missing: ...), and so on\n"
    "  outstanding wales 2019     words naming a rating, nation, region, service, kind or\n"
    "                             year also find documents with that facet value\n"
    "  \"speech and language\"      a phrase (stop words count)\n"
    "  re-offending               also reoffending; 10-17 also finds 10 to 17\n"
    "  leicester OR cardiff good  (leicester OR cardiff) AND good: OR binds first\n"
    "  speech -language +youth    without a word, with a word; no \"--\" needed\n"
    "  speech AND language        both; also NOT, XOR (upper case): a structured query,\n"
    "                             every word required\n"
    "  exploit*                   words starting with 'exploit'\n"
    "  title:inadequate           a word in the title\n"
    "  area:\"leicester city\" rating:good inspector:\"martin jones\"\n"
    "  kind:inspection  kind:\"annual report\"  nation:wales  region:london\n"
    "  year:2019  year:2015..2019 filters (values in any case; several values of one\n"
    "  year:2015-2019 year:>2018  field are OR-ed, different fields AND-ed)\n"
    "  YOT, CAMHS, SEND, OOCD     also find youth offending team, child and adolescent\n"
    "                             mental health services, ... (and the other way round);\n"
    "                             SEND in capitals is not the word send\n"
    "  (nothing)                  every document; NOT youth: every document without it\n"
    "\nExit status: 0 ok (even with no matches), 1 failure (e.g. database missing, a\n"
    "remote shard down), 2 usage error (bad option or query syntax).\n";

struct Arguments {
  std::vector<std::string> dbs;
  yjs::OpenOptions open;
  bool json = false;
  bool explain_query = false;
  yjs::SearchRequest request;
};

// The arguments with the query words moved after "--", so that a word starting with "-"
// ("leicester -city": without the word) reaches the query instead of failing as an
// unknown option. Kept as options: every "--name" (an unknown one is left for boost to
// refuse), a two-character "-x" naming a short option (-n, -d, -h), and the value after
// one that takes a value. Everything after "--" is query.
std::vector<std::string> options_then_query(int argc, char** argv,
                                            const po::options_description& options) {
  auto find = [&](const std::string& arg) -> const po::option_description* {
    // Only "--name" and a two-character "-x" can be options ("rating" is a query word).
    const bool short_form = arg.size() == 2 && arg[0] == '-' && arg[1] != '-';
    if (!arg.starts_with("--") && !short_form) return nullptr;
    for (const auto& option : options.options()) {
      if (arg.starts_with("--") && option->long_name() == arg.substr(2, arg.find('=') - 2)) {
        return option.get();
      }
      if (!arg.starts_with("--") &&
          option->canonical_display_name(po::command_line_style::allow_dash_for_short) == arg) {
        return option.get();
      }
    }
    return nullptr;
  };
  std::vector<std::string> out;
  std::vector<std::string> query;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") {
      query.insert(query.end(), argv + i + 1, argv + argc);
      break;
    }
    const po::option_description* option = find(arg);
    if (!arg.starts_with("--") && !option) {
      query.push_back(arg);
      continue;
    }
    out.push_back(arg);
    const bool takes_value = option && option->semantic()->max_tokens() > 0;
    if (takes_value && arg.find('=') == std::string::npos && i + 1 < argc) {
      out.push_back(argv[++i]);
    }
  }
  out.push_back("--");
  out.insert(out.end(), query.begin(), query.end());
  return out;
}

// The help of a facet's filter option: "only this region, e.g. "yorkshire and the humber"".
std::string filter_help(const yjs::schema::FacetSpec& spec) {
  std::string label(spec.label);
  label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  return "only this " + label + ", e.g. " + std::string(spec.example);
}

std::optional<Arguments> parse_arguments(int argc, char** argv) {
  Arguments args;
  yjs::RequestOptions options;
  std::vector<std::string> words;
  std::string facet_sample;
  std::string history;
  std::string facets_help = "count matches per";
  for (const yjs::schema::FacetSpec& spec : yjs::schema::kFacets) {
    facets_help += (&spec == &yjs::schema::kFacets.front() ? " " : ", ") + std::string(spec.name);
  }
  facets_help += " (exact)";
  unsigned timeout = 10;
  po::options_description visible(
      "Usage: yjs-search [--db DIR] [options] QUERY...\n"
      "Search a yjsearch database. The words of QUERY are joined, so simple queries need\n"
      "no quoting.\n\nOptions");
  visible.add_options()("help,h", "show this help and exit")("version",
                                                             "show version information and exit")(
      "db,d", po::value(&args.dbs)->composing(),
      "database: a folder, a sharded database's folder or a stub file listing shards, "
      "local or remote (repeatable: searched as one; default from $YJS_DB, else the XDG "
      "data dir)")("timeout", po::value(&timeout)->default_value(timeout),
                   "seconds a remote shard may take to connect or answer")(
      "limit,n", po::value(&options.limit)->default_value(options.limit), "number of hits to show")(
      "offset", po::value(&options.offset)->default_value(options.offset),
      "skip this many hits first")(
      "any", po::bool_switch(&options.any_word),
      "rank documents with any of the words (OR), not only those with all")(
      "all", po::bool_switch(&options.all_words),
      "every word must match, with no fall-back to any of them")(
      "json", po::bool_switch(&args.json), "print one JSON object (schema in README)")(
      "explain-query", po::bool_switch(&args.explain_query),
      "say how the query was read: the Xapian query, and words also read as facet values")(
      "year", po::value(&options.years),
      "only this year or range: 2019, 2015..2019, ..2019, 2015..")(
      "min-rating", po::value(&options.min_rating), "only this rating or better, e.g. good")(
      "facets", po::bool_switch(&options.facets), facets_help.c_str())(
      "facet-limit", po::value(&options.facet_limit)->default_value(options.facet_limit),
      "values shown per facet, most frequent first (0: all)")(
      "facet-sample", po::value(&facet_sample),
      "examine at least N matches instead of all: faster on huge databases, counts may be "
      "estimates")("sort", po::value(&options.sort)->default_value(options.sort),
                   "relevance, date (newest first) or "
                   "rating (best first)")("collapse", po::value(&options.collapse),
                                          "'area': one hit per service, with how many more it has")(
      "history", po::value(&history),
      "every inspection of one service, oldest first (articles about one inspection grouped), "
      "with how its rating changed");
  // A filter option per facet (the year takes a range, above).
  po::options_description filters("Filters (repeatable: any of the values)");
  po::options_description hidden;
  for (const yjs::schema::FacetSpec& spec : yjs::schema::kFacets) {
    if (spec.rangeable) continue;
    auto* values = &options.filters[yjs::schema::index_of(spec.facet)];
    filters.add_options()(std::string(spec.name).c_str(), po::value(values)->composing(),
                          filter_help(spec).c_str());
    if (!spec.alias.empty()) {
      hidden.add_options()(std::string(spec.alias).c_str(), po::value(values)->composing());
    }
  }
  visible.add(filters);
  hidden.add_options()("query", po::value(&words));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("query", -1);

  po::variables_map vm;
  po::store(po::command_line_parser(options_then_query(argc, argv, all))
                .options(all)
                .positional(positional)
                .run(),
            vm);
  if (vm.count("help")) {
    std::cout << visible << kQueryHelp;
    return std::nullopt;
  }
  if (vm.count("version")) {
    std::cout << "yjs-search " << YJS_VERSION << " (Xapian " << Xapian::version_string() << ", ICU "
              << U_ICU_VERSION << ")\n";
    return std::nullopt;
  }
  po::notify(vm);
  if (args.dbs.empty()) args.dbs.push_back(yjs::default_database_path());
  if (timeout == 0) throw yjs::UsageError("--timeout must be at least 1 second");
  args.open.remote_timeout = std::chrono::seconds(timeout);
  if (vm.count("facet-sample")) options.facet_sample = facet_sample;
  if (vm.count("history")) options.history = history;
  for (const std::string& word : words) {
    options.query += (options.query.empty() ? "" : " ") + word;
  }
  args.request = yjs::to_search_request(options);
  return args;
}

// Every --db, opened as one; an error names the one that failed (and its shard).
yjs::DatabaseSet open_databases(const Arguments& args) {
  yjs::DatabaseSet databases;
  for (const std::string& db : args.dbs) {
    try {
      yjs::add_database(databases, db, args.open);
    } catch (const Xapian::DatabaseOpeningError& e) {
      throw yjs::Error(yjs::cannot_open_message(db, e.get_msg()));
    } catch (const Xapian::DatabaseError& e) {
      throw yjs::Error(yjs::database_error_message(db, e.get_description()));
    } catch (const yjs::Error& e) {
      throw yjs::Error("cannot open database '" + db + "': " + e.what());
    }
  }
  return databases;
}

int run(int argc, char** argv) {
  const auto args = parse_arguments(argc, argv);
  if (!args) return kExitOk;
  std::string names;
  for (const std::string& db : args->dbs) names += (names.empty() ? "" : "', '") + db;
  yjs::SearchResult result;
  try {
    const yjs::DatabaseSet databases = open_databases(*args);
    std::optional<yjs::Searcher> searcher;
    try {
      searcher.emplace(databases);
    } catch (const yjs::Error& e) {  // versions it cannot read
      throw yjs::Error("cannot search '" + names + "': " + e.what());
    }
    result = searcher->search(args->request);
  } catch (const Xapian::DatabaseError& e) {
    throw yjs::Error(yjs::database_error_message(names, e.get_description()));
  } catch (const Xapian::NetworkError& e) {
    throw yjs::Error("a remote shard failed during the search: " + e.get_description() +
                     " (remote shards time out after " +
                     std::to_string(args->open.remote_timeout.count() / 1000) + " s, --timeout)");
  }
  for (const std::string& warning : result.warnings) {
    std::cerr << "yjs-search: warning: " << warning << '\n';
  }
  if (args->json) {
    std::cout << yjs::format_json(result);
  } else {
    std::cout << yjs::format_text(
        result, {.highlight = isatty(STDOUT_FILENO) == 1, .explain_query = args->explain_query});
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
  } catch (const yjs::UsageError& e) {
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
