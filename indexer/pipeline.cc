#include "indexer/pipeline.h"

#include <atomic>
#include <future>
#include <memory>
#include <optional>
#include <variant>

#include "indexer/article_reader.h"

namespace yjs {
namespace {

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

// What preparing one file produced, in file order: documents and messages.
struct FileOutcome {
  std::vector<std::variant<PreparedDocument, Message, Unchanged>> items;
  std::uintmax_t bytes = 0;
  bool ignored = false;
  bool empty = false;
};

using Chunk = std::vector<FileOutcome>;

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

// Prepares files [begin, end) on `workers.size()` threads.
Chunk prepare_chunk(const std::vector<InputFile>& files, std::size_t begin, std::size_t end,
                    std::vector<Worker>& workers, const ReadOptions& read) {
  Chunk chunk(end - begin);
  std::atomic<std::size_t> next{begin};
  auto work = [&](Worker& worker) {
    for (std::size_t i = next++; i < end; i = next++) {
      FileOutcome& outcome = chunk[i - begin];
      ArticleSink sink;
      sink.use = [&](Article&& article) {
        if (worker.unchanged(article, files[i].id)) {
          outcome.items.emplace_back(Unchanged{article.id, source_of(article)});
          return;
        }
        try {
          PreparedDocument prepared = worker.preparer->prepare(article);
          prepared.file = files[i].id;
          outcome.items.emplace_back(std::move(prepared));
        } catch (const InputError& e) {
          outcome.items.emplace_back(Message{e.what(), true});
        }
      };
      sink.fail = [&](const InputError& e) { outcome.items.emplace_back(Message{e.what(), true}); };
      sink.warn = [&](const std::string& text) {
        outcome.items.emplace_back(Message{text, false});
      };
      const ReadOutcome read_outcome = read_articles(files[i].path, files[i].id, read, sink);
      outcome.bytes = read_outcome.bytes;
      outcome.ignored = read_outcome.ignored;
      outcome.empty = read_outcome.empty;
    }
  };
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 1; t < workers.size(); ++t)
      threads.emplace_back(work, std::ref(workers[t]));
    work(workers[0]);
  }  // jthreads join here
  return chunk;
}

}  // namespace

PipelineCounts run_pipeline(const std::vector<InputFile>& files, Indexer& indexer,
                            const PipelineOptions& options, const PipelineEvents& events) {
  std::vector<Worker> workers(std::max(1u, options.jobs));
  for (Worker& worker : workers) {
    worker.preparer = std::make_unique<DocumentPreparer>(indexer.language());
    if (!indexer.created()) worker.reader.emplace(indexer.path());
  }
  const std::size_t chunk_files = std::max<std::size_t>(1, options.chunk_files);
  PipelineCounts counts;
  std::size_t files_done = 0;
  std::uintmax_t bytes_done = 0;

  auto launch = [&](std::size_t begin) {
    const std::size_t end = std::min(files.size(), begin + chunk_files);
    return std::async(std::launch::async, [&files, &workers, &options, begin, end] {
      return prepare_chunk(files, begin, end, workers, options.read);
    });
  };
  std::future<Chunk> pending = files.empty() ? std::future<Chunk>() : launch(0);
  for (std::size_t begin = 0; begin < files.size(); begin += chunk_files) {
    Chunk chunk = pending.get();
    const std::size_t next = begin + chunk_files;
    const bool stop = events.stop_requested && events.stop_requested();
    // Prepare the next chunk while this one is written.
    if (next < files.size() && !stop) pending = launch(next);
    for (std::size_t k = 0; k < chunk.size(); ++k) {
      FileOutcome& outcome = chunk[k];
      for (auto& item : outcome.items) {
        if (auto* message = std::get_if<Message>(&item)) {
          if (events.report) events.report(message->text);
          counts.failures += message->error;
          continue;
        }
        try {
          if (auto* unchanged = std::get_if<Unchanged>(&item)) {
            indexer.skip_unchanged(unchanged->id, unchanged->source);
          } else {
            indexer.write(std::move(std::get<PreparedDocument>(item)));
          }
        } catch (const InputError& e) {
          if (events.report) events.report(e.what());
          ++counts.failures;
        }
      }
      counts.ignored += outcome.ignored;
      if (outcome.empty) counts.emptied.insert(files[begin + k].id);
      ++files_done;
      bytes_done += outcome.bytes;
    }
    if (events.progress) events.progress(files_done, bytes_done);
    if (stop) break;
  }
  return counts;
}

}  // namespace yjs
