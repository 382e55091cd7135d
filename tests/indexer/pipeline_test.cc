// The one-writer pipeline on an existing database: JSON Lines feeds of many lines are
// written in input order with their messages in order, the prepared documents held at once
// stay within the window and queue bounds whatever the files' sizes, and a stop request
// inside a feed stops after the next item.
#include "indexer/pipeline.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>

#include "tests/testing/test_db.h"

namespace yjs {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

// A feed of `lines` short articles "<prefix>-1", ...; the lines numbered in `bad` are
// malformed JSON.
std::string feed(const std::string& prefix, std::size_t lines,
                 const std::vector<std::size_t>& bad = {}) {
  std::string text;
  for (std::size_t n = 1; n <= lines; ++n) {
    if (std::find(bad.begin(), bad.end(), n) != bad.end()) {
      text += "{not json\n";
      continue;
    }
    text += "{\"id\": \"" + prefix + "-" + std::to_string(n) + "\", \"title\": \"Inspection " +
            std::to_string(n) + "\", \"body\": \"Youth offending service visit number " +
            std::to_string(n) + " found good practice in the resettlement work.\"}\n";
  }
  return text;
}

// The ids of the database's documents in document-number order: for new documents, the
// order they were written in.
std::vector<std::string> ids_in_write_order(const std::string& db) {
  const Xapian::Database database(db);
  std::map<Xapian::docid, std::string> by_docid;
  for (auto term = database.allterms_begin("Q"); term != database.allterms_end("Q"); ++term) {
    by_docid[*database.postlist_begin(*term)] = (*term).substr(1);
  }
  std::vector<std::string> ids;
  for (const auto& [docid, id] : by_docid) ids.push_back(id);
  return ids;
}

class PipelineTest : public ::testing::Test {
 protected:
  PipelineTest() : root_(fs::canonical(dir_.path())), db_((root_ / "db").string()) {
    options_.root = root_.string();
    // The database exists before the runs under test: the update path, checking for
    // unchanged articles.
    write_file(root_ / "old.txt", "Old report\nAn earlier inspection.");
    Indexer indexer(db_, options_);
    run_pipeline({{root_ / "old.txt", "old.txt"}}, indexer, PipelineOptions{}, {});
    indexer.finish();
  }

  InputFile input(const std::string& name, const std::string& content) {
    write_file(root_ / name, content);
    return {root_ / name, name};
  }

  testing::TempDir dir_;
  const fs::path root_;
  const std::string db_;
  IndexerOptions options_;
};

TEST_F(PipelineTest, AFeedIsWrittenLineByLineInInputOrderWithItsMessagesInOrder) {
  const std::vector<InputFile> files = {input("a.txt", "First\nA text article."),
                                        input("feed.jsonl", feed("f", 600, {7, 450})),
                                        input("z.txt", "Last\nAnother text article.")};
  std::vector<std::string> messages;
  std::vector<std::size_t> progress;
  PipelineEvents events;
  events.report = [&](const std::string& message) { messages.push_back(message); };
  events.progress = [&](std::size_t files_done, std::uintmax_t) { progress.push_back(files_done); };
  PipelineOptions pipeline;
  pipeline.jobs = 2;
  pipeline.window_files = 2;
  PipelineCounts counts;
  {
    Indexer indexer(db_, options_);
    counts = run_pipeline(files, indexer, pipeline, events);
    EXPECT_EQ(indexer.stats().added, 600u);  // 598 lines and two text files
    indexer.finish();
  }
  EXPECT_EQ(counts.failures, 2u);
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_THAT(messages[0], HasSubstr("feed.jsonl:7: error: malformed JSON"));
  EXPECT_THAT(messages[1], HasSubstr("feed.jsonl:450: error: malformed JSON"));
  EXPECT_THAT(progress, ElementsAre(1u, 2u, 3u));

  std::vector<std::string> expected = {"old.txt", "a.txt"};
  for (std::size_t n = 1; n <= 600; ++n) {
    if (n != 7 && n != 450) expected.push_back("f-" + std::to_string(n));
  }
  expected.push_back("z.txt");
  EXPECT_EQ(ids_in_write_order(db_), expected);
}

TEST_F(PipelineTest, ABigFeedHoldsOnlyItsQueueOfPreparedDocuments) {
  const std::vector<InputFile> files = {input("feed.jsonl", feed("f", 2000))};
  PipelineOptions pipeline;  // the defaults
  pipeline.jobs = 2;
  Indexer indexer(db_, options_);
  const PipelineCounts counts = run_pipeline(files, indexer, pipeline, {});
  EXPECT_EQ(indexer.stats().added, 2000u);
  // One file: its queue, the one its worker is handing over, the one being written.
  EXPECT_GE(counts.most_documents_held, 1u);
  EXPECT_LE(counts.most_documents_held, pipeline.queue_items + 2);
}

TEST_F(PipelineTest, ManyFeedsHoldAtMostTheWindowsQueuesOfPreparedDocuments) {
  std::vector<InputFile> files;
  for (int k = 0; k < 6; ++k) {
    const std::string name = "feed" + std::to_string(k) + ".jsonl";
    files.push_back(input(name, feed("f" + std::to_string(k), 150)));
    files.push_back(input("t" + std::to_string(k) + ".txt", "Text\nA text article."));
  }
  PipelineOptions pipeline;
  pipeline.jobs = 3;
  pipeline.window_files = 3;
  pipeline.queue_items = 2;
  Indexer indexer(db_, options_);
  const PipelineCounts counts = run_pipeline(files, indexer, pipeline, {});
  EXPECT_EQ(indexer.stats().added, 6u * 151u);
  EXPECT_GE(counts.most_documents_held, 1u);
  EXPECT_LE(counts.most_documents_held, 3u * 2u + 3u + 1u);
}

TEST_F(PipelineTest, AStopRequestInsideAFeedStopsAfterTheNextItemAndARerunFinishes) {
  const std::vector<InputFile> files = {input("feed.jsonl", feed("f", 1000))};
  PipelineOptions pipeline;
  pipeline.jobs = 2;
  {
    // Asked before the file and after each item: true from the 51st time.
    int asked = 0;
    PipelineEvents events;
    events.stop_requested = [&asked] { return ++asked > 50; };
    Indexer indexer(db_, options_);
    run_pipeline(files, indexer, pipeline, events);
    EXPECT_EQ(indexer.stats().added, 50u);
    indexer.finish();
  }
  EXPECT_EQ(Xapian::Database(db_).get_doccount(), 51u);
  Indexer indexer(db_, options_);
  run_pipeline(files, indexer, pipeline, {});
  EXPECT_EQ(indexer.stats().skipped, 50u);  // written before the stop: unchanged
  EXPECT_EQ(indexer.stats().added, 950u);
}

TEST_F(PipelineTest, AnExceptionOnTheWritingSideStopsTheWorkersAndReachesTheCaller) {
  // The workers are mid-feed, held back by full queues, when the writer throws.
  const std::vector<InputFile> files = {input("bad.jsonl", feed("b", 10, {2})),
                                        input("feed.jsonl", feed("f", 1000))};
  PipelineEvents events;
  events.report = [](const std::string& message) { throw std::runtime_error("no: " + message); };
  PipelineOptions pipeline;
  pipeline.jobs = 2;
  Indexer indexer(db_, options_);
  EXPECT_THROW(run_pipeline(files, indexer, pipeline, events), std::runtime_error);
  EXPECT_EQ(indexer.stats().added, 1u);  // b-1, before the bad line
}

}  // namespace
}  // namespace yjs
