// UNION [ALL] / INTERSECT [ALL] / EXCEPT [ALL]: column counts must agree, each column takes the
// common type of both sides (casts are added below the set operation), names come from the left.
#include <fmt/format.h>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"
#include "types/type_casts.h"

namespace sluice {

namespace {

const char* OperatorName(sql::SetOperator op) {
  switch (op) {
    case sql::SetOperator::kUnion: return "UNION";
    case sql::SetOperator::kIntersect: return "INTERSECT";
    case sql::SetOperator::kExcept: return "EXCEPT";
  }
  return "UNION";
}

LogicalNodePtr CastProject(const LogicalNodePtr& input, const std::vector<LogicalType>& types) {
  bool same = true;
  for (size_t i = 0; i < types.size(); ++i) same = same && input->schema.types[i] == types[i];
  if (same) return input;
  auto project = std::make_shared<LogicalNode>();
  project->kind = LogicalNode::Kind::kProject;
  project->inputs.push_back(input);
  project->produces_updates = input->produces_updates;
  for (size_t i = 0; i < types.size(); ++i) {
    auto ref = MakeColumnRef(i, input->schema.types[i], input->schema.names[i]);
    project->expressions.push_back(CastExpr(ref, types[i]));
    project->schema.Add(input->schema.names[i], types[i]);
  }
  return project;
}

}  // namespace

Result<Binder::Relation> Binder::BindSetOperation(const sql::SetOperationQuery& query) {
  const char* op = OperatorName(query.op);
  if (streaming_ && query.op != sql::SetOperator::kUnion) {
    return Status::UserError(fmt::format("{} in streaming mode is not supported yet", op))
        .WithPosition(query.line, query.column);
  }
  SLUICE_ASSIGN_OR_RETURN(Relation left, BindQueryNode(*query.left));
  SLUICE_ASSIGN_OR_RETURN(Relation right, BindQueryNode(*query.right));
  if (left.scope.size() != right.scope.size()) {
    return Status::UserError(fmt::format("Column count mismatch in {}", op))
        .WithPosition(query.line, query.column);
  }
  std::vector<LogicalType> types;
  for (size_t i = 0; i < left.scope.size(); ++i) {
    auto common = CommonType(left.plan->schema.types[i], right.plan->schema.types[i]);
    if (!common.ok()) {
      return Status::UserError(fmt::format("Type mismatch in column {} of {}", i + 1, op))
          .WithPosition(query.line, query.column);
    }
    types.push_back(*common);
  }
  LogicalNodePtr l = CastProject(left.plan, types);
  LogicalNodePtr r = CastProject(right.plan, types);
  Schema schema;
  for (size_t i = 0; i < types.size(); ++i) schema.Add(left.plan->schema.names[i], types[i]);

  auto node = std::make_shared<LogicalNode>();
  node->schema = schema;
  node->produces_updates = l->produces_updates || r->produces_updates;
  if (query.op == sql::SetOperator::kUnion) {
    node->kind = LogicalNode::Kind::kUnion;
    for (const LogicalNodePtr& input : {l, r}) {
      // UNION ALL chains become one node.
      if (input->kind == LogicalNode::Kind::kUnion) {
        for (const auto& grand : input->inputs) node->inputs.push_back(grand);
      } else {
        node->inputs.push_back(input);
      }
    }
  } else {
    node->kind = LogicalNode::Kind::kSetOperation;
    node->is_intersect = query.op == sql::SetOperator::kIntersect;
    node->all = query.all;
    node->inputs = {l, r};
  }
  Relation relation;
  relation.scope = Scope::FromSchema(schema);
  relation.plan = node;
  if (query.op == sql::SetOperator::kUnion && !query.all) {
    auto distinct = std::make_shared<LogicalNode>();
    distinct->kind = LogicalNode::Kind::kAggregate;
    distinct->inputs.push_back(node);
    distinct->schema = schema;
    for (size_t i = 0; i < schema.size(); ++i) distinct->group_keys.push_back(i);
    distinct->produces_updates = node->produces_updates;
    relation.plan = distinct;
  }
  return relation;
}

}  // namespace sluice
