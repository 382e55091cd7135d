// yjs-index: indexes articles (plain text or JSON Lines) into a Xapian database.
// The only place in the indexer that parses argv, prints and picks exit codes.
#include <sys/resource.h>
#include <unicode/uversion.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <boost/program_options.hpp>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "common/default_db.h"
#include "common/errors.h"
#include "indexer/article_reader.h"
#include "indexer/build_index.h"
#include "indexer/compact.h"
#include "indexer/explain.h"
#include "indexer/extract/extract.h"
#include "indexer/identity.h"
#include "indexer/indexer.h"
#include "indexer/input_files.h"
#include "indexer/new_database.h"
#include "indexer/parallel_build.h"
#include "indexer/pipeline.h"
#include "indexer/readers/formats.h"
#include "indexer/shards.h"

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

// What a run does: one mode, chosen by --explain, --delete, --compact or --prune --dry-run.
enum class Mode {
  kIndex,        // index the PATHs (the default)
  kExplain,      // print each article's facets and evidence; write nothing
  kDelete,       // delete the documents with the IDs given
  kCompact,      // compact a (sharded) database into a new one
  kPruneDryRun,  // list what --prune would delete
};

// The switches that pick the mode, as typed.
struct ModeSwitches {
  bool explain = false;
  bool delete_ids = false;
  bool compact = false;
  bool dry_run = false;
};

struct Arguments {
  std::string db;
  bool db_given = false;  // --db (or -d) on the command line, not the default
  std::vector<std::string> inputs;
  yjs::IndexerOptions options;
  yjs::PipelineOptions pipeline;
  Mode mode = Mode::kIndex;
  bool json = false;
  bool verbose = false;
  bool prune = false;
  bool wait = false;
  unsigned shards = 0;  // 0: not given
  bool compact = false;
  std::size_t articles_per_writer = yjs::kArticlesPerWriter;  // hidden, for tests
};

// The signal that asked us to stop (SIGINT or SIGTERM), or 0. A signal handler can only
// set a lock-free atomic, so this one flag lives outside any object.
std::atomic<int>& stop_signal() {
  static std::atomic<int> signal{0};
  return signal;
}
int interrupted() { return stop_signal().load(); }
extern "C" void on_stop_signal(int signal) { stop_signal().store(signal); }

void report(const std::string& message) { std::cerr << message << '\n'; }

// Messages on stderr as they come; a signal stops the work.
yjs::BuildEvents plain_events() {
  yjs::BuildEvents events;
  events.report = report;
  events.stop_requested = [] { return interrupted() != 0; };
  return events;
}

// Seconds since the run started, for the summary and the progress line.
class Clock {
 public:
  double elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// The mode the switches ask for. Options that make no sense together are a usage error,
// not silently ignored.
Mode mode_of(const ModeSwitches& m, const Arguments& args) {
  const std::pair<bool, const char*> conflicts[] = {
      {m.delete_ids && m.explain, "--delete and --explain"},
      {m.delete_ids && args.prune, "--delete and --prune"},
      {m.explain && args.prune, "--explain and --prune"},
      {m.explain && args.wait, "--explain and --wait (--explain writes no database)"},
  };
  for (const auto& [conflict, what] : conflicts) {
    if (conflict) throw yjs::UsageError(std::string(what) + " cannot be used together");
  }
  if (m.compact && (m.explain || args.prune || m.delete_ids || args.shards)) {
    throw yjs::UsageError("--compact cannot be used with --explain, --prune, --delete or --shards");
  }
  if (args.shards && m.explain)
    throw yjs::UsageError("--shards and --explain cannot be used together");
  if (args.json && !m.explain) throw yjs::UsageError("--json needs --explain");
  if (m.dry_run && !args.prune) throw yjs::UsageError("--dry-run needs --prune");
  if (m.explain) return Mode::kExplain;
  if (m.delete_ids) return Mode::kDelete;
  if (m.compact) return Mode::kCompact;
  if (m.dry_run) return Mode::kPruneDryRun;
  return Mode::kIndex;
}

// One line per input format of the table, with its extensions ("  HTML: .html .htm .xhtml").
std::string format_list() {
  std::string list;
  for (const yjs::readers::FormatSpec& spec : yjs::readers::formats()) {
    list += "  " + std::string(spec.name) + ":";
    for (std::string_view ext : spec.extensions) {
      if (!ext.empty()) list += " " + std::string(ext);
    }
    list += "\n";
  }
  return list;
}

// Returns nullopt after printing help or version (exit 0). Throws po::error or
// yjs::UsageError for bad usage.
std::optional<Arguments> parse_arguments(int argc, char** argv) {
  Arguments args;
  ModeSwitches switches;
  po::options_description visible(
      "Usage: yjs-index [--db DIR] [options] PATH...\n"
      "       yjs-index --db DIR --shards N PATH...\n"
      "       yjs-index --explain [--json] PATH...\n"
      "       yjs-index --delete ID...\n"
      "       yjs-index --compact DIR OUT\n"
      "Index articles into a Xapian database. PATH is an article file or a directory\n"
      "searched recursively for them:\n" +
      format_list() +
      "A plain-text article's first non-empty line is its title; a JSON Lines file holds\n"
      "one JSON article a line.\n\nOptions");
  visible.add_options()("help,h", "show this help and exit")("version",
                                                             "show version information and exit")(
      "db,d", po::value(&args.db)->default_value(yjs::default_database_path()),
      "database directory, or a sharded database's (created if missing; default from "
      "$YJS_DB, else the XDG data dir)")(
      "language,l", po::value(&args.options.language)->default_value(args.options.language),
      "Snowball stemming language, or 'none'")(
      "batch", po::value(&args.options.batch_size)->default_value(args.options.batch_size),
      "commit every N changed documents (each commit is an atomic batch)")(
      "max-bytes",
      po::value(&args.pipeline.read.max_bytes)->default_value(args.pipeline.read.max_bytes),
      "skip (with a warning) files larger than this; in JSON Lines, refuse longer lines")(
      "jobs,j", po::value(&args.pipeline.jobs)->default_value(args.pipeline.jobs),
      "threads preparing documents (default: one per core)")(
      "explain", po::bool_switch(&switches.explain),
      "print each article's facets and the sentences they came from; no database is touched")(
      "json", po::bool_switch(&args.json), "with --explain: one JSON object per article")(
      "verbose,v", po::bool_switch(&args.verbose), "report the time of each phase on stderr")(
      "prune", po::bool_switch(&args.prune),
      "then delete the documents, under the PATHs given, whose files are gone")(
      "dry-run,n", po::bool_switch(&switches.dry_run),
      "with --prune: list what it would delete, and write nothing")(
      "wait", po::bool_switch(&args.wait),
      "if another indexer holds the database, wait for it instead of failing")(
      "delete", po::bool_switch(&switches.delete_ids),
      "delete the documents with the ids given instead of PATHs, and nothing else")(
      "shards", po::value(&args.shards),
      "make the new database DIR N shards, one writer each, searched as one (a document goes "
      "to shard FNV-1a(id) % N); an existing sharded database keeps its N")(
      "compact", po::bool_switch(&switches.compact),
      "write one database OUT holding everything in DIR (e.g. all its shards)");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&args.inputs))
      // Tests build on several cores from a few articles (a writer per N articles).
      ("articles-per-writer", po::value(&args.articles_per_writer));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << visible
              << "\nExit status: 0 all inputs indexed or skipped as unchanged, "
                 "1 some input failed or the database could not be written, 2 usage error,\n"
                 "130/143 interrupted by SIGINT/SIGTERM (what was written is committed).\n";
    return std::nullopt;
  }
  if (vm.count("version")) {
    std::cout << "yjs-index " << YJS_VERSION << " (Xapian " << Xapian::version_string() << ", ICU "
              << U_ICU_VERSION << ")\n";
    return std::nullopt;
  }
  po::notify(vm);
  args.db_given = !vm["db"].defaulted();
  // "D/" and "D" are one database (and "D/.lock" would be inside it).
  while (args.db.size() > 1 && args.db.back() == '/') args.db.pop_back();
  if (switches.compact && args.inputs.size() != 2) {
    throw yjs::UsageError(
        "--compact needs two arguments: DIR (the database) and OUT (the new one)");
  }
  if (args.inputs.empty()) {
    throw yjs::UsageError(switches.delete_ids ? "no ID to delete" : "no PATH to index");
  }
  if (vm.count("shards") && (args.shards == 0 || args.shards > yjs::kMaxShards)) {
    throw yjs::UsageError("--shards " + std::to_string(args.shards) + ": expected 1 to " +
                          std::to_string(yjs::kMaxShards));
  }
  args.mode = mode_of(switches, args);
  if (args.options.batch_size == 0) throw yjs::UsageError("--batch must be at least 1");
  if (args.pipeline.jobs == 0) throw yjs::UsageError("--jobs must be at least 1");
  try {
    Xapian::Stem check(args.options.language);
  } catch (const Xapian::InvalidArgumentError&) {
    throw yjs::UsageError("unknown --language '" + args.options.language + "'; available: none " +
                          Xapian::Stem::get_available_languages());
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
  // With --db, the ids that database would give (relative to its root).
  const fs::path root = yjs::id_root_for(args.db_given ? args.db : "", args.inputs);
  yjs::Inputs inputs = yjs::collect_inputs(args.inputs, root, false, report);
  failures += inputs.failures;
  for (const yjs::InputFile& file : inputs.files) {
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

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

// --delete: the arguments are ids, or paths of indexed files as typed (each deletes the
// documents of that file). One that matches neither names the ids the database holds for
// that file name, since an id is easily spelled from the wrong folder.
int delete_documents(const Arguments& args) {
  const auto indexer = yjs::open_indexer(args.db, args.options, args.wait, plain_events());
  const fs::path root = yjs::id_root_for(args.db, args.inputs);
  for (const std::string& id : args.inputs) {
    if (indexer->remove(id)) continue;
    const auto of_file =
        yjs::ids_of_file(indexer->database(), yjs::file_id(root, yjs::real_path(id)));
    for (const std::string& file_doc : of_file) indexer->remove(file_doc);
    if (!of_file.empty()) continue;
    const std::vector<std::string> named = yjs::ids_named(indexer->database(), id);
    report(id + ": warning: no document with this id" +
           (named.empty() ? "" : "; ids with this file name: " + joined(named)));
  }
  indexer->commit();
  std::cerr << "yjs-index: " << indexer->stats().deleted << " deleted; " << indexer->doc_count()
            << " documents in " << args.db << '\n';
  return kExitOk;
}

std::size_t document_count(const std::vector<yjs::GoneFile>& gone) {
  std::size_t documents = 0;
  for (const yjs::GoneFile& file : gone) documents += file.ids.size();
  return documents;
}

// --prune --dry-run: what --prune would delete, on stdout; nothing is written.
int dry_run(const Arguments& args) {
  if (yjs::is_new_database(args.db)) throw yjs::Error("no database at '" + args.db + "'");
  const fs::path root = yjs::id_root_for(args.db, args.inputs);
  const yjs::Inputs inputs = yjs::collect_inputs(args.inputs, root, /*prune=*/true, report);
  std::unordered_set<std::string> emptied;
  for (const yjs::InputFile& file : inputs.files) {
    if (yjs::file_holds_no_text(file.path)) emptied.insert(file.id);
  }
  const Xapian::Database db(args.db);
  const auto gone = yjs::find_gone(db, root, inputs.scopes, inputs.seen, emptied);
  for (const yjs::GoneFile& file : gone) {
    for (const std::string& id : file.ids) {
      std::cout << "would delete " << id << " (" << file.file
                << (file.emptied ? " is empty)\n" : " is gone)\n");
    }
  }
  std::cerr << "yjs-index: dry run: " << document_count(gone) << " documents would be deleted ("
            << gone.size() << " files gone); nothing written\n";
  return inputs.failures ? kExitFailure : kExitOk;
}

// --compact DIR OUT, under DIR's lock so that no indexer is between two shards' commits.
int compact(const Arguments& args) {
  const std::string& from = args.inputs[0];
  std::string to = args.inputs[1];
  while (to.size() > 1 && to.back() == '/') to.pop_back();
  if (yjs::is_new_database(from)) throw yjs::Error("no database at '" + from + "'");
  const auto lock = yjs::lock_for_writing(from, args.wait, plain_events());
  const Xapian::doccount documents = yjs::compact_database(from, to);
  std::cerr << "yjs-index: " << documents << " documents of " << from << " compacted into " << to
            << '\n';
  return kExitOk;
}

// A part of a sharded database is written only through it; --shards must match what exists.
void check_shards(const Arguments& args) {
  if (const std::string parent = yjs::sharded_parent(args.db); !parent.empty()) {
    throw yjs::UsageError("'" + args.db + "' is a part of the sharded database '" + parent +
                          "'; index into that instead");
  }
  if (args.shards == 0 || yjs::is_new_database(args.db)) return;
  const std::string n = std::to_string(args.shards);
  if (!yjs::is_sharded(args.db)) {
    throw yjs::UsageError("--shards " + n + ": '" + args.db +
                          "' is one database, not sharded; a database is sharded when it is "
                          "made (index into a new --db)");
  }
  const auto existing = yjs::read_shard_layout(args.db).shards.size();
  if (existing != args.shards) {
    throw yjs::UsageError("--shards " + n + ": '" + args.db + "' has " + std::to_string(existing) +
                          " shards; a sharded database keeps the number it was made with");
  }
}

// The events of a build, printed on stderr: messages (clearing the progress line on a
// terminal), the progress line itself, and with --verbose the time of each phase.
yjs::BuildEvents build_events(const Arguments& args, bool show_progress, const Clock& clock) {
  yjs::BuildEvents events = plain_events();
  events.report = [show_progress](const std::string& message) {
    std::cerr << (show_progress ? "\r\x1b[K" : "") << message << '\n';
  };
  if (args.verbose) {
    events.phase_done = [](const std::string& phase, double seconds) {
      std::cerr << "yjs-index: " << phase << " in " << std::fixed << std::setprecision(2) << seconds
                << " s\n";
    };
  }
  if (show_progress) {
    // Redrawn at most ten times a second: the pipeline reports after every file.
    events.progress = [&clock, drawn = -1.0](std::size_t done, std::size_t files,
                                             std::uintmax_t bytes) mutable {
      const double seconds = std::max(clock.elapsed(), 1e-3);
      if (done < files && seconds - drawn < 0.1) return;
      drawn = seconds;
      const double rate = static_cast<double>(done) / seconds;
      std::cerr << "\r\x1b[K" << done << "/" << files << " files  " << static_cast<long>(rate)
                << " docs/s  " << std::fixed << std::setprecision(1)
                << static_cast<double>(bytes) / 1e6 / seconds << " MB/s  ETA "
                << duration_text(rate > 0 ? static_cast<double>(files - done) / rate : 0)
                << std::flush;
    };
  }
  return events;
}

yjs::BuildOptions build_options(const Arguments& args) {
  yjs::BuildOptions options;
  options.db = args.db;
  options.indexer = args.options;
  options.pipeline = args.pipeline;
  options.shards = args.shards;
  options.prune = args.prune;
  options.wait = args.wait;
  options.articles_per_writer = args.articles_per_writer;
  return options;
}

int index_inputs(const Arguments& args) {
  switch (args.mode) {
    case Mode::kExplain:
      return explain(args);
    case Mode::kCompact:
      return compact(args);
    case Mode::kPruneDryRun:
      check_shards(args);
      return dry_run(args);
    case Mode::kDelete: {
      check_shards(args);
      const auto lock = yjs::lock_for_writing(args.db, args.wait, plain_events());
      return delete_documents(args);
    }
    case Mode::kIndex:
      check_shards(args);
      break;
  }
  const Clock clock;
  const bool show_progress = isatty(STDERR_FILENO) == 1;
  const yjs::BuildResult result =
      yjs::build_index(args.inputs, build_options(args), build_events(args, show_progress, clock));
  if (show_progress) std::cerr << "\r\x1b[K";
  std::cerr << "yjs-index: " << result.stats.added << " added, " << result.stats.replaced
            << " replaced, " << result.stats.skipped << " skipped (unchanged), " << result.ignored
            << " ignored, " << result.stats.deleted << " deleted, " << result.failures
            << " failed in " << std::fixed << std::setprecision(2) << clock.elapsed() << " s; "
            << result.documents << " documents in " << args.db << '\n';
  if (const int signal = interrupted()) {
    std::cerr << "yjs-index: interrupted; everything written so far is committed\n";
    return 128 + signal;
  }
  return result.failures ? kExitFailure : kExitOk;
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
  } catch (const yjs::DatabaseBusyError& e) {
    std::cerr << "yjs-index: error: database is locked by another indexer (" << e.what()
              << "); --wait waits for it\n";
    return kExitFailure;
  } catch (const Xapian::DatabaseLockError& e) {
    std::cerr << "yjs-index: error: database is locked by another indexer: " << e.get_msg()
              << "; --wait waits for it\n";
    return kExitFailure;
  } catch (const Xapian::Error& e) {
    std::cerr << "yjs-index: error: " << e.get_description() << '\n';
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "yjs-index: error: " << e.what() << '\n';
    return kExitFailure;
  }
}
