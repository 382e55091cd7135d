// The bulk indexing pipeline: worker threads read files and prepare documents (fact
// extraction, ICU analysis, stemming: the costly part) while the calling thread writes
// them to the database in input order. Each file streams what it makes through its own
// bounded queue, and a file is started only within a window of the one being written, so
// the prepared documents held at once are bounded whatever the files' sizes (a JSON Lines
// feed of any length included).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "indexer/article_reader.h"
#include "indexer/indexer.h"
#include "indexer/input_files.h"

namespace yjs {

struct PipelineOptions {
  // Threads preparing documents; the writer is the calling thread. Default: one per core.
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  // Files started at most ahead of the one being written (the window).
  std::size_t window_files = 256;
  // Items (documents, unchanged articles, messages) each file's queue holds; a worker waits
  // while its file's queue is full. At most window_files * queue_items + jobs + 1 prepared
  // documents are held at once.
  std::size_t queue_items = 4;
  ReadOptions read;
};

struct PipelineCounts {
  std::size_t failures = 0;  // bad inputs, each reported as an error
  std::size_t ignored = 0;   // files skipped on purpose (binary, empty, too large), each warned
  std::unordered_set<std::string> emptied;  // ids of the files that hold no text
  std::size_t most_documents_held = 0;      // the most prepared documents not yet written, at once
};

struct PipelineEvents {
  std::function<void(const std::string& message)> report;  // an error or warning, one line
  // After each file is written (files_done counts them, in input order).
  std::function<void(std::size_t files_done, std::uintmax_t bytes_done)> progress;
  std::function<bool()> stop_requested;  // checked before each file and after each item
  std::function<void(const std::string& phase, double seconds)> phase_done;  // for --verbose
};

// Indexes `files` into `indexer`: documents written in input order (file order, then line
// order), messages reported in that order too, from the calling thread (events are only
// called from it). Returns how many inputs failed or were ignored. Stops early when
// stop_requested() turns true, before the next file or item (a file may be left part
// written; an unchanged article is skipped when the run is repeated); the caller then
// commits. Does not commit by itself except through the indexer's batches. An exception in
// a worker thread (not a bad input: those are reported) stops the workers and is rethrown
// here.
PipelineCounts run_pipeline(const std::vector<InputFile>& files, Indexer& indexer,
                            const PipelineOptions& options, const PipelineEvents& events);

}  // namespace yjs
