#include "runtime/physical_planner.h"

#include <fmt/format.h>

#include <random>

#include <algorithm>
#include <memory>
#include <numeric>
#include <optional>
#include <utility>

#include "exec/operators/calc/calc_operator.h"
#include "exec/operators/limit/limit_operator.h"
#include "exec/operators/sort/sort_operator.h"
#include "exec/operators/union/union_operator.h"
#include "exec/operators/values/values_source.h"
#include "runtime/connector_sink.h"
#include "runtime/connector_source.h"
#include "runtime/job_state.h"
#include "runtime/keyed_operators.h"

namespace sluice {

// The filter and projection of a Calc still open for fusion.
struct PhysicalPlanner::CalcSpec {
  std::vector<BoundExpressionPtr> predicates;
  std::optional<std::vector<BoundExpressionPtr>> projections;
};

// A planned subtree whose fragment is still open: more operators may be chained on top.
struct PhysicalPlanner::Partial {
  PhysicalNodePtr node;
  int parallelism = 1;
  // Set while `node` is a Calc that a following Filter / Project may extend.
  std::shared_ptr<CalcSpec> calc;
};

namespace {

// A random 128-bit id in hex.
std::string NewJobId() {
  std::random_device device;
  std::mt19937_64 generator((static_cast<uint64_t>(device()) << 32) ^ device());
  return fmt::format("{:016x}{:016x}", generator(), generator());
}


PhysicalNodePtr MakeOperatorNode(std::string description, OperatorFactory factory,
                                 std::vector<PhysicalNodePtr> inputs) {
  auto node = std::make_shared<PhysicalNode>();
  node->kind = PhysicalNode::Kind::kOperator;
  node->description = std::move(description);
  node->make_operator = std::move(factory);
  node->inputs = std::move(inputs);
  return node;
}

PhysicalNodePtr MakeCalcNode(const std::shared_ptr<PhysicalPlanner::CalcSpec>& spec,
                             PhysicalNodePtr input) {
  std::shared_ptr<const PhysicalPlanner::CalcSpec> shared = spec;
  // The spec may still grow by fusion until planning ends; tasks read its final state.
  return MakeOperatorNode(
      CalcOperator::Describe(spec->predicates, spec->projections),
      [shared](const TaskInfo&) -> Result<OperatorPtr> {
        return OperatorPtr(std::make_unique<CalcOperator>(shared->predicates, shared->projections));
      },
      {std::move(input)});
}

void CollectReceivers(const PhysicalNode& node, std::vector<int>* exchanges) {
  if (node.kind == PhysicalNode::Kind::kReceiver) {
    exchanges->push_back(node.exchange);
    return;
  }
  for (const PhysicalNodePtr& input : node.inputs) CollectReceivers(*input, exchanges);
}

std::string TableName(const LogicalNode& node) { return node.table_id.ToString(); }

}  // namespace

PhysicalPlanner::PhysicalPlanner(PhysicalPlannerOptions options) : options_(options) {
  options_.parallelism = std::max(options_.parallelism, 1);
}

const ConnectorRegistry& PhysicalPlanner::connectors() const {
  return options_.connectors != nullptr ? *options_.connectors : ConnectorRegistry::Builtins();
}

Result<PhysicalPlan> PhysicalPlanner::Plan(const LogicalNodePtr& root) {
  return Plan(std::vector<LogicalNodePtr>{root});
}

Result<PhysicalPlan> PhysicalPlanner::Plan(const std::vector<LogicalNodePtr>& roots) {
  plan_ = PhysicalPlan();
  int queries = 0;
  for (const LogicalNodePtr& root : roots) {
    if (root == nullptr) return Status::InternalError("PhysicalPlanner: null plan");
    if (root->kind != LogicalNode::Kind::kSink) {
      if (++queries > 1) return Status::InternalError("PhysicalPlanner: two result queries");
      plan_.output_schema = root->schema;
    }
    SLUICE_RETURN_NOT_OK(PlanRoot(root));
  }
  return std::move(plan_);
}

int PhysicalPlanner::AddFragment(Fragment fragment) {
  fragment.id = static_cast<int>(plan_.fragments.size());
  std::vector<int> receivers;
  CollectReceivers(*fragment.root, &receivers);
  for (int exchange : receivers) plan_.exchanges[static_cast<size_t>(exchange)].consumer = fragment.id;
  plan_.fragments.push_back(std::move(fragment));
  return plan_.fragments.back().id;
}

PhysicalNodePtr PhysicalPlanner::Connect(const Partial& child, ExchangeKind kind,
                                         std::vector<size_t> keys, int consumer_parallelism) {
  if (child.parallelism == consumer_parallelism &&
      (kind == ExchangeKind::kForward || consumer_parallelism == 1)) {
    return child.node;
  }
  PhysicalExchange exchange;
  exchange.id = static_cast<int>(plan_.exchanges.size());
  exchange.kind = kind;
  exchange.keys = std::move(keys);
  plan_.exchanges.push_back(exchange);

  Fragment fragment;
  fragment.parallelism = child.parallelism;
  fragment.root = child.node;
  fragment.output = Fragment::Output::kExchange;
  fragment.exchange = exchange.id;
  plan_.exchanges[static_cast<size_t>(exchange.id)].producer = AddFragment(std::move(fragment));

  auto receiver = std::make_shared<PhysicalNode>();
  receiver->kind = PhysicalNode::Kind::kReceiver;
  receiver->exchange = exchange.id;
  receiver->description = "Exchange";
  return receiver;
}

Status PhysicalPlanner::PlanRoot(const LogicalNodePtr& root) {
  if (root->kind == LogicalNode::Kind::kSink) {
    if (root->inputs.size() != 1) return Status::InternalError("Sink needs one input");
    SLUICE_ASSIGN_OR_RETURN(Partial child, PlanNode(root->inputs[0]));
    SLUICE_ASSIGN_OR_RETURN(const ConnectorFactory* factory,
                            connectors().Discover(root->table.options));
    if (!factory->SupportsSink()) {
      return Status::UserError(
          "Connector '" + std::string(factory->Name()) +
          "' can only be used as a source. It cannot be used as a sink.");
    }
    const std::string table_name = TableName(*root);
    ObjectIdentifier table_id = root->table_id;
    CatalogTable table = root->table;
    const bool overwrite = root->overwrite;
    if (overwrite && options_.streaming) {
      return Status::UserError("Streaming mode not support overwrite.");  // Flink's text
    }
    // One id for every task of this sink, so that part files of one job can be told apart
    // (INSERT OVERWRITE keeps exactly this job's files).
    const std::string job_id = NewJobId();
    Fragment fragment;
    fragment.parallelism = child.parallelism;
    fragment.root = child.node;
    fragment.output = Fragment::Output::kSink;
    fragment.sink_description = "Sink(table=[" + table_name + "])";
    fragment.make_sink = [factory, table_id, table, overwrite, table_name,
                          job_id](const TaskInfo& info) -> Result<std::unique_ptr<SinkOperator>> {
      SinkContext context;
      context.table_id = table_id;
      context.table = table;
      context.task_index = info.task_index;
      context.parallelism = info.parallelism;
      context.streaming = info.streaming;
      context.overwrite = overwrite;
      context.job_id = job_id;
      SLUICE_ASSIGN_OR_RETURN(std::unique_ptr<SinkWriter> writer, factory->OpenSink(context));
      return std::unique_ptr<SinkOperator>(std::make_unique<ConnectorSink>(
          table_name, std::move(writer),
          info.state != nullptr ? &info.state->rows_written : nullptr));
    };
    AddFragment(std::move(fragment));
    return Status::OK();
  }
  SLUICE_ASSIGN_OR_RETURN(Partial top, PlanNode(root));
  Fragment fragment;
  fragment.parallelism = 1;
  fragment.root = Connect(top, ExchangeKind::kGather, {}, 1);
  fragment.output = Fragment::Output::kCollect;
  AddFragment(std::move(fragment));
  return Status::OK();
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanNode(const LogicalNodePtr& node) {
  switch (node->kind) {
    case LogicalNode::Kind::kScan:
      return PlanScan(*node);
    case LogicalNode::Kind::kValues:
      return PlanValues(*node);
    case LogicalNode::Kind::kProject:
    case LogicalNode::Kind::kFilter:
      return PlanCalc(*node);
    case LogicalNode::Kind::kAggregate:
      return PlanAggregate(*node);
    case LogicalNode::Kind::kJoin:
      return PlanJoin(*node);
    case LogicalNode::Kind::kSetOperation:
      return PlanSetOperation(*node);
    case LogicalNode::Kind::kSort:
      return PlanSort(*node);
    case LogicalNode::Kind::kLimit:
      return PlanLimit(*node);
    case LogicalNode::Kind::kUnion:
      return PlanUnion(*node);
    case LogicalNode::Kind::kSink:
      return Status::InternalError("INSERT INTO inside a query");
  }
  return Status::InternalError("PhysicalPlanner: unknown logical node");
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanScan(const LogicalNode& node) {
  SLUICE_ASSIGN_OR_RETURN(const ConnectorFactory* factory,
                          connectors().Discover(node.table.options));
  if (!factory->SupportsSource()) {
    return Status::UserError("Connector '" + std::string(factory->Name()) +
                             "' can only be used as a sink. It cannot be used as a source.");
  }
  const std::string table_name = TableName(node);
  ObjectIdentifier table_id = node.table_id;
  CatalogTable table = node.table;
  std::vector<size_t> projected = node.projected_columns;
  auto source = std::make_shared<PhysicalNode>();
  source->kind = PhysicalNode::Kind::kSource;
  source->description = "TableSourceScan(table=[" + table_name + "])";
  source->make_source = [factory, table_id, table, projected,
                         table_name](const TaskInfo& info) -> Result<SourcePtr> {
    SourceContext context;
    context.table_id = table_id;
    context.table = table;
    context.projected_columns = projected;
    context.task_index = info.task_index;
    context.parallelism = info.parallelism;
    context.streaming = info.streaming;
    context.batch_size = info.batch_size;
    SLUICE_ASSIGN_OR_RETURN(std::unique_ptr<SourceReader> reader, factory->OpenSource(context));
    return SourcePtr(std::make_unique<ConnectorSource>(table_name, std::move(reader)));
  };
  Partial partial{source, options_.parallelism, nullptr};
  if (!node.pushed_filters.empty()) {
    auto spec = std::make_shared<CalcSpec>();
    spec->predicates = node.pushed_filters;
    partial.node = MakeCalcNode(spec, source);
    partial.calc = spec;
  }
  return partial;
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanValues(const LogicalNode& node) {
  auto source = std::make_shared<PhysicalNode>();
  source->kind = PhysicalNode::Kind::kSource;
  source->description = "Values(tuples=[" + std::to_string(node.rows.size()) + " rows])";
  auto rows = std::make_shared<const ValuesSource::Rows>(node.rows);
  std::vector<LogicalType> types = node.schema.types;
  source->make_source = [rows, types](const TaskInfo& info) -> Result<SourcePtr> {
    return SourcePtr(std::make_unique<ValuesSource>(types, rows, info.task_index,
                                                    info.parallelism, info.batch_size));
  };
  return Partial{source, options_.parallelism, nullptr};
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanCalc(const LogicalNode& node) {
  if (node.inputs.size() != 1) return Status::InternalError("Calc needs one input");
  SLUICE_ASSIGN_OR_RETURN(Partial child, PlanNode(node.inputs[0]));
  const bool is_filter = node.kind == LogicalNode::Kind::kFilter;
  if (is_filter && node.predicate == nullptr) return child;
  if (child.calc != nullptr && !child.calc->projections.has_value()) {
    // Extend the open Calc: its output is still its input row.
    if (is_filter) {
      child.calc->predicates.push_back(node.predicate);
    } else {
      child.calc->projections = node.expressions;
    }
    child.node->description = CalcOperator::Describe(child.calc->predicates, child.calc->projections);
    return child;
  }
  auto spec = std::make_shared<CalcSpec>();
  if (is_filter) {
    spec->predicates.push_back(node.predicate);
  } else {
    spec->projections = node.expressions;
  }
  Partial partial{MakeCalcNode(spec, child.node), child.parallelism, spec};
  return partial;
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanAggregate(const LogicalNode& node) {
  if (node.inputs.size() != 1) return Status::InternalError("Aggregate needs one input");
  SLUICE_ASSIGN_OR_RETURN(OperatorFactory factory, MakeAggregateFactory(node, *node.inputs[0]));
  SLUICE_ASSIGN_OR_RETURN(Partial child, PlanNode(node.inputs[0]));
  const bool keyed = !node.group_keys.empty();
  const int parallelism = keyed ? options_.parallelism : 1;
  PhysicalNodePtr input = Connect(child, keyed ? ExchangeKind::kHash : ExchangeKind::kGather,
                                  node.group_keys, parallelism);
  return Partial{MakeOperatorNode(DescribeAggregate(node), std::move(factory), {input}),
                 parallelism, nullptr};
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanJoin(const LogicalNode& node) {
  if (node.inputs.size() != 2) return Status::InternalError("Join needs two inputs");
  SLUICE_ASSIGN_OR_RETURN(OperatorFactory factory, MakeJoinFactory(node));
  SLUICE_ASSIGN_OR_RETURN(Partial left, PlanNode(node.inputs[0]));
  SLUICE_ASSIGN_OR_RETURN(Partial right, PlanNode(node.inputs[1]));
  const bool keyed = !node.left_keys.empty() && node.left_keys.size() == node.right_keys.size();
  const int parallelism = keyed ? options_.parallelism : 1;
  const ExchangeKind kind = keyed ? ExchangeKind::kHash : ExchangeKind::kGather;
  PhysicalNodePtr left_input = Connect(left, kind, node.left_keys, parallelism);
  PhysicalNodePtr right_input = Connect(right, kind, node.right_keys, parallelism);
  return Partial{
      MakeOperatorNode(DescribeJoin(node), std::move(factory), {left_input, right_input}),
      parallelism, nullptr};
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanSetOperation(const LogicalNode& node) {
  if (node.inputs.size() != 2) return Status::InternalError("Set operation needs two inputs");
  SLUICE_ASSIGN_OR_RETURN(OperatorFactory factory, MakeSetOperationFactory(node));
  SLUICE_ASSIGN_OR_RETURN(Partial left, PlanNode(node.inputs[0]));
  SLUICE_ASSIGN_OR_RETURN(Partial right, PlanNode(node.inputs[1]));
  std::vector<size_t> keys(node.schema.size());
  std::iota(keys.begin(), keys.end(), size_t{0});
  const int parallelism = keys.empty() ? 1 : options_.parallelism;
  PhysicalNodePtr left_input = Connect(left, ExchangeKind::kHash, keys, parallelism);
  PhysicalNodePtr right_input = Connect(right, ExchangeKind::kHash, keys, parallelism);
  return Partial{MakeOperatorNode(DescribeSetOperation(node), std::move(factory),
                                  {left_input, right_input}),
                 parallelism, nullptr};
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanTopN(const LogicalNodePtr& input,
                                                           const std::vector<SortKey>& keys,
                                                           const Schema& schema, int64_t offset,
                                                           std::optional<int64_t> fetch) {
  SLUICE_ASSIGN_OR_RETURN(Partial child, PlanNode(input));
  std::vector<LogicalType> types = schema.types;
  if (child.parallelism > 1 && fetch.has_value()) {
    // Each task keeps only its best offset + fetch rows before the gather.
    const int64_t local_fetch = offset + *fetch;
    child.node = MakeOperatorNode(
        SortOperator::Describe(keys, 0, local_fetch),
        [types, keys, local_fetch](const TaskInfo&) -> Result<OperatorPtr> {
          return OperatorPtr(std::make_unique<SortOperator>(types, keys, 0, local_fetch));
        },
        {child.node});
    child.calc = nullptr;
  }
  PhysicalNodePtr gathered = Connect(child, ExchangeKind::kGather, {}, 1);
  return Partial{MakeOperatorNode(
                     SortOperator::Describe(keys, offset, fetch),
                     [types, keys, offset, fetch](const TaskInfo&) -> Result<OperatorPtr> {
                       return OperatorPtr(
                           std::make_unique<SortOperator>(types, keys, offset, fetch));
                     },
                     {gathered}),
                 1, nullptr};
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanSort(const LogicalNode& node) {
  if (node.inputs.size() != 1) return Status::InternalError("Sort needs one input");
  return PlanTopN(node.inputs[0], node.sort_keys, node.schema, node.offset, node.fetch);
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanLimit(const LogicalNode& node) {
  if (node.inputs.size() != 1) return Status::InternalError("Limit needs one input");
  const LogicalNodePtr& input = node.inputs[0];
  if (!node.sort_keys.empty()) {
    return PlanTopN(input, node.sort_keys, node.schema, node.offset, node.fetch);
  }
  if (input->kind == LogicalNode::Kind::kSort && input->offset == 0 && !input->fetch.has_value() &&
      input->inputs.size() == 1) {
    return PlanTopN(input->inputs[0], input->sort_keys, node.schema, node.offset, node.fetch);
  }
  SLUICE_ASSIGN_OR_RETURN(Partial child, PlanNode(input));
  const int64_t offset = node.offset;
  const std::optional<int64_t> fetch = node.fetch;
  if (child.parallelism > 1 && fetch.has_value()) {
    const int64_t local_fetch = offset + *fetch;
    child.node = MakeOperatorNode(
        LimitOperator::Describe(0, local_fetch),
        [local_fetch](const TaskInfo&) -> Result<OperatorPtr> {
          return OperatorPtr(std::make_unique<LimitOperator>(0, local_fetch));
        },
        {child.node});
    child.calc = nullptr;
  }
  PhysicalNodePtr gathered = Connect(child, ExchangeKind::kGather, {}, 1);
  return Partial{MakeOperatorNode(
                     LimitOperator::Describe(offset, fetch),
                     [offset, fetch](const TaskInfo&) -> Result<OperatorPtr> {
                       return OperatorPtr(std::make_unique<LimitOperator>(offset, fetch));
                     },
                     {gathered}),
                 1, nullptr};
}

Result<PhysicalPlanner::Partial> PhysicalPlanner::PlanUnion(const LogicalNode& node) {
  if (node.inputs.empty()) return Status::InternalError("Union needs inputs");
  std::vector<Partial> children;
  int parallelism = 1;
  for (const LogicalNodePtr& input : node.inputs) {
    SLUICE_ASSIGN_OR_RETURN(Partial child, PlanNode(input));
    parallelism = std::max(parallelism, child.parallelism);
    children.push_back(std::move(child));
  }
  std::vector<PhysicalNodePtr> inputs;
  for (const Partial& child : children) {
    inputs.push_back(Connect(child, ExchangeKind::kForward, {}, parallelism));
  }
  const int num_inputs = static_cast<int>(inputs.size());
  return Partial{MakeOperatorNode(
                     "Union(all=[true])",
                     [num_inputs](const TaskInfo&) -> Result<OperatorPtr> {
                       return OperatorPtr(std::make_unique<UnionOperator>(num_inputs));
                     },
                     std::move(inputs)),
                 parallelism, nullptr};
}

}  // namespace sluice
