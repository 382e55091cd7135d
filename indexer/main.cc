// yjs-index: indexes articles (plain text or JSON Lines) into a Xapian database.
// The only place in the indexer that parses argv, prints and picks exit codes.
#include <unicode/uversion.h>
#include <xapian.h>

#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <boost/program_options.hpp>
#include <csignal>
#include <memory>
#include <thread>
#include <chrono>
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <optional>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

#include "common/default_db.h"
#include "common/errors.h"
#include "common/extract/extract.h"
#include "indexer/article_reader.h"
#include "indexer/explain.h"
#include "indexer/pipeline.h"
#include "indexer/sharded_build.h"
#include "indexer/indexer.h"

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

struct Arguments {
  std::string db;
  std::vector<std::string> inputs;
  yjs::IndexerOptions options;
  yjs::PipelineOptions pipeline;
  bool explain = false;
  bool json = false;
  bool verbose = false;
  bool prune = false;
  bool delete_ids = false;
  bool wait = false;
};

// Opens the database for writing; with --wait, a database locked by another indexer is
// retried every second until it is free (or we are interrupted) instead of failing.
std::unique_ptr<yjs::Indexer> open_indexer(const Arguments& args, int (*interrupted)()) {
  for (bool told = false;;) {
    try {
      return std::make_unique<yjs::Indexer>(args.db, args.options);
    } catch (const Xapian::DatabaseLockError&) {
      if (!args.wait || interrupted()) throw;
      if (!told) std::cerr << "yjs-index: " << args.db << " is locked by another indexer; waiting\n";
      told = true;
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }
}

void report(const std::string& message) { std::cerr << message << '\n'; }

// The signal that asked us to stop (SIGINT or SIGTERM), or 0. A signal handler can only
// set a lock-free atomic, so this one flag lives outside any object.
std::atomic<int>& stop_signal() {
  static std::atomic<int> signal{0};
  return signal;
}
int interrupted() { return stop_signal().load(); }
extern "C" void on_stop_signal(int signal) { stop_signal().store(signal); }

bool is_indexable_in_directory(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".txt" || ext == ".jsonl" || ext == ".TXT" || ext == ".JSONL";
}

// Expands the command-line inputs into files, in a stable (sorted) order. Directories are
// walked recursively and contribute their .txt and .jsonl files, identified by their path
// relative to the directory; a file named directly is identified by its file name.
std::vector<yjs::InputFile> collect_inputs(const std::vector<std::string>& inputs, std::size_t& failures) {
  std::vector<yjs::InputFile> files;
  for (const std::string& input : inputs) {
    const fs::path root(input);
    std::error_code ec;
    const fs::file_status status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      report(input + ": error: no such file or directory");
      ++failures;
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back({root, root.filename().generic_string()});
      continue;
    }
    std::vector<yjs::InputFile> found;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_symlink(type_ec) && !fs::exists(it->path(), type_ec)) {
        report(it->path().generic_string() + ": warning: skipped: dangling symbolic link");
        continue;
      }
      if (it->is_regular_file(type_ec) && is_indexable_in_directory(it->path())) {
        found.push_back({it->path(), it->path().lexically_relative(root).generic_string()});
      }
    }
    if (ec) {
      report(input + ": error: cannot read directory: " + ec.message());
      ++failures;
    }
    std::sort(found.begin(), found.end(),
              [](const yjs::InputFile& a, const yjs::InputFile& b) { return a.id < b.id; });
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Returns nullopt after printing help or version (exit 0). Throws po::error or
// yjs::UsageError for bad usage.
std::optional<Arguments> parse_arguments(int argc, char** argv) {
  Arguments args;
  po::options_description visible(
      "Usage: yjs-index [--db DIR] [options] PATH...\n"
      "       yjs-index --explain [--json] PATH...\n"
      "       yjs-index --delete ID...\n"
      "Index articles into a Xapian database. PATH is a .txt article (first non-empty\n"
      "line is the title), a .jsonl file (one JSON article a line), or a directory\n"
      "searched recursively for both.\n\nOptions");
  visible.add_options()
      ("help,h", "show this help and exit")
      ("version", "show version information and exit")
      ("db,d", po::value(&args.db)->default_value(yjs::default_database_path()),
       "database directory (created if missing; default from $YJS_DB, else the XDG data dir)")
      ("language,l", po::value(&args.options.language)->default_value("english"),
       "Snowball stemming language, or 'none'")
      ("batch", po::value(&args.options.batch_size)->default_value(10000),
       "commit every N changed documents (each commit is an atomic batch)")
      ("max-bytes", po::value(&args.pipeline.read.max_bytes)->default_value(args.pipeline.read.max_bytes),
       "skip (with a warning) files larger than this")
      ("jobs,j", po::value(&args.pipeline.jobs)->default_value(args.pipeline.jobs),
       "threads preparing documents (default: one per core)")
      ("explain", po::bool_switch(&args.explain),
       "print each article's facets and the sentences they came from; no database is touched")
      ("json", po::bool_switch(&args.json), "with --explain: one JSON object per article")
      ("verbose,v", po::bool_switch(&args.verbose), "report the time of each phase on stderr")
      ("prune", po::bool_switch(&args.prune),
       "then delete documents whose articles were not among this run's inputs (gone files)")
      ("wait", po::bool_switch(&args.wait),
       "if another indexer holds the database, wait for it instead of failing")
      ("delete", po::bool_switch(&args.delete_ids),
       "delete the documents with the ids given instead of PATHs, and nothing else");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&args.inputs));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << visible << "\nExit status: 0 all inputs indexed or skipped as unchanged, "
                 "1 some input failed or the database could not be written, 2 usage error,\n"
                 "130/143 interrupted by SIGINT/SIGTERM (what was written is committed).\n";
    return std::nullopt;
  }
  if (vm.count("version")) {
    std::cout << "yjs-index " << YJS_VERSION << " (Xapian " << Xapian::version_string()
              << ", ICU " << U_ICU_VERSION << ")\n";
    return std::nullopt;
  }
  po::notify(vm);
  if (args.inputs.empty()) {
    throw yjs::UsageError(args.delete_ids ? "no ID to delete" : "no PATH to index");
  }
  if (args.options.batch_size == 0) throw yjs::UsageError("--batch must be at least 1");
  if (args.pipeline.jobs == 0) throw yjs::UsageError("--jobs must be at least 1");
  try {
    Xapian::Stem check(args.options.language);
  } catch (const Xapian::InvalidArgumentError&) {
    throw yjs::UsageError("unknown --language '" + args.options.language +
                          "'; available: none " + Xapian::Stem::get_available_languages());
  }
  return args;
}

// --explain: facets and their evidence for each article, on stdout.
int explain(const Arguments& args) {
  std::size_t failures = 0;
  auto fail = [&failures](const yjs::InputError& e) {
    report(e.what());
    ++failures;
  };
  yjs::ArticleSink sink;
  sink.use = [&](yjs::Article&& article) {
    try {
      const yjs::Facets facets = yjs::extract::extract_facets(article);
      std::cout << (args.json ? yjs::explain_json(article, facets)
                              : yjs::explain_text(article, facets) + "\n");
    } catch (const yjs::InputError& e) {
      fail(e);
    }
  };
  sink.fail = fail;
  sink.warn = report;
  for (const yjs::InputFile& file : collect_inputs(args.inputs, failures)) {
    yjs::read_articles(file.path, file.id, args.pipeline.read, sink);
  }
  return failures ? kExitFailure : kExitOk;
}

// "1:05" or "12s".
std::string duration_text(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  return s >= 60 ? std::to_string(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60)
                 : std::to_string(s) + "s";
}

int index_inputs(const Arguments& args) {
  if (args.explain) return explain(args);
  if (args.delete_ids) {
    const auto indexer = open_indexer(args, interrupted);
    for (const std::string& id : args.inputs) {
      if (!indexer->remove(id)) report(id + ": warning: no document with this id");
    }
    indexer->commit();
    std::cerr << "yjs-index: " << indexer->stats().deleted << " deleted; " << indexer->doc_count()
              << " documents in " << args.db << '\n';
    return kExitOk;
  }
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&start] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };

  // Xapian creates the database directory but not its parents (~/.local/share/yjsearch).
  if (const fs::path parent = fs::path(args.db).parent_path(); !parent.empty()) {
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) throw yjs::Error("cannot create '" + parent.string() + "': " + ec.message());
  }
  std::size_t failures = 0;
  const std::vector<yjs::InputFile> files = collect_inputs(args.inputs, failures);

  const bool show_progress = isatty(STDERR_FILENO) == 1;
  yjs::PipelineEvents events;
  events.report = [show_progress](const std::string& message) {
    std::cerr << (show_progress ? "\r\x1b[K" : "") << message << '\n';
  };
  events.stop_requested = [] { return interrupted() != 0; };
  if (args.verbose) {
    events.phase_done = [](const std::string& phase, double seconds) {
      std::cerr << "yjs-index: " << phase << " in " << std::fixed << std::setprecision(2) << seconds
                << " s\n";
    };
  }
  if (show_progress) {
    events.progress = [&](std::size_t done, std::uintmax_t bytes) {
      const double seconds = std::max(elapsed(), 1e-3);
      const double rate = static_cast<double>(done) / seconds;
      std::cerr << "\r\x1b[K" << done << "/" << files.size() << " files  "
                << static_cast<long>(rate) << " docs/s  " << std::fixed << std::setprecision(1)
                << static_cast<double>(bytes) / 1e6 / seconds << " MB/s  ETA "
                << duration_text(rate > 0 ? static_cast<double>(files.size() - done) / rate : 0)
                << std::flush;
    };
  }

  yjs::BuildResult result;
  const unsigned shards = fs::exists(args.db) ? 1 : yjs::shard_count(files, args.pipeline.jobs);
  if (shards > 1) {
    // A new database on several cores: one writer per shard, merged at the end.
    result = yjs::build_sharded(files, args.db, args.options, shards, args.pipeline.read, events);
  } else {
    const auto indexer = open_indexer(args, interrupted);
    const yjs::PipelineCounts counts = yjs::run_pipeline(files, *indexer, args.pipeline, events);
    result.failures = counts.failures;
    result.ignored = counts.ignored;
    // Pruning after an interrupted run would delete what was simply not reached yet.
    if (args.prune && !interrupted()) indexer->prune();
    indexer->finish();
    result.stats = indexer->stats();
    result.documents = indexer->doc_count();
  }
  if (show_progress) std::cerr << "\r\x1b[K";
  failures += result.failures;

  std::cerr << "yjs-index: " << result.stats.added << " added, " << result.stats.replaced
            << " replaced, " << result.stats.skipped << " skipped (unchanged), " << result.ignored
            << " ignored, " << result.stats.deleted << " deleted, " << failures
            << " failed in " << std::fixed << std::setprecision(2) << elapsed() << " s; "
            << result.documents << " documents in " << args.db << '\n';
  if (const int signal = interrupted()) {
    std::cerr << "yjs-index: interrupted; everything written so far is committed\n";
    return 128 + signal;
  }
  return failures ? kExitFailure : kExitOk;
}


int run(int argc, char** argv) {
  const auto args = parse_arguments(argc, argv);
  if (!args) return kExitOk;
  try {
    return index_inputs(*args);
  } catch (const Xapian::DatabaseLockError&) {
    throw;  // main() says the database is locked by another indexer
  } catch (const Xapian::DatabaseOpeningError&) {
    throw;  // not a database: Xapian's message says so
  } catch (const Xapian::DatabaseError& e) {
    throw yjs::Error(yjs::database_error_message(args->db, e.get_description()));
  }
}

}  // namespace

int main(int argc, char** argv) {
  // A large build merges hundreds of runs, each several open table files, in one
  // compaction: lift the common soft limit of 1,024 open files to the hard limit.
  if (rlimit files{}; getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
  }
  // Ctrl-C or a kill: finish the batch in hand, commit, report, exit 128+signal.
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  try {
    return run(argc, argv);
  } catch (const po::error& e) {
    std::cerr << "yjs-index: error: " << e.what() << "\nTry 'yjs-index --help'\n";
    return kExitUsage;
  } catch (const yjs::UsageError& e) {
    std::cerr << "yjs-index: error: " << e.what() << "\nTry 'yjs-index --help'\n";
    return kExitUsage;
  } catch (const Xapian::DatabaseLockError& e) {
    std::cerr << "yjs-index: error: database is locked by another indexer: " << e.get_msg() << '\n';
    return kExitFailure;
  } catch (const Xapian::Error& e) {
    std::cerr << "yjs-index: error: " << e.get_description() << '\n';
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "yjs-index: error: " << e.what() << '\n';
    return kExitFailure;
  }
}
