// Drives a HashAggregateOperator over hand-made batches (aggregate_*_test.cc).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "exec/operators/aggregate/hash_aggregate_operator.h"
#include "function/function_registry.h"
#include "operator_test_util.h"

namespace sluice::testing {

inline const FunctionRegistry& AggregateRegistry() {
  static const FunctionRegistry* registry = [] {
    auto* r = new FunctionRegistry();
    RegisterAggregateFunctions(*r);
    return r;
  }();
  return *registry;
}

struct Call {
  std::string name;
  std::vector<size_t> args;
  bool distinct = false;
  std::optional<size_t> filter;
};

inline Result<std::shared_ptr<const BoundAggregateFunction>> BindAggregate(
    const std::string& name, const std::vector<LogicalType>& types, bool distinct = false) {
  const AggregateFunction* f = AggregateRegistry().FindAggregate(name);
  if (f == nullptr) return Status::UserError("no aggregate " + name);
  return f->Bind(types, distinct);
}

inline std::vector<AggregateCall> BindCalls(const std::vector<LogicalType>& input_types,
                                            const std::vector<Call>& calls) {
  std::vector<AggregateCall> result;
  for (const Call& c : calls) {
    std::vector<LogicalType> arg_types;
    for (size_t a : c.args) arg_types.push_back(input_types[a]);
    auto bound = BindAggregate(c.name, arg_types, c.distinct);
    EXPECT_TRUE(bound.ok()) << c.name << ": " << bound.status().ToString();
    if (!bound.ok()) continue;
    AggregateCall call;
    call.name = c.name;
    call.function = *bound;
    call.arguments = c.args;
    call.distinct = c.distinct;
    call.filter_column = c.filter;
    result.push_back(call);
  }
  return result;
}

// Runs the aggregate and returns its output lines ("+I[...]"); `status` gets the first error.
inline std::vector<std::string> RunAggregate(const std::vector<LogicalType>& types,
                                             const std::vector<size_t>& keys,
                                             const std::vector<Call>& calls,
                                             const std::vector<Batch>& batches, bool streaming,
                                             bool may_retract = false, Status* status = nullptr) {
  HashAggregateOperator op(types, keys, BindCalls(types, calls), may_retract);
  CaptureOperator capture;
  op.SetOutput(&capture, 0);
  ExecContext context;
  context.streaming = streaming;
  Status st = op.Open(&context);
  for (size_t i = 0; st.ok() && i < batches.size(); ++i) st = op.Push(0, batches[i]);
  if (st.ok()) st = op.Finish(0);
  if (status != nullptr) {
    *status = st;
  } else {
    EXPECT_TRUE(st.ok()) << st.ToString();
  }
  if (st.ok()) {
    EXPECT_EQ(capture.finished, 1);
  }
  return capture.Lines();
}

// Checks that streaming over `batches` folds to the batch result over their net rows.
inline void ExpectStreamingMatchesBatch(const std::vector<LogicalType>& types,
                                        const std::vector<size_t>& keys,
                                        const std::vector<Call>& calls,
                                        const std::vector<Batch>& batches) {
  bool retracts = false;
  for (const Batch& b : batches) retracts |= !b.IsInsertOnly();
  std::vector<std::string> stream = RunAggregate(types, keys, calls, batches, true, retracts);
  std::vector<std::string> batch =
      RunAggregate(types, keys, calls, {NetInput(types, batches)}, false);
  EXPECT_EQ(Fold(stream), RowSet(batch));
}

}  // namespace sluice::testing
