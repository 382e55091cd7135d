#include "indexer/sharded_build.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <thread>

#include "indexer/article_reader.h"

namespace yjs {
namespace fs = std::filesystem;
namespace {

constexpr std::uintmax_t kJsonLinesBytesPerArticle = 4000;
constexpr std::size_t kArticlesPerShard = 1000;

// One shard's thread: its share of the articles, prepared and written to its own database.
struct Shard {
  std::string path;
  std::unique_ptr<Indexer> indexer;
  std::size_t failures = 0;
};

}  // namespace

unsigned shard_count(const std::vector<InputFile>& files, unsigned jobs) {
  std::uintmax_t articles = 0;
  for (const InputFile& file : files) {
    std::error_code ec;
    articles += format_of(file.path) == InputFormat::kJsonLines
                    ? fs::file_size(file.path, ec) / kJsonLinesBytesPerArticle
                    : 1;
  }
  const auto wanted = static_cast<unsigned>(std::min<std::uintmax_t>(articles / kArticlesPerShard, jobs));
  return std::max(1u, wanted);
}

BuildResult build_sharded(const std::vector<InputFile>& files, const std::string& db_path,
                          const IndexerOptions& options, unsigned shards,
                          const PipelineEvents& events) {
  RunIds run_ids;
  std::mutex report_mutex;
  auto report = [&](const std::string& message) {
    const std::lock_guard lock(report_mutex);
    if (events.report) events.report(message);
  };
  std::vector<Shard> parts(shards);
  for (unsigned k = 0; k < shards; ++k) {
    parts[k].path = db_path + ".shard" + std::to_string(k) + ".tmp";
    fs::remove_all(parts[k].path);  // left over from a crashed build
    parts[k].indexer = std::make_unique<Indexer>(parts[k].path, options, &run_ids);
  }
  std::atomic<std::size_t> files_done{0};
  std::atomic<std::uintmax_t> bytes_done{0};
  std::atomic<unsigned> running{shards};

  auto work = [&](unsigned k) {
    Shard& shard = parts[k];
    auto write = [&](Article&& article) {
      try {
        shard.indexer->add(article);
      } catch (const InputError& e) {
        report(e.what());
        ++shard.failures;
      }
    };
    auto fail = [&](const InputError& e) {
      report(e.what());
      ++shard.failures;
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (events.stop_requested && events.stop_requested()) break;
      const bool jsonl = format_of(files[i].path) == InputFormat::kJsonLines;
      if (!jsonl && i % shards != k) continue;
      std::size_t ordinal = 0;  // a JSON Lines file's articles and errors, dealt out in turn
      auto mine = [&] { return ordinal++ % shards == k; };
      const std::uintmax_t bytes = read_articles(
          files[i].path, files[i].id,
          [&](Article&& article) {
            if (!jsonl || mine()) write(std::move(article));
          },
          [&](const InputError& e) {
            if (!jsonl || mine()) fail(e);
          });
      if (!jsonl || k == 0) {
        ++files_done;
        bytes_done += bytes;
      }
    }
    shard.indexer->commit();
    --running;
  };
  {
    std::vector<std::jthread> threads;
    for (unsigned k = 0; k < shards; ++k) threads.emplace_back(work, k);
    while (running.load() > 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
      if (events.progress) events.progress(files_done.load(), bytes_done.load());
    }
  }

  BuildResult result;
  Xapian::Database combined;
  for (Shard& shard : parts) {
    result.stats.added += shard.indexer->stats().added;
    result.stats.replaced += shard.indexer->stats().replaced;
    result.stats.skipped += shard.indexer->stats().skipped;
    result.failures += shard.failures;
    shard.indexer.reset();  // closes the shard, releasing its lock
    combined.add_database(Xapian::Database(shard.path));
  }
  // Merge into a temporary name, then rename: the database appears whole or not at all.
  const std::string merging = db_path + ".merging.tmp";
  fs::remove_all(merging);
  combined.compact(merging);
  {
    Xapian::WritableDatabase merged(merging, Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
    add_spelling_from_lexicon(merged);
    merged.commit();
  }
  sync_database(merging);
  fs::rename(merging, db_path);
  for (const Shard& shard : parts) fs::remove_all(shard.path);
  result.documents = Xapian::Database(db_path).get_doccount();
  return result;
}

}  // namespace yjs
