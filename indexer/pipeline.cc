#include "indexer/pipeline.h"

#include <atomic>
#include <future>
#include <memory>
#include <variant>

#include "indexer/article_reader.h"

namespace yjs {
namespace {

// What preparing one file produced, in file order: documents and error messages.
struct FileOutcome {
  std::vector<std::variant<PreparedDocument, std::string>> items;
  std::uintmax_t bytes = 0;
};

using Chunk = std::vector<FileOutcome>;

// Prepares files [begin, end) on `preparers.size()` threads, each with its own preparer.
Chunk prepare_chunk(const std::vector<InputFile>& files, std::size_t begin, std::size_t end,
                    std::vector<std::unique_ptr<DocumentPreparer>>& preparers, bool spelling) {
  Chunk chunk(end - begin);
  std::atomic<std::size_t> next{begin};
  auto work = [&](DocumentPreparer& preparer) {
    for (std::size_t i = next++; i < end; i = next++) {
      FileOutcome& outcome = chunk[i - begin];
      outcome.bytes = read_articles(
          files[i].path, files[i].id,
          [&](Article&& article) {
            try {
              outcome.items.emplace_back(preparer.prepare(article, spelling));
            } catch (const InputError& e) {
              outcome.items.emplace_back(std::string(e.what()));
            }
          },
          [&](const InputError& e) { outcome.items.emplace_back(std::string(e.what())); });
    }
  };
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 1; t < preparers.size(); ++t) threads.emplace_back(work, std::ref(*preparers[t]));
    work(*preparers[0]);
  }  // jthreads join here
  return chunk;
}

}  // namespace

std::size_t run_pipeline(const std::vector<InputFile>& files, Indexer& indexer,
                         const PipelineOptions& options, const PipelineEvents& events) {
  std::vector<std::unique_ptr<DocumentPreparer>> preparers;
  for (unsigned t = 0; t < std::max(1u, options.jobs); ++t) {
    preparers.push_back(std::make_unique<DocumentPreparer>(indexer.language()));
  }
  const std::size_t chunk_files = std::max<std::size_t>(1, options.chunk_files);
  const bool spelling = indexer.wants_spelling();
  std::size_t failures = 0;
  std::size_t files_done = 0;
  std::uintmax_t bytes_done = 0;

  auto launch = [&](std::size_t begin) {
    const std::size_t end = std::min(files.size(), begin + chunk_files);
    return std::async(std::launch::async, [&files, &preparers, begin, end, spelling] {
      return prepare_chunk(files, begin, end, preparers, spelling);
    });
  };
  std::future<Chunk> pending = files.empty() ? std::future<Chunk>() : launch(0);
  for (std::size_t begin = 0; begin < files.size(); begin += chunk_files) {
    Chunk chunk = pending.get();
    const std::size_t next = begin + chunk_files;
    const bool stop = events.stop_requested && events.stop_requested();
    // Prepare the next chunk while this one is written.
    if (next < files.size() && !stop) pending = launch(next);
    for (FileOutcome& outcome : chunk) {
      for (auto& item : outcome.items) {
        if (auto* message = std::get_if<std::string>(&item)) {
          if (events.report) events.report(*message);
          ++failures;
          continue;
        }
        try {
          indexer.write(std::move(std::get<PreparedDocument>(item)));
        } catch (const InputError& e) {
          if (events.report) events.report(e.what());
          ++failures;
        }
      }
      ++files_done;
      bytes_done += outcome.bytes;
    }
    if (events.progress) events.progress(files_done, bytes_done);
    if (stop) break;
  }
  return failures;
}

}  // namespace yjs
