// PhysicalPlan: a query as fragments of operators, ready to run as parallel tasks.
//
// A fragment is a tree of operators that runs as `parallelism` identical tasks, one thread
// each; its leaves are sources (each task reads a share) or receivers of an exchange from
// another fragment; its root's output goes into an exchange, the result collector, or a
// connector sink. Exchanges (runtime/exchange.h) sit where rows must move between tasks: before
// keyed operators (hash on GROUP BY keys, join keys) and before operators that need all rows in
// one task (ORDER BY, LIMIT, the final result). With parallelism 1 there are no exchanges and
// the whole query is one fragment run on the caller's thread.
//
// Nodes hold factories, not operators: each task builds its own operator instances.
//
// Ownership: a plain value; nodes are shared and immutable once planned.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "exec/operator.h"
#include "exec/operators/sink/sink_operator.h"
#include "exec/operators/source/source.h"
#include "runtime/exchange.h"
#include "vector/schema.h"

namespace sluice {

class JobState;

// What a factory knows about the task it builds for.
struct TaskInfo {
  int task_index = 0;
  int parallelism = 1;
  bool streaming = true;
  size_t batch_size = kDefaultBatchSize;
  JobState* state = nullptr;
};

using OperatorFactory = std::function<Result<OperatorPtr>(const TaskInfo&)>;
using SourceFactory = std::function<Result<SourcePtr>(const TaskInfo&)>;
using SinkFactory = std::function<Result<std::unique_ptr<SinkOperator>>(const TaskInfo&)>;

struct PhysicalNode {
  enum class Kind { kSource, kOperator, kReceiver };

  Kind kind = Kind::kOperator;
  std::string description;  // one EXPLAIN line, e.g. "Calc(select=[$0], where=[>($1, 0)])"
  OperatorFactory make_operator;  // kOperator
  SourceFactory make_source;      // kSource
  int exchange = -1;              // kReceiver: the exchange that feeds it
  std::vector<std::shared_ptr<PhysicalNode>> inputs;  // kOperator: input i feeds Push(i, ...)
};
using PhysicalNodePtr = std::shared_ptr<PhysicalNode>;

struct PhysicalExchange {
  int id = 0;
  ExchangeKind kind = ExchangeKind::kForward;
  std::vector<size_t> keys;  // kHash
  int producer = 0;          // fragment ids
  int consumer = 0;
};

struct Fragment {
  enum class Output { kExchange, kCollect, kSink };

  int id = 0;
  int parallelism = 1;
  PhysicalNodePtr root;
  Output output = Output::kCollect;
  int exchange = -1;          // kExchange
  SinkFactory make_sink;      // kSink
  std::string sink_description;
};

struct PhysicalPlan {
  std::vector<Fragment> fragments;
  std::vector<PhysicalExchange> exchanges;
  Schema output_schema;  // of the collected result (empty for INSERT)

  // The operators, one per line, each fragment's root first and its inputs indented by two
  // spaces, exchanges as "Exchange(distribution=[hash[0]])".
  std::string Explain() const;
};

}  // namespace sluice
