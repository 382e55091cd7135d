// The queue between a parallel build's JSON Lines reader and one writer: items come out in
// the order they went in, a full queue holds its producer back, and closing it lets the
// consumer drain what is left and releases whoever waits.
#include "indexer/article_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "tests/testing/test_db.h"

namespace yjs {
namespace {

using namespace std::chrono_literals;

ReaderItem article(const std::string& id) { return testing::make_article(id, "Title", "Body"); }

std::string id_of(const std::optional<ReaderItem>& item) {
  return item ? std::get<Article>(*item).id : "(none)";
}

TEST(ArticleQueueTest, HandsOutEveryKindInOrder) {
  ArticleQueue queue(8);
  EXPECT_TRUE(queue.push(article("a")));
  EXPECT_TRUE(queue.push(InputError("feed.jsonl", 2, "malformed JSON")));
  EXPECT_TRUE(queue.push(ReadWarning{"feed.jsonl: warning: invalid UTF-8"}));
  EXPECT_TRUE(queue.push(FileEnd{ReadOutcome{.bytes = 42}}));

  EXPECT_EQ(id_of(queue.pop()), "a");
  const std::optional<ReaderItem> error = queue.pop();
  ASSERT_TRUE(error && std::holds_alternative<InputError>(*error));
  EXPECT_STREQ(std::get<InputError>(*error).what(), "feed.jsonl:2: error: malformed JSON");
  const std::optional<ReaderItem> warning = queue.pop();
  ASSERT_TRUE(warning && std::holds_alternative<ReadWarning>(*warning));
  EXPECT_EQ(std::get<ReadWarning>(*warning).message, "feed.jsonl: warning: invalid UTF-8");
  const std::optional<ReaderItem> end = queue.pop();
  ASSERT_TRUE(end && std::holds_alternative<FileEnd>(*end));
  EXPECT_EQ(std::get<FileEnd>(*end).outcome.bytes, 42u);
}

TEST(ArticleQueueTest, FullQueueHoldsTheProducerUntilAnItemIsTaken) {
  ArticleQueue queue(2);
  ASSERT_TRUE(queue.push(article("1")));
  ASSERT_TRUE(queue.push(article("2")));
  std::atomic<bool> pushed{false};
  std::jthread producer([&] {
    EXPECT_TRUE(queue.push(article("3")));
    pushed = true;
  });
  std::this_thread::sleep_for(100ms);
  EXPECT_FALSE(pushed) << "a third item went into a queue of two";

  EXPECT_EQ(id_of(queue.pop()), "1");
  producer.join();
  EXPECT_TRUE(pushed);
  EXPECT_EQ(id_of(queue.pop()), "2");
  EXPECT_EQ(id_of(queue.pop()), "3");
}

TEST(ArticleQueueTest, ClosedQueueIsDrainedThenEmpty) {
  ArticleQueue queue(4);
  ASSERT_TRUE(queue.push(article("1")));
  ASSERT_TRUE(queue.push(article("2")));
  queue.close();
  EXPECT_FALSE(queue.push(article("late")));
  EXPECT_EQ(id_of(queue.pop()), "1");
  EXPECT_EQ(id_of(queue.pop()), "2");
  EXPECT_FALSE(queue.pop().has_value());
  queue.close();  // twice is harmless
  EXPECT_FALSE(queue.pop().has_value());
}

TEST(ArticleQueueTest, CloseReleasesABlockedProducer) {
  ArticleQueue queue(1);
  ASSERT_TRUE(queue.push(article("1")));
  std::atomic<int> result{-1};
  std::jthread producer([&] { result = queue.push(article("2")) ? 1 : 0; });
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(result, -1) << "the producer did not wait for room";
  queue.close();
  producer.join();
  EXPECT_EQ(result, 0);  // dropped, not queued
  EXPECT_EQ(id_of(queue.pop()), "1");
  EXPECT_FALSE(queue.pop().has_value());
}

TEST(ArticleQueueTest, CloseReleasesAWaitingConsumer) {
  ArticleQueue queue(4);
  std::atomic<int> result{-1};
  std::jthread consumer([&] { result = queue.pop().has_value() ? 1 : 0; });
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(result, -1) << "pop() returned from an empty, open queue";
  queue.close();
  consumer.join();
  EXPECT_EQ(result, 0);
}

}  // namespace
}  // namespace yjs
