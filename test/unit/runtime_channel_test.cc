// Bounded channels (backpressure, end, close, abort) and exchange partitioning.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include "runtime/channel.h"
#include "runtime/exchange.h"
#include "runtime_test_util.h"

namespace sluice {
namespace {

using testing::MakeBatch;

const std::vector<LogicalType> kTypes = {LogicalType::BigInt(), LogicalType::BigInt()};

Batch Rows(int64_t from, int64_t to) {
  std::vector<std::vector<Value>> rows;
  for (int64_t i = from; i < to; ++i) rows.push_back({Value::BigInt(i), Value::BigInt(i % 5)});
  return MakeBatch(kTypes, rows);
}

std::vector<Batch> Drain(BatchChannel* channel) {
  std::vector<Batch> out;
  Batch batch;
  while (channel->TryPop(&batch) == BatchChannel::PopResult::kBatch) out.push_back(batch);
  return out;
}

TEST(BatchChannelTest, EndsWhenEveryProducerIsDone) {
  TaskNotifier notifier;
  BatchChannel channel(4, 2, &notifier);
  Batch batch;
  EXPECT_EQ(channel.TryPop(&batch), BatchChannel::PopResult::kEmpty);
  ASSERT_TRUE(channel.Push(Rows(0, 1)));
  ASSERT_TRUE(channel.Push(Rows(1, 2)));
  channel.ProducerDone();
  EXPECT_EQ(channel.TryPop(&batch), BatchChannel::PopResult::kBatch);
  EXPECT_EQ(batch.RowToString(0), "+I[0, 0]");
  EXPECT_EQ(channel.TryPop(&batch), BatchChannel::PopResult::kBatch);
  EXPECT_EQ(batch.RowToString(0), "+I[1, 1]");
  // One producer is still running.
  EXPECT_EQ(channel.TryPop(&batch), BatchChannel::PopResult::kEmpty);
  channel.ProducerDone();
  EXPECT_EQ(channel.TryPop(&batch), BatchChannel::PopResult::kEnded);
}

TEST(BatchChannelTest, FullChannelBlocksTheProducer) {
  TaskNotifier notifier;
  BatchChannel channel(3, 1, &notifier);
  std::atomic<int> pushed{0};
  std::thread producer([&] {
    for (int i = 0; i < 200; ++i) {
      ASSERT_TRUE(channel.Push(Rows(i, i + 1)));
      pushed.fetch_add(1);
    }
    channel.ProducerDone();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  // The slow consumer has not read anything yet: the producer waits at the capacity.
  EXPECT_EQ(pushed.load(), 3);
  int64_t expected = 0;
  Batch batch;
  while (true) {
    BatchChannel::PopResult result = channel.TryPop(&batch);
    if (result == BatchChannel::PopResult::kEnded) break;
    if (result == BatchChannel::PopResult::kEmpty) {
      notifier.WaitFor(std::chrono::milliseconds(10));
      continue;
    }
    EXPECT_EQ(batch.RowToString(0), "+I[" + std::to_string(expected) + ", " +
                                         std::to_string(expected % 5) + "]");
    ++expected;
  }
  producer.join();
  EXPECT_EQ(expected, 200);
  EXPECT_LE(channel.max_queued(), 3u);
}

TEST(BatchChannelTest, CloseConsumerReleasesABlockedProducer) {
  TaskNotifier notifier;
  BatchChannel channel(1, 1, &notifier);
  ASSERT_TRUE(channel.Push(Rows(0, 1)));
  std::atomic<bool> returned{false};
  bool accepted = true;
  std::thread producer([&] {
    accepted = channel.Push(Rows(1, 2));
    returned = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_FALSE(returned.load());
  channel.CloseConsumer();
  producer.join();
  EXPECT_FALSE(accepted);
  EXPECT_TRUE(channel.consumer_closed());
  EXPECT_FALSE(channel.Push(Rows(2, 3)));
}

TEST(BatchChannelTest, AbortReleasesProducerAndEndsConsumer) {
  TaskNotifier notifier;
  BatchChannel channel(1, 1, &notifier);
  ASSERT_TRUE(channel.Push(Rows(0, 1)));
  bool accepted = true;
  std::thread producer([&] { accepted = channel.Push(Rows(1, 2)); });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  channel.Abort();
  producer.join();
  EXPECT_FALSE(accepted);
  Batch batch;
  Drain(&channel);
  EXPECT_EQ(channel.TryPop(&batch), BatchChannel::PopResult::kEnded);
}

TEST(BatchChannelTest, PushWakesAWaitingConsumer) {
  TaskNotifier notifier;
  BatchChannel channel(2, 1, &notifier);
  auto start = std::chrono::steady_clock::now();
  std::thread producer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    channel.Push(Rows(0, 1));
  });
  notifier.WaitFor(std::chrono::seconds(5));
  auto waited = std::chrono::steady_clock::now() - start;
  producer.join();
  EXPECT_LT(waited, std::chrono::seconds(2));
}

TEST(ExchangeSenderTest, HashSendsEqualKeysToOneTask) {
  TaskNotifier notifier;
  std::vector<std::unique_ptr<BatchChannel>> channels;
  std::vector<BatchChannel*> raw;
  for (int i = 0; i < 3; ++i) {
    channels.push_back(std::make_unique<BatchChannel>(100, 1, &notifier));
    raw.push_back(channels.back().get());
  }
  ExchangeSender sender(ExchangeKind::kHash, {1}, 0, raw);
  ASSERT_TRUE(sender.Push(0, Rows(0, 100)).ok());
  ASSERT_TRUE(sender.Push(0, Rows(100, 200)).ok());
  ASSERT_TRUE(sender.Finish(0).ok());
  std::map<std::string, int> owner;  // key -> channel
  size_t total = 0;
  int used = 0;
  for (int c = 0; c < 3; ++c) {
    auto batches = Drain(raw[c]);
    if (!batches.empty()) ++used;
    for (const Batch& batch : batches) {
      for (size_t r = 0; r < batch.num_rows(); ++r) {
        std::string key = batch.column(1)->ToString(r);
        auto [it, inserted] = owner.emplace(key, c);
        EXPECT_EQ(it->second, c) << "key " << key << " in two tasks";
        ++total;
      }
    }
    Batch batch;
    EXPECT_EQ(raw[c]->TryPop(&batch), BatchChannel::PopResult::kEnded);
  }
  EXPECT_EQ(total, 200u);
  EXPECT_GE(used, 2) << "five keys should spread over more than one task";
}

TEST(ExchangeSenderTest, GatherAndForwardKeepRowKinds) {
  TaskNotifier notifier;
  BatchChannel a(10, 1, &notifier);
  BatchChannel b(10, 1, &notifier);
  ExchangeSender gather(ExchangeKind::kGather, {}, 1, {&a});
  Batch changes = MakeBatch(kTypes, {{Value::BigInt(1), Value::BigInt(1)}}, {RowKind::kDelete});
  ASSERT_TRUE(gather.Push(0, changes).ok());
  auto got = Drain(&a);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].RowToString(0), "-D[1, 1]");
  ExchangeSender forward(ExchangeKind::kForward, {}, 1, {&a, &b});
  ASSERT_TRUE(forward.Push(0, Rows(0, 3)).ok());
  EXPECT_TRUE(Drain(&a).empty());
  EXPECT_EQ(Drain(&b).size(), 1u);
}

TEST(ExchangeSenderTest, FinishedOnceEveryConsumerLeft) {
  TaskNotifier notifier;
  BatchChannel a(10, 1, &notifier);
  BatchChannel b(10, 1, &notifier);
  ExchangeSender sender(ExchangeKind::kHash, {0}, 0, {&a, &b});
  EXPECT_FALSE(sender.finished());
  a.CloseConsumer();
  EXPECT_FALSE(sender.finished());
  b.CloseConsumer();
  EXPECT_TRUE(sender.finished());
  // Pushing to departed consumers drops the rows without blocking.
  EXPECT_TRUE(sender.Push(0, Rows(0, 50)).ok());
}

}  // namespace
}  // namespace sluice
