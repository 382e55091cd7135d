// Query latency over an existing database (e.g. 100,000 generated articles):
//   yjs_query_bench --db DB [--db DB...] [--queries N] [--seed S] [--timeout SECONDS]
// DB is anything yjs-search takes: a database, a sharded database's folder, or a stub file
// listing shards, local or served by xapian-tcpsrv (then facets are counted on the servers).
// Runs N queries of each class (keyword, broad, phrase, filtered, keyword + exact facets,
// broad + exact facets, the README's headline queries, ranked any-word) through the real
// Searcher and prints p50/p95/p99 per class. Plain queries need every word, falling back
// to any word (and trying a spelling correction) when none has all: a random word pair
// often takes that longer path, as a user's would.
#include <unicode/uversion.h>
#include <xapian.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <random>
#include <thread>

#include "searcher/database_set.h"
#include "searcher/searcher.h"

namespace po = boost::program_options;

namespace {

struct QueryClass {
  std::string name;
  std::function<yjs::SearchRequest(std::mt19937_64&)> make;
};

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5));
  return v[i];
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> dbs;
  std::size_t per_class = 200;
  std::uint64_t seed = 1;
  unsigned timeout = 10;
  po::options_description options("Usage: yjs_query_bench --db DB [options]");
  options.add_options()("help", "show help")(
      "db", po::value(&dbs)->required()->composing(),
      "database, sharded database or stub file (repeatable: searched as one)")(
      "queries", po::value(&per_class)->default_value(200), "queries per class")(
      "seed", po::value(&seed)->default_value(1), "random seed")(
      "timeout", po::value(&timeout)->default_value(10), "seconds a remote shard may take")(
      "class", po::value<std::string>(), "run only the classes whose name contains this");
  po::variables_map vm;
  po::store(po::parse_command_line(argc, argv, options), vm);
  if (vm.count("help")) {
    std::cout << options;
    return 0;
  }
  po::notify(vm);

  const yjs::DatabaseSet databases =
      yjs::open_database_set(dbs, {.remote_timeout = std::chrono::seconds(timeout)});
  yjs::Searcher searcher(databases);
  // Words users type: taken from the database's own vocabulary, frequent ones first.
  std::vector<std::string> words;
  {
    const Xapian::Database& database = databases.db;
    std::vector<std::pair<Xapian::doccount, std::string>> freq;
    for (auto it = database.allterms_begin(); it != database.allterms_end(); ++it) {
      const std::string term = *it;
      if (term.empty() || !(term[0] >= 'a' && term[0] <= 'z')) continue;
      freq.emplace_back(it.get_termfreq(), term);
    }
    std::sort(freq.rbegin(), freq.rend());
    for (std::size_t i = 50; i < std::min<std::size_t>(freq.size(), 3000); ++i) {
      words.push_back(freq[i].second);  // skip the 50 most common (function words)
    }
    std::printf(
        "yjsearch query benchmark\nXapian %s, ICU %s, %u documents in %zu databases (%s), "
        "%u CPUs%s\n",
        Xapian::version_string(), U_ICU_VERSION, database.get_doccount(), databases.shards.size(),
        databases.remote ? "some remote" : "all local", std::thread::hardware_concurrency(),
#ifdef NDEBUG
        ""
#else
        "\nWARNING: assertions on (unoptimised build?)"
#endif
    );
  }
  auto word = [&](std::mt19937_64& rng) { return words[rng() % words.size()]; };
  const std::vector<std::string> broad = {"children", "youth justice", "management board",
                                          "service", "inspection"};
  const std::vector<std::string> ratings = {"good", "requires improvement", "inadequate",
                                            "outstanding"};
  std::vector<QueryClass> classes = {
      {"keyword (1-2 words)",
       [&](std::mt19937_64& rng) {
         yjs::SearchRequest r;
         r.query = word(rng) + (rng() % 2 ? " " + word(rng) : "");
         return r;
       }},
      {"broad (children, youth justice…)",
       [&](std::mt19937_64& rng) {
         yjs::SearchRequest r;
         r.query = broad[rng() % broad.size()];
         return r;
       }},
      {"phrase",
       [&](std::mt19937_64& rng) {
         yjs::SearchRequest r;
         r.query = rng() % 2 ? "\"speech and language\"" : "\"the management board\"";
         return r;
       }},
      {"keyword + rating + years",
       [&](std::mt19937_64& rng) {
         yjs::SearchRequest r;
         r.query = word(rng);
         r.values(yjs::schema::Facet::kRating) = {ratings[rng() % ratings.size()]};
         r.year_from = 2019;
         r.year_to = 2023;
         return r;
       }},
      {"keyword + exact facets",
       [&](std::mt19937_64& rng) {
         yjs::SearchRequest r;
         r.query = word(rng) + (rng() % 2 ? " " + word(rng) : "");
         r.facets = true;
         return r;
       }},
      {"broad + exact facets",
       [&](std::mt19937_64& rng) {
         yjs::SearchRequest r;
         r.query = broad[rng() % broad.size()];
         r.facets = true;
         return r;
       }},
      {"headline + exact facets",
       [&](std::mt19937_64& rng) {
         yjs::SearchRequest r;
         r.query = rng() % 2 ? "speech and language" : "youth justice service";
         r.facets = true;
         return r;
       }},
      {"2 words --any + exact facets",
       [&](std::mt19937_64& rng) {
         yjs::SearchRequest r;
         r.query = word(rng) + " " + word(rng);
         r.words = yjs::WordMatch::kAny;
         r.facets = true;
         return r;
       }},
      {"all documents, facets only",
       [&](std::mt19937_64&) {
         yjs::SearchRequest r;
         r.limit = 0;
         r.facets = true;
         return r;
       }},
  };
  std::printf("%-34s %8s %8s %8s %8s\n", "class", "p50 ms", "p95 ms", "p99 ms", "hits");
  for (const QueryClass& c : classes) {
    if (vm.count("class") && c.name.find(vm["class"].as<std::string>()) == std::string::npos)
      continue;
    std::mt19937_64 rng(seed);
    std::vector<double> ms;
    double hits = 0;
    for (std::size_t i = 0; i < per_class; ++i) {
      const yjs::SearchRequest request = c.make(rng);
      const auto start = std::chrono::steady_clock::now();
      const yjs::SearchResult result = searcher.search(request);
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count());
      hits += result.total;
    }
    std::printf("%-34s %8.2f %8.2f %8.2f %8.0f\n", c.name.c_str(), percentile(ms, 0.5),
                percentile(ms, 0.95), percentile(ms, 0.99), hits / per_class);
  }
  return 0;
}
