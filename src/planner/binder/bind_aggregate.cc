// Grouped queries: GROUP BY keys and aggregate calls (from SELECT, HAVING and ORDER BY) become
// Project(keys, arguments) -> Aggregate; the select list then reads the aggregate's output.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"

namespace sluice {

namespace {

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// Visits the direct sub-expressions of an AST node (not into subqueries).
void ForEachChild(const sql::Expression& e, const std::function<void(const sql::Expression&)>& f) {
  using K = sql::ExpressionKind;
  auto visit = [&](const sql::ExpressionPtr& p) {
    if (p) f(*p);
  };
  switch (e.kind) {
    case K::kUnary: visit(e.As<sql::UnaryExpression>().operand); break;
    case K::kBinary:
      visit(e.As<sql::BinaryExpression>().left);
      visit(e.As<sql::BinaryExpression>().right);
      break;
    case K::kFunctionCall:
      for (const auto& a : e.As<sql::FunctionCallExpression>().arguments) visit(a.value);
      visit(e.As<sql::FunctionCallExpression>().filter);
      break;
    case K::kCase: {
      const auto& c = e.As<sql::CaseExpression>();
      visit(c.operand);
      for (const auto& w : c.when_clauses) {
        visit(w.condition);
        visit(w.result);
      }
      visit(c.else_result);
      break;
    }
    case K::kCast: visit(e.As<sql::CastExpression>().operand); break;
    case K::kInList:
      visit(e.As<sql::InListExpression>().operand);
      for (const auto& v : e.As<sql::InListExpression>().values) visit(v);
      break;
    case K::kInSubquery: visit(e.As<sql::InSubqueryExpression>().operand); break;
    case K::kBetween:
      visit(e.As<sql::BetweenExpression>().operand);
      visit(e.As<sql::BetweenExpression>().low);
      visit(e.As<sql::BetweenExpression>().high);
      break;
    case K::kLike:
      visit(e.As<sql::LikeExpression>().operand);
      visit(e.As<sql::LikeExpression>().pattern);
      visit(e.As<sql::LikeExpression>().escape);
      break;
    case K::kIs: visit(e.As<sql::IsExpression>().operand); break;
    case K::kArray:
      for (const auto& v : e.As<sql::ArrayExpression>().elements) visit(v);
      break;
    case K::kMap:
      for (const auto& v : e.As<sql::MapExpression>().keys_and_values) visit(v);
      break;
    case K::kRow:
      for (const auto& v : e.As<sql::RowExpression>().fields) visit(v);
      break;
    case K::kElementAccess:
      visit(e.As<sql::ElementAccessExpression>().base);
      visit(e.As<sql::ElementAccessExpression>().index);
      break;
    case K::kFieldAccess: visit(e.As<sql::FieldAccessExpression>().base); break;
    default: break;
  }
}

}  // namespace

bool Binder::IsAggregateCall(const sql::Expression& expression) const {
  if (expression.kind != sql::ExpressionKind::kFunctionCall) return false;
  const auto& call = expression.As<sql::FunctionCallExpression>();
  if (call.over != nullptr || call.name.size() != 1) return false;
  return functions_.FindAggregate(Upper(call.function_name())) != nullptr;
}

void Binder::CollectAggregateCalls(const sql::Expression& expression,
                                   std::vector<const sql::FunctionCallExpression*>* calls) const {
  if (IsAggregateCall(expression)) {
    calls->push_back(&expression.As<sql::FunctionCallExpression>());
    return;
  }
  ForEachChild(expression, [&](const sql::Expression& child) { CollectAggregateCalls(child, calls); });
}

bool Binder::ContainsAggregate(const sql::Expression& expression) const {
  std::vector<const sql::FunctionCallExpression*> calls;
  CollectAggregateCalls(expression, &calls);
  return !calls.empty();
}

Result<LogicalNodePtr> Binder::BuildAggregate(const sql::SelectQuery& select,
                                              const Relation& input, AggregateScope* agg) {
  ExprContext ctx;
  ctx.scope = &input.scope;
  ctx.clause = "GROUP BY";
  agg->input = &input.scope;

  // The pre-projection: keys first, then the aggregate arguments (deduplicated).
  std::vector<BoundExpressionPtr> pre;
  std::vector<std::string> pre_names;
  std::vector<std::string> pre_texts;
  auto add_pre = [&](const BoundExpressionPtr& e, const std::string& name) -> size_t {
    std::string text = ExplainExpression(*e);
    for (size_t i = 0; i < pre_texts.size(); ++i) {
      if (pre_texts[i] == text) return i;
    }
    pre.push_back(e);
    pre_texts.push_back(text);
    pre_names.push_back(name.empty() ? fmt::format("$f{}", pre.size() - 1) : name);
    return pre.size() - 1;
  };
  std::vector<std::string> key_names;
  for (const auto& g : select.group_by) {
    if (g->kind == sql::ExpressionKind::kGroupingSet) {
      return Status::UserError("GROUPING SETS, ROLLUP and CUBE are not supported yet")
          .WithPosition(g->line, g->column);
    }
    if (g->kind == sql::ExpressionKind::kRow && g->As<sql::RowExpression>().implicit &&
        g->As<sql::RowExpression>().fields.empty()) {
      continue;  // GROUP BY ()
    }
    SLUICE_ASSIGN_OR_RETURN(auto key, BindExpr(*g, ctx));
    std::string name = key->kind == BoundExpression::Kind::kColumnRef ? key->column_name : "";
    size_t before = pre.size();
    size_t index = add_pre(key, name);
    if (index == before) {
      agg->key_texts.push_back(pre_texts[index]);
      key_names.push_back(pre_names[index]);
    }
  }
  size_t key_count = pre.size();

  std::vector<const sql::FunctionCallExpression*> calls;
  for (const auto& item : select.items) {
    if (item.expression->kind != sql::ExpressionKind::kStar) {
      CollectAggregateCalls(*item.expression, &calls);
    }
  }
  if (select.having) CollectAggregateCalls(*select.having, &calls);
  for (const auto& item : select.order_by) CollectAggregateCalls(*item.expression, &calls);

  std::vector<AggregateCall> aggregate_calls;
  std::vector<std::string> call_texts;
  ctx.clause = "SELECT";
  for (const sql::FunctionCallExpression* call : calls) {
    std::string text = call->ToSql();
    if (std::find(call_texts.begin(), call_texts.end(), text) != call_texts.end()) continue;
    std::string name = Upper(call->function_name());
    std::vector<BoundExpressionPtr> args;
    for (const auto& arg : call->arguments) {
      if (arg.value->kind == sql::ExpressionKind::kStar) {
        if (name != "COUNT" || call->arguments.size() != 1) {
          return Status::UserError(fmt::format("'*' is not allowed in {}", name))
              .WithPosition(call->line, call->column);
        }
        continue;
      }
      if (ContainsAggregate(*arg.value)) {
        return Status::UserError("Aggregate expressions cannot be nested")
            .WithPosition(arg.value->line, arg.value->column);
      }
      SLUICE_ASSIGN_OR_RETURN(auto bound, BindExpr(*arg.value, ctx));
      args.push_back(bound);
    }
    if (call->over != nullptr) return Status::UserError("OVER windows are not supported yet");
    const AggregateFunction* function = functions_.FindAggregate(name);
    std::vector<LogicalType> types;
    for (const auto& a : args) types.push_back(a->type);
    auto bound = function->Bind(types, call->distinct);
    if (!bound.ok()) return bound.status().WithPosition(call->line, call->column);
    AggregateCall out;
    out.function = *bound;
    out.distinct = call->distinct;
    const auto& params = out.function->parameter_types();
    std::vector<std::string> arg_texts;
    for (size_t i = 0; i < args.size(); ++i) {
      BoundExpressionPtr a = i < params.size() ? CastExpr(args[i], params[i]) : args[i];
      size_t index = add_pre(a, a->kind == BoundExpression::Kind::kColumnRef ? a->column_name : "");
      out.arguments.push_back(index);
      arg_texts.push_back(fmt::format("${}", index));
    }
    if (call->filter) {
      ExprContext filter_ctx = ctx;
      filter_ctx.clause = "FILTER";
      SLUICE_ASSIGN_OR_RETURN(auto condition, BindExpr(*call->filter, filter_ctx));
      if (condition->type.id() != TypeId::kBoolean) {
        return Status::UserError("FILTER clause must be a condition")
            .WithPosition(call->filter->line, call->filter->column);
      }
      out.filter_column = add_pre(condition, "");
    }
    out.name = fmt::format("{}({}{})", name, call->distinct ? "DISTINCT " : "",
                           fmt::join(arg_texts, ", "));
    agg->calls[text] = key_count + aggregate_calls.size();
    call_texts.push_back(text);
    aggregate_calls.push_back(std::move(out));
  }

  auto project = std::make_shared<LogicalNode>();
  project->kind = LogicalNode::Kind::kProject;
  project->inputs.push_back(input.plan);
  project->expressions = pre;
  project->produces_updates = input.plan->produces_updates;
  for (size_t i = 0; i < pre.size(); ++i) project->schema.Add(pre_names[i], pre[i]->type);

  auto node = std::make_shared<LogicalNode>();
  node->kind = LogicalNode::Kind::kAggregate;
  node->inputs.push_back(project);
  for (size_t k = 0; k < key_count; ++k) {
    node->group_keys.push_back(k);
    node->schema.Add(pre_names[k], pre[k]->type);
  }
  for (size_t j = 0; j < aggregate_calls.size(); ++j) {
    node->schema.Add(fmt::format("EXPR${}", key_count + j),
                     aggregate_calls[j].function->return_type());
  }
  node->aggregates = std::move(aggregate_calls);
  node->produces_updates =
      streaming_ && (!node->aggregates.empty() || key_count == 0 || input.plan->produces_updates);
  agg->output_types = node->schema.types;
  agg->output_names = node->schema.names;
  return LogicalNodePtr(node);
}

}  // namespace sluice
