#include "indexer/build_index.h"

#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>

#include "common/errors.h"
#include "indexer/identity.h"
#include "indexer/input_files.h"
#include "indexer/new_database.h"

namespace fs = std::filesystem;

namespace yjs {
namespace {

bool stop_requested(const BuildEvents& events) {
  return events.stop_requested && events.stop_requested();
}

void report(const BuildEvents& events, const std::string& message) {
  if (events.report) events.report(message);
}

PipelineEvents pipeline_events(const BuildEvents& events, std::size_t files) {
  PipelineEvents out;
  out.report = [&events](const std::string& message) { report(events, message); };
  out.stop_requested = events.stop_requested;
  out.phase_done = events.phase_done;
  if (events.progress) {
    out.progress = [&events, files](std::size_t done, std::uintmax_t bytes) {
      events.progress(done, files, bytes);
    };
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

// A plain run names the files deleted since they were indexed, and how to drop them.
void report_gone(const std::vector<GoneFile>& gone, const BuildEvents& events) {
  if (gone.empty()) return;
  std::size_t documents = 0;
  for (const GoneFile& file : gone) documents += file.ids.size();
  std::vector<std::string> files;
  for (std::size_t i = 0; i < gone.size() && i < 3; ++i) {
    files.push_back(gone[i].file + (gone[i].emptied ? " (emptied)" : ""));
  }
  if (gone.size() > 3) files.push_back("...");
  report(events, "yjs-index: " + std::to_string(documents) + " documents from " +
                     std::to_string(gone.size()) + " gone files (" + joined(files) +
                     ") are still in the database; --prune deletes them, --prune --dry-run "
                     "lists them");
}

// An existing database, or a small new one: the pipeline into one writer, then the
// files gone since they were indexed named (or, with --prune, deleted).
BuildResult build_with_one_writer(const Inputs& inputs, const fs::path& root,
                                  const IndexerOptions& indexer_options,
                                  const BuildOptions& options, const BuildEvents& events) {
  const auto indexer = open_indexer(options.db, indexer_options, options.wait, events);
  const PipelineCounts counts = run_pipeline(inputs.files, *indexer, options.pipeline,
                                             pipeline_events(events, inputs.files.size()));
  // After an interrupted run, keep it simple: no pruning, no report.
  if (!stop_requested(events)) {
    const auto gone =
        find_gone(indexer->database(), root, inputs.scopes, inputs.seen, counts.emptied);
    if (!options.prune) report_gone(gone, events);
    for (const GoneFile& file : options.prune ? gone : std::vector<GoneFile>{}) {
      for (const std::string& id : file.ids) indexer->remove(id);
    }
  }
  indexer->finish();
  BuildResult result;
  result.failures = counts.failures;
  result.ignored = counts.ignored;
  result.stats = indexer->stats();
  result.documents = indexer->doc_count();
  return result;
}

}  // namespace

std::unique_ptr<WriterLock> lock_for_writing(const std::string& db, bool wait,
                                             const BuildEvents& events) {
  // Xapian creates the database directory but not its parents (~/.local/share/yjsearch).
  if (const fs::path parent = fs::path(db).parent_path(); !parent.empty()) {
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) throw Error("cannot create '" + parent.string() + "': " + ec.message());
  }
  bool told = false;
  auto keep_waiting = [&]() {
    if (stop_requested(events)) return false;
    if (!told) report(events, "yjs-index: " + db + " is locked by another indexer; waiting");
    told = true;
    return true;
  };
  auto lock =
      wait ? std::make_unique<WriterLock>(db, keep_waiting) : std::make_unique<WriterLock>(db);
  if (const std::size_t removed = remove_build_leftovers(db)) {
    report(events, "yjs-index: removed " + std::to_string(removed) +
                       " temporary folders left by an interrupted build");
  }
  return lock;
}

std::unique_ptr<Indexer> open_indexer(const std::string& db, const IndexerOptions& options,
                                      bool wait, const BuildEvents& events) {
  for (bool told = false;;) {
    try {
      return std::make_unique<Indexer>(db, options);
    } catch (const Xapian::DatabaseLockError&) {
      if (!wait || stop_requested(events)) throw;
      if (!told) report(events, "yjs-index: " + db + " is locked by another indexer; waiting");
      told = true;
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }
}

BuildResult build_index(const std::vector<std::string>& inputs, const BuildOptions& options,
                        const BuildEvents& events) {
  const auto lock = lock_for_writing(options.db, options.wait, events);
  const fs::path root = id_root_for(options.db, inputs);
  IndexerOptions indexer_options = options.indexer;
  indexer_options.root = root.string();
  const Inputs found =
      collect_inputs(inputs, root, options.prune,
                     [&events](const std::string& message) { report(events, message); });
  const std::vector<InputFile>& files = found.files;
  const PipelineEvents progress = pipeline_events(events, files.size());
  const bool fresh = is_new_database(options.db);
  const unsigned writers =
      fresh ? writer_count(files, options.pipeline.jobs, options.articles_per_writer) : 1;
  BuildResult result;
  if (fresh && options.shards) {
    // A new sharded database: one writer per shard.
    result = build_parallel(files, options.db, indexer_options, options.shards,
                            options.pipeline.read, progress, BuildLayout::kShards);
  } else if (writers > 1) {
    // A new database on several cores: one writer per core, merged at the end.
    result = build_parallel(files, options.db, indexer_options, writers, options.pipeline.read,
                            progress);
  } else {
    result = build_with_one_writer(found, root, indexer_options, options, events);
  }
  result.failures += found.failures;
  return result;
}

}  // namespace yjs
