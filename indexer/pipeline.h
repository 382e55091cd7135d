// The bulk indexing pipeline: worker threads read files and prepare documents (fact
// extraction, ICU analysis, stemming: the costly part) while the calling thread writes
// them to the database in input order. At most two chunks of files are in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "indexer/article_reader.h"
#include "indexer/indexer.h"
#include "indexer/input_files.h"

namespace yjs {

struct PipelineOptions {
  // Threads preparing documents; the writer is the calling thread. Default: one per core.
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  // Files prepared as one chunk; one chunk is written while the next is prepared.
  std::size_t chunk_files = 512;
  ReadOptions read;
};

struct PipelineCounts {
  std::size_t failures = 0;  // bad inputs, each reported as an error
  std::size_t ignored = 0;   // files skipped on purpose (binary, empty, too large), each warned
};

struct PipelineEvents {
  std::function<void(const std::string& message)> report;  // an error or warning, one line
  std::function<void(std::size_t files_done, std::uintmax_t bytes_done)> progress;
  std::function<bool()> stop_requested;  // checked between chunks
  std::function<void(const std::string& phase, double seconds)> phase_done;  // for --verbose
};

// Indexes `files` into `indexer`. Returns how many inputs failed or were ignored.
// Stops early, after writing the chunk in hand, when stop_requested() turns true; the
// caller then commits. Does not commit by itself except through the indexer's batches.
PipelineCounts run_pipeline(const std::vector<InputFile>& files, Indexer& indexer,
                            const PipelineOptions& options, const PipelineEvents& events);

}  // namespace yjs
