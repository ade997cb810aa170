// Expression binding: the dispatcher, aggregate-scope substitution, column references,
// operators and the helpers that build calls with implicit casts.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"
#include "types/type_casts.h"

namespace sluice {

namespace {

Status Positioned(Status status, const sql::Expression& expression) {
  if (status.ok() || status.has_position() || expression.line <= 0) return status;
  return status.WithPosition(expression.line, expression.column);
}

std::string TypeListForSignature(const std::vector<BoundExpressionPtr>& args) {
  std::vector<std::string> parts;
  for (const auto& arg : args) {
    parts.push_back("<" + arg->type.WithNullable(true).ToSummaryString() + ">");
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

Binder::Binder(CatalogManager& catalog, const FunctionRegistry& functions, bool streaming)
    : catalog_(catalog), functions_(functions), streaming_(streaming) {}

Result<BoundExpressionPtr> Binder::BindScalarExpression(const sql::Expression& expression,
                                                        const Scope& scope) {
  ExprContext ctx;
  ctx.scope = &scope;
  ctx.clause = "SELECT";
  return BindExpr(expression, ctx);
}

Result<BoundExpressionPtr> Binder::BindExpr(const sql::Expression& expression,
                                            const ExprContext& ctx) {
  if (ctx.aggregate != nullptr && expression.kind != sql::ExpressionKind::kLiteral) {
    const AggregateScope& agg = *ctx.aggregate;
    // An aggregate call computed by the Aggregate node.
    if (IsAggregateCall(expression)) {
      auto it = agg.calls.find(expression.ToSql());
      if (it == agg.calls.end()) {
        return Positioned(Status::InternalError("aggregate call was not collected: " +
                                                expression.ToSql()),
                          expression);
      }
      return MakeColumnRef(it->second, agg.output_types[it->second], agg.output_names[it->second]);
    }
    // A GROUP BY key (compared by its bound form over the FROM scope).
    if (!ContainsAggregate(expression)) {
      ExprContext plain;
      plain.scope = agg.input;
      plain.clause = ctx.clause;
      auto bound = BindExprInner(expression, plain);
      if (bound.ok()) {
        std::string text = ExplainExpression(**bound);
        for (size_t k = 0; k < agg.key_texts.size(); ++k) {
          if (agg.key_texts[k] == text) {
            return MakeColumnRef(k, agg.output_types[k], agg.output_names[k]);
          }
        }
        if (expression.kind == sql::ExpressionKind::kColumnRef) {
          return Positioned(Status::UserError(fmt::format(
                                "Expression '{}' is not being grouped", expression.ToSql())),
                            expression);
        }
        if (IsConstantTree(**bound)) return bound;
      } else if (expression.kind == sql::ExpressionKind::kColumnRef) {
        return Positioned(bound.status(), expression);
      }
    }
  }
  auto result = BindExprInner(expression, ctx);
  if (!result.ok()) return Positioned(result.status(), expression);
  return result;
}

Result<BoundExpressionPtr> Binder::BindExprInner(const sql::Expression& expression,
                                                 const ExprContext& ctx) {
  using K = sql::ExpressionKind;
  switch (expression.kind) {
    case K::kLiteral:
      return BindLiteral(expression.As<sql::LiteralExpression>());
    case K::kColumnRef:
      return BindColumnRef(expression.As<sql::ColumnRefExpression>(), ctx);
    case K::kStar:
      return Status::UserError("'*' is only allowed in the SELECT list and in COUNT(*)");
    case K::kUnary:
      return BindUnary(expression.As<sql::UnaryExpression>(), ctx);
    case K::kBinary:
      return BindBinary(expression.As<sql::BinaryExpression>(), ctx);
    case K::kFunctionCall:
      return BindFunctionCall(expression.As<sql::FunctionCallExpression>(), ctx);
    case K::kCase:
      return BindCase(expression.As<sql::CaseExpression>(), ctx);
    case K::kCast:
      return BindCast(expression.As<sql::CastExpression>(), ctx);
    case K::kInList:
      return BindInList(expression.As<sql::InListExpression>(), ctx);
    case K::kInSubquery:
      return Status::UserError("IN subquery is not supported yet");
    case K::kExists:
      return Status::UserError("EXISTS subquery is not supported yet");
    case K::kSubquery:
      return Status::UserError("Scalar subquery is not supported yet");
    case K::kQuantifiedComparison:
      return Status::UserError("Quantified comparison (ALL / ANY / SOME subquery) is not supported yet");
    case K::kBetween:
      return BindBetween(expression.As<sql::BetweenExpression>(), ctx);
    case K::kLike:
      return BindLike(expression.As<sql::LikeExpression>(), ctx);
    case K::kIs:
      return BindIs(expression.As<sql::IsExpression>(), ctx);
    case K::kArray:
      return BindConstructor("ARRAY", expression.As<sql::ArrayExpression>().elements, ctx);
    case K::kMap:
      return BindConstructor("MAP", expression.As<sql::MapExpression>().keys_and_values, ctx);
    case K::kRow:
      return BindConstructor("ROW", expression.As<sql::RowExpression>().fields, ctx);
    case K::kElementAccess: {
      const auto& access = expression.As<sql::ElementAccessExpression>();
      SLUICE_ASSIGN_OR_RETURN(auto base, BindExpr(*access.base, ctx));
      SLUICE_ASSIGN_OR_RETURN(auto index, BindExpr(*access.index, ctx));
      return MakeFunctionCall("ITEM", {base, index});
    }
    case K::kFieldAccess: {
      const auto& access = expression.As<sql::FieldAccessExpression>();
      SLUICE_ASSIGN_OR_RETURN(auto base, BindExpr(*access.base, ctx));
      return BindFieldAccess(base, access.field);
    }
    case K::kDescriptor:
      return Status::UserError("DESCRIPTOR is not supported yet");
    case K::kTableArgument:
      return Status::UserError("Table arguments are not supported yet");
    case K::kModelArgument:
      return Status::UserError("MODEL arguments are not supported yet");
    case K::kKeyword:
      return MakeConstant(
          Value::String(expression.As<sql::KeywordExpression>().keyword).WithType(
              LogicalType::String().NotNull()));
    case K::kGroupingSet:
      return Status::UserError("GROUPING SETS, ROLLUP and CUBE are not supported yet");
    case K::kParameter:
      return Status::UserError("Dynamic parameters are not supported yet");
  }
  return Status::InternalError("unknown expression kind");
}

Result<BoundExpressionPtr> Binder::BindColumnRef(const sql::ColumnRefExpression& ref,
                                                 const ExprContext& ctx) {
  if (ctx.scope == nullptr || ctx.scope->size() == 0) {
    return Status::UserError(fmt::format("Column '{}' not found in any table", ref.names.back()));
  }
  SLUICE_ASSIGN_OR_RETURN(ResolvedColumn resolved, ctx.scope->Resolve(ref.names));
  const ScopeColumn& column = ctx.scope->columns()[resolved.index];
  BoundExpressionPtr result = MakeColumnRef(resolved.index, column.type, column.name);
  for (const std::string& field : resolved.fields) {
    SLUICE_ASSIGN_OR_RETURN(result, BindFieldAccess(result, field));
  }
  return result;
}

Result<BoundExpressionPtr> Binder::BindFieldAccess(BoundExpressionPtr base,
                                                   const std::string& field) {
  if (base->type.id() != TypeId::kRow) {
    return Status::UserError(fmt::format("Cannot access field '{}' of a value of type {}", field,
                                         base->type.ToSummaryString()));
  }
  bool found = false;
  for (const RowField& f : base->type.fields()) found = found || f.name == field;
  if (!found) {
    return Status::UserError(fmt::format("Unknown field '{}' in {}", field,
                                         base->type.ToSummaryString()));
  }
  return MakeFunctionCall("FIELD_ACCESS",
                          {base, MakeConstant(Value::String(field).WithType(
                                     LogicalType::String().NotNull()))});
}

Result<BoundExpressionPtr> Binder::BindUnary(const sql::UnaryExpression& unary,
                                             const ExprContext& ctx) {
  // A negative numeric literal is a literal (so that -2147483648 is an INT).
  if (unary.op != sql::UnaryOperator::kNot &&
      unary.operand->kind == sql::ExpressionKind::kLiteral) {
    const auto& literal = unary.operand->As<sql::LiteralExpression>();
    if (literal.literal_kind == sql::LiteralKind::kInteger ||
        literal.literal_kind == sql::LiteralKind::kDecimal ||
        literal.literal_kind == sql::LiteralKind::kApprox) {
      if (unary.op == sql::UnaryOperator::kPlus) return BindLiteral(literal);
      sql::LiteralExpression negated;
      negated.literal_kind = literal.literal_kind;
      negated.text = "-" + literal.text;
      return BindLiteral(negated);
    }
  }
  SLUICE_ASSIGN_OR_RETURN(auto operand, BindExpr(*unary.operand, ctx));
  switch (unary.op) {
    case sql::UnaryOperator::kNot:
      return MakeNot(operand);
    case sql::UnaryOperator::kMinus:
      return MakeFunctionCall("-", {operand});
    case sql::UnaryOperator::kPlus:
      return operand;
  }
  return operand;
}

Result<BoundExpressionPtr> Binder::BindBinary(const sql::BinaryExpression& binary,
                                              const ExprContext& ctx) {
  SLUICE_ASSIGN_OR_RETURN(auto left, BindExpr(*binary.left, ctx));
  SLUICE_ASSIGN_OR_RETURN(auto right, BindExpr(*binary.right, ctx));
  using Op = sql::BinaryOperator;
  switch (binary.op) {
    case Op::kAnd:
      return MakeLogical(true, {left, right});
    case Op::kOr:
      return MakeLogical(false, {left, right});
    default:
      break;
  }
  return MakeFunctionCall(sql::BinaryOperatorSql(binary.op), {left, right});
}

Result<std::vector<BoundExpressionPtr>> Binder::BindList(const sql::ExpressionList& list,
                                                         const ExprContext& ctx) {
  std::vector<BoundExpressionPtr> out;
  for (const auto& item : list) {
    SLUICE_ASSIGN_OR_RETURN(auto bound, BindExpr(*item, ctx));
    out.push_back(std::move(bound));
  }
  return out;
}

Result<BoundExpressionPtr> Binder::MakeFunctionCall(const std::string& name,
                                                    std::vector<BoundExpressionPtr> args) {
  std::string lookup = name == "!=" ? "<>" : name;
  const ScalarFunction* function = functions_.FindScalar(lookup);
  if (function == nullptr) {
    return Status::UserError(fmt::format("No match found for function signature {}({})", name,
                                         TypeListForSignature(args)));
  }
  std::vector<LogicalType> types;
  std::vector<const Value*> constants;
  for (const auto& arg : args) {
    types.push_back(arg->type);
    constants.push_back(arg->kind == BoundExpression::Kind::kConstant ? &arg->constant : nullptr);
  }
  SLUICE_ASSIGN_OR_RETURN(BoundScalarFunction bound, function->BindWithConstants(types, constants));
  if (bound.parameter_types.size() == args.size()) {
    for (size_t i = 0; i < args.size(); ++i) {
      args[i] = CastExpr(args[i], bound.parameter_types[i]);
    }
  }
  return MakeCall(std::make_shared<const BoundScalarFunction>(std::move(bound)), std::move(args));
}

Result<BoundExpressionPtr> Binder::MakeLogical(bool is_and, std::vector<BoundExpressionPtr> args) {
  auto node = std::make_shared<BoundExpression>();
  node->kind = is_and ? BoundExpression::Kind::kAnd : BoundExpression::Kind::kOr;
  bool nullable = false;
  for (auto& arg : args) {
    if (arg->type.id() == TypeId::kNull) arg = CastExpr(arg, LogicalType::Boolean());
    if (arg->type.id() != TypeId::kBoolean) {
      std::vector<std::string> parts;
      for (const auto& a : args) parts.push_back("<" + a->type.WithNullable(true).ToSummaryString() + ">");
      const char* op = is_and ? "AND" : "OR";
      return Status::UserError(fmt::format(
          "Cannot apply '{}' to arguments of type '{}'. Supported form(s): '<BOOLEAN> {} "
          "<BOOLEAN>'",
          op, fmt::join(parts, fmt::format(" {} ", op)), op));
    }
    nullable = nullable || arg->type.nullable();
    if (arg->kind == node->kind) {
      for (const auto& child : arg->children) node->children.push_back(child);
    } else {
      node->children.push_back(arg);
    }
  }
  node->type = LogicalType::Boolean().WithNullable(nullable);
  return BoundExpressionPtr(node);
}

Result<BoundExpressionPtr> Binder::MakeNot(BoundExpressionPtr operand) {
  return MakeFunctionCall("NOT", {std::move(operand)});
}

}  // namespace sluice
