// Exchanges: how the rows of one fragment's tasks reach the tasks of the next fragment.
//
//   kForward  producer task i sends everything to consumer task i % consumer parallelism
//   kHash     each row goes to the consumer task hash(key columns) % consumer parallelism, so
//             every row of one key (a GROUP BY group, a join key) meets in one task
//   kGather   everything goes to the single consumer task (results, ORDER BY, LIMIT)
//
// ExchangeSender is the last operator of a producer task: it partitions each batch (keeping
// row kinds) and pushes the parts into the consumer tasks' bounded channels (blocking while
// they are full: backpressure). It reports finished() once every consumer channel was closed by
// its consumer, so that the producer's sources stop.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "exec/operators/sink/sink_operator.h"
#include "runtime/channel.h"

namespace sluice {

enum class ExchangeKind { kForward, kHash, kGather };

std::string ExchangeKindName(ExchangeKind kind);

class ExchangeSender : public SinkOperator {
 public:
  // `channels` are the consumer tasks' channels for this exchange, by consumer task index
  // (borrowed; they outlive the task). `keys` are the hash columns for kHash.
  ExchangeSender(ExchangeKind kind, std::vector<size_t> keys, int task_index,
                 std::vector<BatchChannel*> channels);
  ~ExchangeSender() override;

  std::string Name() const override { return "Exchange"; }
  Status Push(int input, Batch batch) override;
  Status Finish(int input) override;
  bool finished() const override;

  // Tells the consumers that this producer is done (once; also called when the task stops
  // early, so consumers never wait for a producer that is gone).
  void Close();

 private:
  Status Send(size_t target, Batch batch);

  ExchangeKind kind_;
  std::vector<size_t> keys_;
  int task_index_;
  std::vector<BatchChannel*> channels_;
  bool closed_ = false;
  std::vector<uint64_t> hashes_;                 // scratch
  std::vector<std::vector<uint32_t>> partitions_;  // scratch, one per channel
};

}  // namespace sluice
