#include "indexer/pipeline.h"

#include <atomic>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <utility>
#include <variant>

#include "indexer/article_reader.h"
#include "indexer/bounded_queue.h"

namespace yjs {
namespace {

// The prepared documents not yet written, and the most there were at once.
class HeldCount {
 public:
  void add() {
    const std::size_t now = ++held_;
    std::size_t most = most_.load();
    while (now > most && !most_.compare_exchange_weak(most, now)) {
    }
  }
  void remove() { --held_; }
  std::size_t most() const { return most_.load(); }

 private:
  std::atomic<std::size_t> held_{0};
  std::atomic<std::size_t> most_{0};
};

// A prepared document, counted in a HeldCount for as long as it lives (written or dropped).
class HeldDocument {
 public:
  HeldDocument(PreparedDocument document, HeldCount& count)
      : document_(std::move(document)), count_(&count) {
    count.add();
  }
  HeldDocument(HeldDocument&& other) noexcept
      : document_(std::move(other.document_)), count_(std::exchange(other.count_, nullptr)) {}
  HeldDocument& operator=(HeldDocument&&) = delete;
  ~HeldDocument() {
    if (count_) count_->remove();
  }
  PreparedDocument& document() { return document_; }

 private:
  PreparedDocument document_;
  HeldCount* count_;
};

// A line for stderr: an error (counted as a failure) or a warning.
struct Message {
  std::string text;
  bool error = true;
};

// An article found unchanged in the database: nothing to prepare or write.
struct Unchanged {
  std::string id;
  std::string source;
};

// The end of a file, with what reading it came to.
struct FileDone {
  ReadOutcome outcome;
};

// What preparing a file hands the writer, in file order, ending with FileDone.
using FileItem = std::variant<HeldDocument, Message, Unchanged, FileDone>;
using FileQueue = BoundedQueue<FileItem>;

// One preparing thread's tools: its preparer, and its own read-only handle on an existing
// database (Xapian objects are not shared between threads) to skip unchanged articles.
struct Worker {
  std::unique_ptr<DocumentPreparer> preparer;
  std::optional<Xapian::Database> reader;

  bool unchanged(const Article& article, const std::string& file) {
    if (!reader) return false;
    try {
      return is_unchanged(*reader, article, file);
    } catch (const Xapian::DatabaseModifiedError&) {
      reader->reopen();  // the writer committed meanwhile; the writer checks again anyway
      return false;
    }
  }
};

// The worker threads and what they share with the writer. Worker threads take files in
// input order, each only within the window of the file being written (so file f's queue is
// queues_[f % window], free again once file f - window is written). The worker of the
// lowest unwritten file waits on nothing but its queue, which the writer empties: no
// deadlock. Destroying it stops the workers (closing every queue) and joins them.
class Preparation {
 public:
  Preparation(const std::vector<InputFile>& files, std::vector<Worker>& workers,
              const PipelineOptions& options, HeldCount& held)
      : files_(files), read_(options.read), held_(held) {
    const std::size_t window = std::max<std::size_t>(1, options.window_files);
    for (std::size_t k = 0; k < std::min(window, files.size()); ++k) {
      queues_.push_back(std::make_unique<FileQueue>(options.queue_items));
    }
    try {
      for (Worker& worker : workers) threads_.emplace_back([this, &worker] { work(worker); });
    } catch (...) {
      abandon(nullptr);
      throw;
    }
  }
  Preparation(const Preparation&) = delete;
  Preparation& operator=(const Preparation&) = delete;
  ~Preparation() { abandon(nullptr); }  // then threads_, the last member, joins

  FileQueue& queue_of(std::size_t file) { return *queues_[file % queues_.size()]; }

  // File `file` is written: the window moves on past it.
  void written(std::size_t file) {
    {
      const std::lock_guard lock(mutex_);
      written_ = file + 1;
    }
    window_moved_.notify_all();
  }

  // Rethrows what stopped a worker (the queues are closed only then, or on destruction).
  [[noreturn]] void rethrow_failure() {
    const std::lock_guard lock(mutex_);
    if (!failure_) throw std::logic_error("a file's queue closed while it was being written");
    std::rethrow_exception(failure_);
  }

 private:
  void work(Worker& worker) {
    try {
      while (const std::optional<std::size_t> file = claim()) prepare(*file, worker);
    } catch (...) {
      abandon(std::current_exception());
    }
  }

  // The next file to prepare, once it is within the window; nullopt when there is none.
  std::optional<std::size_t> claim() {
    std::unique_lock lock(mutex_);
    window_moved_.wait(lock, [this] {
      return abandoned_ || next_ >= files_.size() || next_ < written_ + queues_.size();
    });
    if (abandoned_ || next_ >= files_.size()) return std::nullopt;
    return next_++;
  }

  // Reads and prepares one file into its queue; stops reading once the queue is closed.
  void prepare(std::size_t index, Worker& worker) {
    const InputFile& file = files_[index];
    FileQueue& queue = queue_of(index);
    bool open = true;
    auto send = [&](FileItem item) { open = open && queue.push(std::move(item)); };
    ArticleSink sink;
    sink.use = [&](Article&& article) {
      if (!open) return;
      if (worker.unchanged(article, file.id)) {
        send(Unchanged{article.id, source_of(article)});
        return;
      }
      std::optional<PreparedDocument> prepared;
      try {
        prepared = worker.preparer->prepare(article);
      } catch (const InputError& e) {
        send(Message{e.what(), true});
        return;
      }
      prepared->file = file.id;
      send(HeldDocument(std::move(*prepared), held_));
    };
    sink.fail = [&](const InputError& e) { send(Message{e.what(), true}); };
    sink.warn = [&](const std::string& text) { send(Message{text, false}); };
    sink.stop = [&] { return !open; };
    const ReadOutcome outcome = read_articles(file.path, file.id, read_, sink);
    send(FileDone{outcome});
  }

  // Stops every worker: no more files, every queue closed (a waiting writer wakes up).
  void abandon(std::exception_ptr failure) {
    {
      const std::lock_guard lock(mutex_);
      if (failure && !failure_) failure_ = failure;
      abandoned_ = true;
    }
    window_moved_.notify_all();
    for (const std::unique_ptr<FileQueue>& queue : queues_) queue->close();
  }

  const std::vector<InputFile>& files_;
  const ReadOptions read_;
  HeldCount& held_;
  std::vector<std::unique_ptr<FileQueue>> queues_;  // one per file of the window
  std::mutex mutex_;
  std::condition_variable window_moved_;
  std::size_t next_ = 0;        // under mutex_: the next file to claim
  std::size_t written_ = 0;     // under mutex_: files written
  bool abandoned_ = false;      // under mutex_
  std::exception_ptr failure_;  // under mutex_: what stopped a worker first
  std::vector<std::jthread> threads_;
};

// Writes or reports one item of a file (not its FileDone).
void write_item(FileItem& item, Indexer& indexer, const PipelineEvents& events,
                PipelineCounts& counts) {
  if (auto* message = std::get_if<Message>(&item)) {
    if (events.report) events.report(message->text);
    counts.failures += message->error;
    return;
  }
  try {
    if (auto* unchanged = std::get_if<Unchanged>(&item)) {
      indexer.skip_unchanged(unchanged->id, unchanged->source);
    } else {
      indexer.write(std::move(std::get<HeldDocument>(item).document()));
    }
  } catch (const InputError& e) {
    if (events.report) events.report(e.what());
    ++counts.failures;
  }
}

}  // namespace

PipelineCounts run_pipeline(const std::vector<InputFile>& files, Indexer& indexer,
                            const PipelineOptions& options, const PipelineEvents& events) {
  std::vector<Worker> workers(std::max(1u, options.jobs));
  for (Worker& worker : workers) {
    worker.preparer = std::make_unique<DocumentPreparer>(indexer.language());
    if (!indexer.created()) worker.reader.emplace(indexer.path());
  }
  auto stop_requested = [&events] { return events.stop_requested && events.stop_requested(); };
  PipelineCounts counts;
  HeldCount held;  // outlives the queues, whose documents it counts
  {
    Preparation preparation(files, workers, options, held);
    std::size_t files_done = 0;
    std::uintmax_t bytes_done = 0;
    bool stopped = false;
    for (std::size_t f = 0; f < files.size() && !stop_requested(); ++f) {
      FileQueue& queue = preparation.queue_of(f);
      for (;;) {
        std::optional<FileItem> item = queue.pop();
        if (!item) preparation.rethrow_failure();
        if (const auto* done = std::get_if<FileDone>(&*item)) {
          counts.ignored += done->outcome.ignored;
          if (done->outcome.empty) counts.emptied.insert(files[f].id);
          ++files_done;
          bytes_done += done->outcome.bytes;
          break;
        }
        write_item(*item, indexer, events, counts);
        item.reset();  // written: no longer held
        if (stop_requested()) {
          stopped = true;
          break;
        }
      }
      if (stopped) break;
      preparation.written(f);
      if (events.progress) events.progress(files_done, bytes_done);
    }
  }
  counts.most_documents_held = held.most();
  return counts;
}

}  // namespace yjs
