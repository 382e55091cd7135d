#include "indexer/parallel_build.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <limits>
#include <mutex>
#include <thread>

#include "common/errors.h"
#include "indexer/article_reader.h"
#include "indexer/compact.h"
#include "indexer/shards.h"

namespace yjs {
namespace fs = std::filesystem;
namespace {

constexpr std::uintmax_t kJsonLinesBytesPerArticle = 4000;
// A run holds at most this many documents: Xapian builds a new database from one batch
// much faster than it merges batches into a growing one, and compaction joins runs cheaply.
constexpr std::size_t kRunDocuments = 4000;

// One writer thread: its share of the articles, written as a series of runs (small
// databases, each built in one commit), merged with everyone's at the end.
struct Writer {
  std::vector<std::string> runs;
  std::unique_ptr<Indexer> current;
  IndexStats stats;
  std::size_t failures = 0;
  std::size_t ignored = 0;
};

void add_stats(IndexStats& total, const IndexStats& part) {
  total.added += part.added;
  total.replaced += part.replaced;
  total.skipped += part.skipped;
}

// Compacts `runs` and `spelling_parts` into a new database at `target`; with none of either,
// a valid, empty database.
void merge_into(const std::vector<std::string>& runs, const std::vector<std::string>& spelling_parts,
                const std::string& target, const IndexerOptions& options) {
  if (runs.empty() && spelling_parts.empty()) {
    Indexer(target, options).commit();
    return;
  }
  Xapian::Database all;
  for (const std::string& run : runs) all.add_database(Xapian::Database(run));
  for (const std::string& part : spelling_parts) all.add_database(Xapian::Database(part));
  all.compact(target, Xapian::DBCOMPACT_MULTIPASS);
  if (runs.empty()) Indexer(target, options).commit();  // spelling alone: add the metadata
}

// A sharded database in the folder `target`: writer k's runs become shard k, the spelling
// parts the lexicon (merged in parallel), and the stub file lists them.
void merge_shards(const std::vector<Writer>& writers, const std::vector<std::string>& spelling_parts,
                  const std::string& target, const IndexerOptions& options) {
  std::error_code ec;
  fs::create_directories(target, ec);
  if (ec) throw Error("cannot create '" + target + "': " + ec.message());
  const ShardLayout layout = shard_layout(target, static_cast<unsigned>(writers.size()));
  std::vector<std::future<void>> done;
  for (std::size_t k = 0; k < writers.size(); ++k) {
    done.push_back(std::async(std::launch::async, [&, k] {
      merge_into(writers[k].runs, {}, layout.shards[k], options);
    }));
  }
  done.push_back(std::async(std::launch::async, [&] {
    merge_into({}, spelling_parts, layout.lexicon, options);
  }));
  for (auto& part : done) part.get();  // rethrows a part's failure
  write_stub_file(target, static_cast<unsigned>(writers.size()));
}

}  // namespace

unsigned writer_count(const std::vector<InputFile>& files, unsigned jobs, std::size_t per_writer) {
  std::uintmax_t articles = 0;
  for (const InputFile& file : files) {
    std::error_code ec;
    articles += format_of(file.path) == InputFormat::kJsonLines
                    ? fs::file_size(file.path, ec) / kJsonLinesBytesPerArticle
                    : 1;
  }
  const auto wanted = static_cast<unsigned>(std::min<std::uintmax_t>(articles / std::max<std::size_t>(1, per_writer), jobs));
  return std::max(1u, wanted);
}

BuildResult build_parallel(const std::vector<InputFile>& files, const std::string& db_path,
                          const IndexerOptions& options, unsigned count,
                          const ReadOptions& read, const PipelineEvents& events,
                          BuildLayout layout) {
  const bool sharded = layout == BuildLayout::kShards;
  auto phase_start = std::chrono::steady_clock::now();
  auto phase = [&](const char* name) {
    const auto now = std::chrono::steady_clock::now();
    if (events.phase_done) {
      events.phase_done(name, std::chrono::duration<double>(now - phase_start).count());
    }
    phase_start = now;
  };
  RunIds run_ids;
  std::mutex report_mutex;
  auto report = [&](const std::string& message) {
    const std::lock_guard lock(report_mutex);
    if (events.report) events.report(message);
  };
  // Runs commit only when full: no batch limits inside them.
  IndexerOptions run_options = options;
  run_options.batch_size = std::numeric_limits<std::size_t>::max();
  run_options.batch_bytes = std::numeric_limits<std::size_t>::max();
  const std::size_t run_documents = std::min(options.batch_size, kRunDocuments);
  const std::size_t run_bytes = std::max<std::size_t>(1, options.batch_bytes / count);

  std::vector<Writer> writers(count);
  std::atomic<std::size_t> files_done{0};
  std::atomic<std::uintmax_t> bytes_done{0};
  std::atomic<unsigned> running{count};

  auto work = [&](unsigned k) {
    Writer& writer = writers[k];
    // One preparer for all of this writer's runs, so its stem cache outlives each run.
    DocumentPreparer preparer(options.language);
    auto close_run = [&] {
      if (!writer.current) return;
      writer.current->commit();
      add_stats(writer.stats, writer.current->stats());
      writer.current.reset();
    };
    auto write = [&](Article&& article, const std::string& file) {
      if (!writer.current) {
        writer.runs.push_back(db_path + ".run" + std::to_string(k) + "-" +
                              std::to_string(writer.runs.size()) + ".tmp");
        fs::remove_all(writer.runs.back());  // left over from a crashed build
        writer.current = std::make_unique<Indexer>(writer.runs.back(), run_options, &run_ids);
      }
      try {
        // Runs are new databases: nothing to skip as unchanged, no spelling counts.
        PreparedDocument prepared = preparer.prepare(article, /*count_spelling=*/false);
        prepared.file = file;
        writer.current->write(std::move(prepared));
      } catch (const InputError& e) {
        report(e.what());
        ++writer.failures;
      }
      if (writer.current->pending_documents() >= run_documents ||
          writer.current->pending_bytes() >= run_bytes) {
        close_run();
      }
    };
    auto fail = [&](const InputError& e) {
      report(e.what());
      ++writer.failures;
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (events.stop_requested && events.stop_requested()) break;
      const bool jsonl = format_of(files[i].path) == InputFormat::kJsonLines;
      // A text article's id is its file's.
      if (!jsonl && (sharded ? shard_of(files[i].id, count) : i % count) != k) continue;
      std::size_t ordinal = 0;  // a JSON Lines file's articles and errors, in turn
      // Whether this writer takes the next line of a JSON Lines file (`id`: its article's,
      // or null for a line that could not be read, which one writer reports).
      auto mine = [&](const std::string* id) {
        const std::size_t line = ordinal++;
        if (!sharded) return line % count == k;
        return id ? shard_of(*id, count) == k : k == 0;
      };
      ArticleSink sink;
      sink.use = [&](Article&& article) {
        if (!jsonl || mine(&article.id)) write(std::move(article), files[i].id);
      };
      sink.fail = [&](const InputError& e) {
        if (!jsonl || mine(nullptr)) fail(e);
      };
      // Whole-file warnings come before any article: writer 0 speaks for the file.
      sink.warn = [&](const std::string& message) {
        if (!jsonl || k == 0) report(message);
      };
      const ReadOutcome outcome = read_articles(files[i].path, files[i].id, read, sink);
      const std::uintmax_t bytes = outcome.bytes;
      if (outcome.ignored && (!jsonl || k == 0)) ++writer.ignored;
      if (!jsonl || k == 0) {
        ++files_done;
        bytes_done += bytes;
      }
    }
    close_run();
    --running;
  };
  {
    std::vector<std::jthread> threads;
    for (unsigned k = 0; k < count; ++k) threads.emplace_back(work, k);
    while (running.load() > 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
      if (events.progress) events.progress(files_done.load(), bytes_done.load());
    }
  }
  phase("runs written");

  BuildResult result;
  std::vector<std::string> runs;
  for (Writer& writer : writers) {
    add_stats(result.stats, writer.stats);
    result.failures += writer.failures;
    result.ignored += writer.ignored;
    runs.insert(runs.end(), writer.runs.begin(), writer.runs.end());
  }
  auto open_runs = [&runs] {
    Xapian::Database combined;
    for (const std::string& run : runs) combined.add_database(Xapian::Database(run));
    return combined;
  };
  // The spelling table, from all runs' words at once, in one part per thread: each part
  // is a database holding only spelling data, merged with the runs below.
  std::vector<std::string> spelling_parts;
  if (!runs.empty()) {
    for (unsigned k = 0; k < count; ++k) {
      spelling_parts.push_back(db_path + ".spelling" + std::to_string(k) + ".tmp");
    }
    std::vector<std::future<void>> done;
    for (unsigned k = 0; k < count; ++k) {
      done.push_back(std::async(std::launch::async, [&, k] {
        fs::remove_all(spelling_parts[k]);
        Xapian::WritableDatabase part(spelling_parts[k], Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
        add_spelling_from_lexicon(open_runs(), part, k, count);
        part.commit();
      }));
    }
    for (auto& part : done) part.get();  // rethrows a part's failure
  }
  phase("spelling table built");

  // Merge into a temporary name, then rename: the database appears whole or not at all.
  const std::string merging = db_path + ".merging.tmp";
  fs::remove_all(merging);
  if (sharded) {
    merge_shards(writers, spelling_parts, merging, options);
  } else {
    merge_into(runs, spelling_parts, merging, options);
  }
  phase("runs merged");
  if (sharded) {
    const ShardLayout parts = shard_layout(merging, count);
    for (const std::string& shard : parts.shards) sync_database(shard);
    sync_database(parts.lexicon);
  }
  sync_database(merging);
  publish_database(merging, db_path);
  for (const std::string& run : runs) fs::remove_all(run);
  for (const std::string& part : spelling_parts) fs::remove_all(part);
  phase("synced to disk");
  result.documents = Xapian::Database(db_path).get_doccount();
  return result;
}

}  // namespace yjs
