#include "indexer/parallel_build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <functional>
#include <future>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>

#include "common/errors.h"
#include "indexer/article_queue.h"
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

// One queue per writer, from the JSON Lines reader.
std::vector<std::unique_ptr<ArticleQueue>> make_queues(unsigned count) {
  std::vector<std::unique_ptr<ArticleQueue>> queues;
  for (unsigned k = 0; k < count; ++k)
    queues.push_back(std::make_unique<ArticleQueue>(kArticleQueueCapacity));
  return queues;
}

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
void merge_into(const std::vector<std::string>& runs,
                const std::vector<std::string>& spelling_parts, const std::string& target,
                const IndexerOptions& options) {
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
void merge_shards(const std::vector<Writer>& writers,
                  const std::vector<std::string>& spelling_parts, const std::string& target,
                  const IndexerOptions& options) {
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
  done.push_back(std::async(std::launch::async,
                            [&] { merge_into({}, spelling_parts, layout.lexicon, options); }));
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
  const auto wanted = static_cast<unsigned>(
      std::min<std::uintmax_t>(articles / std::max<std::size_t>(1, per_writer), jobs));
  return std::max(1u, wanted);
}

namespace {

// One build_parallel call: its inputs, its writers and the steps it takes in turn.
class ParallelBuild {
 public:
  ParallelBuild(const std::vector<InputFile>& files, const std::string& db_path,
                const IndexerOptions& options, unsigned count, const ReadOptions& read,
                const PipelineEvents& events, BuildLayout layout)
      : files_(files),
        db_path_(db_path),
        options_(options),
        count_(count),
        read_(read),
        events_(events),
        sharded_(layout == BuildLayout::kShards),
        writers_(count),
        queues_(make_queues(count)),
        run_options_(options),
        run_documents_(std::min(options.batch_size, kRunDocuments)),
        run_bytes_(std::max<std::size_t>(1, options.batch_bytes / count)) {
    // Runs commit only when full: no batch limits inside them.
    run_options_.batch_size = std::numeric_limits<std::size_t>::max();
    run_options_.batch_bytes = std::numeric_limits<std::size_t>::max();
  }

  BuildResult run() {
    write_runs();
    if (error_) {
      discard_runs();
      std::rethrow_exception(error_);
    }
    phase("runs written");
    BuildResult result = totals();
    const std::vector<std::string> runs = all_runs();
    const std::vector<std::string> spelling_parts = build_spelling(runs);
    phase("spelling table built");
    // Merge into a temporary name, then rename: the database appears whole or not at all.
    const std::string merging = db_path_ + ".merging.tmp";
    merge(runs, spelling_parts, merging);
    phase("runs merged");
    publish(merging);
    for (const std::string& run : runs) fs::remove_all(run);
    for (const std::string& part : spelling_parts) fs::remove_all(part);
    phase("synced to disk");
    result.documents = Xapian::Database(db_path_).get_doccount();
    return result;
  }

 private:
  // Every writer on its own thread, and one reader thread for the JSON Lines files if
  // there are any; this thread reports progress about four times a second, and once more as
  // soon as the last writer is done.
  void write_runs() {
    std::vector<std::jthread> threads;
    const bool any_jsonl = std::any_of(files_.begin(), files_.end(), [](const InputFile& file) {
      return format_of(file.path) == InputFormat::kJsonLines;
    });
    if (any_jsonl) threads.emplace_back([this] { read_jsonl_files(); });
    for (unsigned k = 0; k < count_; ++k) threads.emplace_back([this, k] { write_share(k); });
    std::unique_lock lock(done_mutex_);
    for (bool all_done = false; !all_done;) {
      all_done = writers_done_.wait_for(lock, std::chrono::milliseconds(250),
                                        [this] { return running_ == 0; });
      if (events_.progress) events_.progress(files_done_.load(), bytes_done_.load());
    }
  }

  // Whether every thread should stop: the caller asks, or a thread has failed.
  bool stopping() const {
    return failed_.load() || (events_.stop_requested && events_.stop_requested());
  }

  // Runs `work`, keeping the first exception of any thread for run() to rethrow (an
  // exception leaving a thread would end the process) and stopping the other threads.
  void guarded(const std::function<void()>& work) {
    try {
      work();
    } catch (...) {
      const std::lock_guard lock(error_mutex_);
      if (!error_) error_ = std::current_exception();
      failed_ = true;
    }
  }

  // The reader thread: each JSON Lines file read and parsed once, in input order, its
  // lines handed to the writers they belong to. Closing the queues at the end, or when it
  // stops, lets the writers drain them and finish.
  void read_jsonl_files() {
    guarded([this] {
      for (const InputFile& file : files_) {
        if (stopping()) return;
        if (format_of(file.path) == InputFormat::kJsonLines && !hand_out(file)) return;
      }
    });
    for (const std::unique_ptr<ArticleQueue>& queue : queues_) queue->close();
  }

  // Reads one JSON Lines file into the writers' queues: its articles and errors shared out
  // in turn (or by shard), its warnings to writer 0, then its end to every writer, writer 0
  // counting the file. False when stopped before the file's end.
  bool hand_out(const InputFile& file) {
    std::size_t ordinal = 0;  // the file's articles and errors, in turn
    // The writer of the next line (`id`: its article's, or null for a line that could not
    // be read, which writer 0 reports in a sharded build).
    auto writer_of = [&](const std::string* id) -> unsigned {
      const std::size_t line = ordinal++;
      if (!sharded_) return static_cast<unsigned>(line % count_);
      return id ? shard_of(*id, count_) : 0;
    };
    bool stopped = false;
    // A push to a writer that has left (stopped or failed) drops the item.
    ArticleSink sink;
    sink.use = [&](Article&& article) {
      const unsigned k = writer_of(&article.id);
      queues_[k]->push(std::move(article));
    };
    sink.fail = [&](const InputError& e) { queues_[writer_of(nullptr)]->push(e); };
    sink.warn = [&](const std::string& message) { queues_[0]->push(ReadWarning{message}); };
    sink.stop = [&] {
      stopped = stopping();
      return stopped;
    };
    const ReadOutcome outcome = read_articles(file.path, file.id, read_, sink);
    if (stopped) return false;
    for (unsigned k = 0; k < count_; ++k) {
      queues_[k]->push(FileEnd{k == 0 ? outcome : ReadOutcome{}});
    }
    return true;
  }

  // Writer k's thread. Its queue is closed when it leaves, early or not, so the reader
  // never waits for it.
  void write_share(unsigned k) {
    guarded([this, k] { write_files(k); });
    queues_[k]->close();
    const std::lock_guard lock(done_mutex_);
    if (--running_ == 0) writers_done_.notify_one();
  }

  // Writer k's share of the files, in input order: the text files that are its own, read
  // here, and its lines of each JSON Lines file, from the reader.
  void write_files(unsigned k) {
    Writer& writer = writers_[k];
    // One preparer for all of this writer's runs, so its stem cache outlives each run.
    DocumentPreparer preparer(options_.language);
    for (std::size_t i = 0; i < files_.size(); ++i) {
      if (stopping()) break;
      const InputFile& file = files_[i];
      if (format_of(file.path) == InputFormat::kJsonLines) {
        if (!take_lines(k, writer, preparer, file)) break;  // the reader stopped
      } else if ((sharded_ ? shard_of(file.id, count_) : i % count_) == k) {
        read_file(k, writer, preparer, file);
      }
    }
    close_run(writer);
  }

  // Writes a text (HTML, PDF) article file, one of writer k's (its article's id is the
  // file's).
  void read_file(unsigned k, Writer& writer, DocumentPreparer& preparer, const InputFile& file) {
    ArticleSink sink;
    sink.use = [&](Article&& article) { write(k, writer, preparer, std::move(article), file.id); };
    sink.fail = [&](const InputError& e) { fail(writer, e); };
    sink.warn = [&](const std::string& message) { report(message); };
    count_file(writer, read_articles(file.path, file.id, read_, sink));
  }

  // Writes what the reader hands writer k of a JSON Lines file, up to the file's end.
  // False when the reader stopped before it.
  bool take_lines(unsigned k, Writer& writer, DocumentPreparer& preparer, const InputFile& file) {
    while (std::optional<ReaderItem> item = queues_[k]->pop()) {
      if (Article* article = std::get_if<Article>(&*item)) {
        write(k, writer, preparer, std::move(*article), file.id);
      } else if (const InputError* error = std::get_if<InputError>(&*item)) {
        fail(writer, *error);
      } else if (const ReadWarning* warning = std::get_if<ReadWarning>(&*item)) {
        report(warning->message);
      } else {
        if (k == 0) count_file(writer, std::get<FileEnd>(*item).outcome);
        return true;
      }
    }
    return false;
  }

  void count_file(Writer& writer, const ReadOutcome& outcome) {
    if (outcome.ignored) ++writer.ignored;
    ++files_done_;
    bytes_done_ += outcome.bytes;
  }

  // After a failure: the runs written so far are of no use.
  void discard_runs() {
    for (Writer& writer : writers_) {
      writer.current.reset();
      for (const std::string& run : writer.runs) {
        std::error_code ec;
        fs::remove_all(run, ec);
      }
    }
  }

  void write(unsigned k, Writer& writer, DocumentPreparer& preparer, Article&& article,
             const std::string& file) {
    if (!writer.current) start_run(k, writer);
    try {
      // Runs are new databases: nothing to skip as unchanged.
      PreparedDocument prepared = preparer.prepare(article);
      prepared.file = file;
      writer.current->write(std::move(prepared));
    } catch (const InputError& e) {
      fail(writer, e);
    }
    if (writer.current->pending_documents() >= run_documents_ ||
        writer.current->pending_bytes() >= run_bytes_) {
      close_run(writer);
    }
  }

  // A new run for writer k, replacing any left at its path by a crashed build.
  void start_run(unsigned k, Writer& writer) {
    writer.runs.push_back(db_path_ + ".run" + std::to_string(k) + "-" +
                          std::to_string(writer.runs.size()) + ".tmp");
    fs::remove_all(writer.runs.back());
    writer.current = std::make_unique<Indexer>(writer.runs.back(), run_options_, &run_ids_);
  }

  void close_run(Writer& writer) {
    if (!writer.current) return;
    writer.current->commit();
    add_stats(writer.stats, writer.current->stats());
    writer.current.reset();
  }

  void fail(Writer& writer, const InputError& e) {
    report(e.what());
    ++writer.failures;
  }

  // One line at a time from any writer thread.
  void report(const std::string& message) {
    const std::lock_guard lock(report_mutex_);
    if (events_.report) events_.report(message);
  }

  void phase(const char* name) {
    const auto now = std::chrono::steady_clock::now();
    if (events_.phase_done) {
      events_.phase_done(name, std::chrono::duration<double>(now - phase_start_).count());
    }
    phase_start_ = now;
  }

  BuildResult totals() const {
    BuildResult result;
    for (const Writer& writer : writers_) {
      add_stats(result.stats, writer.stats);
      result.failures += writer.failures;
      result.ignored += writer.ignored;
    }
    return result;
  }

  std::vector<std::string> all_runs() const {
    std::vector<std::string> runs;
    for (const Writer& writer : writers_) {
      runs.insert(runs.end(), writer.runs.begin(), writer.runs.end());
    }
    return runs;
  }

  // The spelling table, from all runs' words at once, in one part per thread: each part
  // is a database holding only spelling data, merged with the runs afterwards.
  std::vector<std::string> build_spelling(const std::vector<std::string>& runs) const {
    std::vector<std::string> parts;
    if (runs.empty()) return parts;
    for (unsigned k = 0; k < count_; ++k) {
      parts.push_back(db_path_ + ".spelling" + std::to_string(k) + ".tmp");
    }
    auto open_runs = [&runs] {
      Xapian::Database combined;
      for (const std::string& run : runs) combined.add_database(Xapian::Database(run));
      return combined;
    };
    std::vector<std::future<void>> done;
    for (unsigned k = 0; k < count_; ++k) {
      done.push_back(std::async(std::launch::async, [&, k] {
        fs::remove_all(parts[k]);
        Xapian::WritableDatabase part(parts[k], Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
        add_spelling_from_lexicon(open_runs(), part, k, count_);
        part.commit();
      }));
    }
    for (auto& part : done) part.get();  // rethrows a part's failure
    return parts;
  }

  void merge(const std::vector<std::string>& runs, const std::vector<std::string>& spelling_parts,
             const std::string& merging) const {
    fs::remove_all(merging);
    if (sharded_) {
      merge_shards(writers_, spelling_parts, merging, options_);
    } else {
      merge_into(runs, spelling_parts, merging, options_);
    }
  }

  // Flushes the merged database (each part of a sharded one) and renames it into place.
  void publish(const std::string& merging) const {
    if (sharded_) {
      const ShardLayout parts = shard_layout(merging, count_);
      for (const std::string& shard : parts.shards) sync_database(shard);
      sync_database(parts.lexicon);
    }
    sync_database(merging);
    publish_database(merging, db_path_);
  }

  const std::vector<InputFile>& files_;
  const std::string& db_path_;
  const IndexerOptions& options_;
  const unsigned count_;
  const ReadOptions& read_;
  const PipelineEvents& events_;
  const bool sharded_;
  std::vector<Writer> writers_;
  std::vector<std::unique_ptr<ArticleQueue>> queues_;  // from the reader to writer k
  IndexerOptions run_options_;
  const std::size_t run_documents_;
  const std::size_t run_bytes_;
  RunIds run_ids_;
  std::mutex report_mutex_;
  std::atomic<std::size_t> files_done_{0};
  std::atomic<std::uintmax_t> bytes_done_{0};
  std::atomic<bool> failed_{false};  // a thread threw: everyone stops
  std::mutex error_mutex_;
  std::exception_ptr error_;  // the first exception thrown, under error_mutex_
  std::mutex done_mutex_;
  std::condition_variable writers_done_;
  unsigned running_ = count_;  // writers still writing, under done_mutex_
  std::chrono::steady_clock::time_point phase_start_ = std::chrono::steady_clock::now();
};

}  // namespace

BuildResult build_parallel(const std::vector<InputFile>& files, const std::string& db_path,
                           const IndexerOptions& options, unsigned count, const ReadOptions& read,
                           const PipelineEvents& events, BuildLayout layout) {
  return ParallelBuild(files, db_path, options, count, read, events, layout).run();
}

}  // namespace yjs
