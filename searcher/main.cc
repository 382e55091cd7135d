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
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/default_db.h"
#include "common/errors.h"
#include "common/facets.h"
#include "common/schema.h"
#include "searcher/format.h"
#include "searcher/searcher.h"

namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

constexpr const char* kQueryHelp =
    "\nQuery language:\n"
    "  speech and language        every word except stop words (and, of, the, ...);\n"
    "                             if no document has them all, any of them (said so)\n"
    "  \"speech and language\"      a phrase (stop words count)\n"
    "  re-offending               also reoffending; 10-17 also finds 10 to 17\n"
    "  speech AND language        both; also OR, NOT, XOR (upper case), +word, -word\n"
    "  exploit*                   words starting with 'exploit'\n"
    "  title:inadequate           a word in the title\n"
    "  area:\"leicester city\" rating:good inspector:\"martin jones\"\n"
    "  kind:inspection  kind:\"annual report\"  nation:wales  region:london\n"
    "  year:2019  year:2015..2019 filters (values in any case; several values of one\n"
    "                             field are OR-ed, different fields AND-ed)\n"
    "  YOT, CAMHS, SEND, OOCD     also find youth offending team, child and adolescent\n"
    "                             mental health services, ... (and the other way round)\n"
    "  (nothing)                  every document; NOT youth: every document without it\n"
    "\nExit status: 0 ok (even with no matches), 1 failure (e.g. database missing, a\n"
    "remote shard down), 2 usage error (bad option or query syntax).\n";

struct Arguments {
  std::vector<std::string> dbs;
  yjs::OpenOptions open;
  bool json = false;
  yjs::SearchRequest request;
};

// "2019", "2015..2019", "..2019" or "2015.." -> inclusive bounds.
void parse_years(const std::string& text, yjs::SearchRequest& request) {
  auto year = [&text](const std::string& part) -> std::optional<int> {
    if (part.empty()) return std::nullopt;
    if (part.size() != 4 || part.find_first_not_of("0123456789") != std::string::npos) {
      throw yjs::UsageError("--year '" + text + "': expected YYYY, YYYY..YYYY, ..YYYY or YYYY..");
    }
    return std::stoi(part);
  };
  const auto dots = text.find("..");
  if (dots == std::string::npos) {
    request.year_from = request.year_to = year(text);
    if (!request.year_from) year("x");  // empty: report it
    return;
  }
  request.year_from = year(text.substr(0, dots));
  request.year_to = year(text.substr(dots + 2));
  if (!request.year_from && !request.year_to) year("x");
  if (request.year_from && request.year_to && *request.year_from > *request.year_to) {
    throw yjs::UsageError("--year '" + text + "': the first year is after the second");
  }
}

yjs::Rating parse_rating_option(const std::string& option, const std::string& value) {
  const auto rating = yjs::parse_rating(value);
  if (!rating) {
    throw yjs::UsageError(option + " '" + value +
                          "': expected outstanding, good, requires-improvement or inadequate");
  }
  return *rating;
}

// The help of a facet's filter option: "only this region, e.g. "yorkshire and the humber"".
std::string filter_help(const yjs::schema::FacetSpec& spec) {
  std::string label(spec.label);
  label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  return "only this " + label + ", e.g. " + std::string(spec.example);
}

// A count option's value: a whole number from 0 up.
Xapian::doccount count_option(const std::string& option, long long value) {
  if (value < 0 || value > std::numeric_limits<Xapian::doccount>::max()) {
    throw yjs::UsageError(option + " '" + std::to_string(value) +
                          "': expected a whole number from 0");
  }
  return static_cast<Xapian::doccount>(value);
}

std::optional<Arguments> parse_arguments(int argc, char** argv) {
  Arguments args;
  std::vector<std::string> words;
  std::string years;
  std::string min_rating;
  std::string sort;
  std::string collapse;
  long long limit = 10;
  long long offset = 0;
  std::string facets_help = "count matches per";
  for (const yjs::schema::FacetSpec& spec : yjs::schema::kFacets) {
    facets_help += (&spec == &yjs::schema::kFacets.front() ? " " : ", ") + std::string(spec.name);
  }
  facets_help += " (exact)";
  bool all_words = false;
  bool any_word = false;
  Xapian::doccount facet_sample = 0;
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
      "limit,n", po::value(&limit)->default_value(limit), "number of hits to show")(
      "offset", po::value(&offset)->default_value(offset), "skip this many hits first")(
      "any", po::bool_switch(&any_word),
      "rank documents with any of the words (OR), not only those with all")(
      "all", po::bool_switch(&all_words),
      "every word must match, with no fall-back to any of them")(
      "json", po::bool_switch(&args.json), "print one JSON object (schema in README)")(
      "year", po::value(&years), "only this year or range: 2019, 2015..2019, ..2019, 2015..")(
      "min-rating", po::value(&min_rating), "only this rating or better, e.g. good")(
      "facets", po::bool_switch(&args.request.facets), facets_help.c_str())(
      "facet-limit", po::value(&args.request.facet_limit)->default_value(args.request.facet_limit),
      "values shown per facet, most frequent first (0: all)")(
      "facet-sample", po::value(&facet_sample),
      "examine at least N matches instead of all: faster on huge databases, counts may be "
      "estimates")("sort", po::value(&sort)->default_value("relevance"),
                   "relevance, date (newest first) or "
                   "rating (best first)")("collapse", po::value(&collapse),
                                          "'area': one hit per service, with how many more it has")(
      "history", po::value(&args.request.history_area),
      "every inspection of one service, oldest first (articles about one inspection grouped), "
      "with how its rating changed");
  // A filter option per facet (the year takes a range, above).
  po::options_description filters("Filters (repeatable: any of the values)");
  po::options_description hidden;
  for (const yjs::schema::FacetSpec& spec : yjs::schema::kFacets) {
    if (spec.rangeable) continue;
    auto* values = &args.request.values(spec.facet);
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
  po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
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
  if (all_words && any_word) throw yjs::UsageError("--all and --any contradict each other");
  if (all_words) args.request.words = yjs::WordMatch::kAll;
  if (any_word) args.request.words = yjs::WordMatch::kAny;
  args.request.limit = count_option("--limit", limit);
  args.request.offset = count_option("--offset", offset);
  if (vm.count("history") &&
      args.request.history_area.find_first_not_of(" \t") == std::string::npos) {
    throw yjs::UsageError(
        "--history needs the name of a service, e.g. --history \"Leicester City\"");
  }
  if (!years.empty()) parse_years(years, args.request);
  if (!min_rating.empty())
    args.request.min_rating = parse_rating_option("--min-rating", min_rating);
  if (sort == "date") {
    args.request.sort = yjs::SortOrder::kDate;
  } else if (sort == "rating") {
    args.request.sort = yjs::SortOrder::kRating;
  } else if (sort != "relevance") {
    throw yjs::UsageError("--sort '" + sort + "': expected relevance, date or rating");
  }
  if (!collapse.empty() && collapse != "area") {
    throw yjs::UsageError("--collapse '" + collapse + "': only 'area' is supported");
  }
  args.request.collapse_area = collapse == "area";
  if (vm.count("facet-sample")) {
    if (facet_sample == 0) throw yjs::UsageError("--facet-sample must be at least 1");
    args.request.facet_sample = facet_sample;
  }
  for (const std::string& word : words) {
    args.request.query += (args.request.query.empty() ? "" : " ") + word;
  }
  return args;
}

// Every --db, opened as one; an error names the one that failed (and its shard).
yjs::DatabaseSet open_databases(const Arguments& args) {
  yjs::DatabaseSet databases;
  for (const std::string& db : args.dbs) {
    try {
      yjs::add_database(databases, db, args.open);
    } catch (const Xapian::DatabaseOpeningError& e) {
      throw yjs::Error("cannot open database '" + db + "': " + e.get_msg() +
                       " (build one with yjs-index --db " + db + " PATH)");
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
