// VALUES: rows of constants become one kValues node (each value converted to the column's
// common type); rows with other expressions become a UNION ALL of projections over a one-row
// VALUES, so that every row is still computed by the engine.
#include <fmt/format.h>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"
#include "types/type_casts.h"

namespace sluice {

namespace {

// `value` as a value of `type` when that needs no computation (same storage); nullopt else.
std::optional<Value> ConvertConstant(const Value& value, const LogicalType& type) {
  if (value.is_null()) return Value::Null(type.WithNullable(true));
  const LogicalType& from = value.type();
  if (from.WithNullable(true) == type.WithNullable(true)) return value.WithType(type);
  if (from.IsIntegral() && type.IsIntegral()) return value.WithType(type);
  if (from.IsCharacterString() && type.IsCharacterString()) return value.WithType(type);
  if (from.IsBinaryString() && type.IsBinaryString()) return value.WithType(type);
  if (from.IsIntegral() && type.id() == TypeId::kDouble) {
    return Value::Double(static_cast<double>(value.GetInt64())).WithType(type);
  }
  if (from.id() == TypeId::kFloat && type.id() == TypeId::kDouble) {
    return Value::Double(value.GetFloat()).WithType(type);
  }
  if (from.IsIntegral() && type.id() == TypeId::kDecimal) {
    Int128 unscaled = value.GetInt64();
    for (int i = 0; i < type.scale(); ++i) unscaled *= 10;
    return Value::FromInt128(type, unscaled);
  }
  if (from.id() == TypeId::kDecimal && type.id() == TypeId::kDecimal &&
      type.scale() >= from.scale()) {
    Int128 unscaled = value.GetDecimal();
    for (int i = from.scale(); i < type.scale(); ++i) unscaled *= 10;
    return Value::FromInt128(type, unscaled);
  }
  if (from.id() == TypeId::kDecimal && type.id() == TypeId::kDouble) {
    return Value::Double(value.ToDouble()).WithType(type);
  }
  if (from.id() == TypeId::kTimestamp && type.id() == TypeId::kTimestamp) {
    return value.WithType(type);
  }
  return std::nullopt;
}

}  // namespace

Result<Binder::Relation> Binder::BindValues(const sql::ValuesQuery& values) {
  ExprContext ctx;
  Scope empty;
  ctx.scope = &empty;
  ctx.clause = "VALUES";
  std::vector<std::vector<BoundExpressionPtr>> rows;
  for (const auto& row : values.rows) {
    SLUICE_ASSIGN_OR_RETURN(auto bound, BindList(row, ctx));
    if (!rows.empty() && bound.size() != rows[0].size()) {
      return Status::UserError("Values passed to VALUES operator must have compatible types")
          .WithPosition(values.line, values.column);
    }
    rows.push_back(std::move(bound));
  }
  size_t width = rows.empty() ? 0 : rows[0].size();
  Schema schema;
  for (size_t c = 0; c < width; ++c) {
    std::vector<LogicalType> types;
    for (const auto& row : rows) types.push_back(row[c]->type);
    auto common = CommonType(types);
    if (!common.ok()) {
      bool all_null = true;
      for (const auto& t : types) all_null = all_null && t.id() == TypeId::kNull;
      if (!all_null) {
        return Status::UserError("Values passed to VALUES operator must have compatible types")
            .WithPosition(values.line, values.column);
      }
      common = LogicalType::Null();
    }
    schema.Add(fmt::format("EXPR${}", c), *common);
  }
  // All constants that convert without computation: one kValues node.
  std::vector<std::vector<Value>> constant_rows;
  bool constant = true;
  for (const auto& row : rows) {
    std::vector<Value> out;
    for (size_t c = 0; c < width && constant; ++c) {
      if (row[c]->kind != BoundExpression::Kind::kConstant) {
        constant = false;
        break;
      }
      auto converted = ConvertConstant(row[c]->constant, schema.types[c]);
      if (!converted) {
        constant = false;
        break;
      }
      out.push_back(*converted);
    }
    if (!constant) break;
    constant_rows.push_back(std::move(out));
  }
  Relation relation;
  relation.scope = Scope::FromSchema(schema);
  if (constant) {
    auto node = std::make_shared<LogicalNode>();
    node->kind = LogicalNode::Kind::kValues;
    node->schema = schema;
    node->rows = std::move(constant_rows);
    relation.plan = node;
    return relation;
  }
  auto one_row = std::make_shared<LogicalNode>();
  one_row->kind = LogicalNode::Kind::kValues;
  one_row->rows.push_back({});
  auto union_node = std::make_shared<LogicalNode>();
  union_node->kind = LogicalNode::Kind::kUnion;
  union_node->schema = schema;
  for (const auto& row : rows) {
    auto project = std::make_shared<LogicalNode>();
    project->kind = LogicalNode::Kind::kProject;
    project->inputs.push_back(one_row);
    project->schema = schema;
    for (size_t c = 0; c < width; ++c) project->expressions.push_back(CastExpr(row[c], schema.types[c]));
    union_node->inputs.push_back(project);
  }
  relation.plan = union_node->inputs.size() == 1 ? union_node->inputs[0] : union_node;
  return relation;
}

}  // namespace sluice
