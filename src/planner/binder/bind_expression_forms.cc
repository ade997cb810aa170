// Function calls and the expression forms with their own syntax: CASE, COALESCE, IF, NULLIF,
// CAST / TRY_CAST, IN lists, BETWEEN, LIKE, IS ..., and the ARRAY / MAP / ROW constructors.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "planner/binder/binder.h"
#include "planner/expression_builders.h"
#include "types/type_casts.h"

namespace sluice {

namespace {

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

BoundExpressionPtr StringConstant(const std::string& text) {
  return MakeConstant(Value::String(text).WithType(LogicalType::String().NotNull()));
}

bool IsWindowTableFunction(const std::string& name) {
  return name == "TUMBLE" || name == "HOP" || name == "CUMULATE" || name == "SESSION";
}

}  // namespace

Result<BoundExpressionPtr> Binder::BindFunctionCall(const sql::FunctionCallExpression& call,
                                                    const ExprContext& ctx) {
  std::string name = Upper(call.function_name());
  if (call.over != nullptr) return Status::UserError("OVER windows are not supported yet");
  if (call.name.size() > 1) {
    return Status::UserError(
        fmt::format("Catalog function '{}' is not supported yet", call.ToSql()));
  }
  if (IsAggregateCall(call)) {
    return Status::UserError(
        fmt::format("Aggregate expression is illegal in {} clause", ctx.clause));
  }
  if (call.filter != nullptr) {
    return Status::UserError(
        fmt::format("FILTER is only allowed on aggregate functions, not on {}", name));
  }
  for (const auto& arg : call.arguments) {
    if (!arg.name.empty()) return Status::UserError("Named arguments are not supported yet");
  }
  if (name == "ML_PREDICT" || name == "ML_EVALUATE") {
    return Status::UserError(fmt::format("{} is not supported yet", name));
  }
  if (IsWindowTableFunction(name)) {
    return Status::UserError(
        fmt::format("Window table-valued function {} is not supported yet", name));
  }
  std::vector<BoundExpressionPtr> args;
  for (const auto& arg : call.arguments) {
    SLUICE_ASSIGN_OR_RETURN(auto bound, BindExpr(*arg.value, ctx));
    args.push_back(std::move(bound));
  }
  switch (call.syntax) {
    case sql::FunctionSyntax::kTrim: {
      // [flag, chars, x] with defaults filled by the parser where omitted.
      std::string flag = "BOTH";
      std::vector<BoundExpressionPtr> rest;
      for (size_t i = 0; i < call.arguments.size(); ++i) {
        if (call.arguments[i].value->kind == sql::ExpressionKind::kKeyword) {
          flag = call.arguments[i].value->As<sql::KeywordExpression>().keyword;
        } else {
          rest.push_back(args[i]);
        }
      }
      std::vector<BoundExpressionPtr> trim_args;
      if (rest.size() == 2) trim_args = {rest[1], rest[0]};  // TRIM(chars FROM s) -> (s, chars)
      else trim_args = rest;
      const char* fn = flag == "LEADING" ? "LTRIM" : flag == "TRAILING" ? "RTRIM" : "TRIM";
      return MakeFunctionCall(fn, std::move(trim_args));
    }
    case sql::FunctionSyntax::kFloorCeil:
      return MakeFunctionCall(name, std::move(args));  // (x, 'UNIT')
    default:
      break;
  }
  if (name == "COALESCE") {
    if (args.empty()) return Status::UserError("Invalid number of arguments to function 'COALESCE'");
    return MakeCoalesce(std::move(args));
  }
  if (name == "IF") {
    if (args.size() != 3) {
      return Status::UserError(
          "Invalid number of arguments to function 'IF'. Was expecting 3 arguments");
    }
    return MakeCase({args[0]}, {args[1]}, args[2]);
  }
  if (name == "NULLIF" && functions_.FindScalar("NULLIF") == nullptr && args.size() == 2) {
    SLUICE_ASSIGN_OR_RETURN(auto equal, MakeFunctionCall("=", {args[0], args[1]}));
    return MakeCase({equal}, {MakeConstant(Value::Null(args[0]->type.WithNullable(true)))},
                    args[0]);
  }
  BoundExpressionPtr result;
  if (call.returning_type.has_value()) {
    SLUICE_ASSIGN_OR_RETURN(result, MakeFunctionCall(name, std::move(args)));
    return CastExpr(result, *call.returning_type);
  }
  // Looked up case-insensitively; an unknown name is reported as written.
  return MakeFunctionCall(call.function_name(), std::move(args));
}

Result<BoundExpressionPtr> Binder::MakeCase(std::vector<BoundExpressionPtr> conditions,
                                            std::vector<BoundExpressionPtr> results,
                                            BoundExpressionPtr else_result) {
  std::vector<LogicalType> types;
  for (const auto& r : results) types.push_back(r->type);
  if (else_result) types.push_back(else_result->type);
  bool all_null = std::all_of(types.begin(), types.end(),
                              [](const LogicalType& t) { return t.id() == TypeId::kNull; });
  LogicalType common = LogicalType::Null();
  if (!all_null) {
    auto merged = CommonType(types);
    if (!merged.ok()) {
      std::vector<std::string> names;
      for (const auto& t : types) names.push_back(t.ToSummaryString());
      return Status::UserError(fmt::format("Illegal mixing of types in CASE or COALESCE statement"));
    }
    common = *merged;
  }
  if (!else_result) common = common.WithNullable(true);
  auto node = std::make_shared<BoundExpression>();
  node->kind = BoundExpression::Kind::kCase;
  node->type = common;
  node->has_else = else_result != nullptr;
  for (size_t i = 0; i < conditions.size(); ++i) {
    BoundExpressionPtr condition = conditions[i];
    if (condition->type.id() == TypeId::kNull) condition = CastExpr(condition, LogicalType::Boolean());
    if (condition->type.id() != TypeId::kBoolean) {
      return Status::UserError(fmt::format(
          "Expected a boolean type for the WHEN condition, but got {}",
          condition->type.ToSummaryString()));
    }
    node->children.push_back(condition);
    node->children.push_back(CastExpr(results[i], common));
  }
  if (else_result) node->children.push_back(CastExpr(else_result, common));
  return BoundExpressionPtr(node);
}

Result<BoundExpressionPtr> Binder::MakeCoalesce(std::vector<BoundExpressionPtr> args) {
  std::vector<LogicalType> types;
  for (const auto& a : args) types.push_back(a->type);
  auto merged = CommonType(types);
  if (!merged.ok()) {
    if (std::all_of(types.begin(), types.end(),
                    [](const LogicalType& t) { return t.id() == TypeId::kNull; })) {
      return MakeConstant(Value());
    }
    return Status::UserError("Illegal mixing of types in CASE or COALESCE statement");
  }
  bool nullable = true;
  for (const auto& t : types) nullable = nullable && t.nullable();
  LogicalType common = merged->WithNullable(nullable);
  if (args.size() == 1) return CastExpr(args[0], common);
  auto node = std::make_shared<BoundExpression>();
  node->kind = BoundExpression::Kind::kCoalesce;
  node->type = common;
  for (auto& a : args) node->children.push_back(CastExpr(a, merged->WithNullable(a->type.nullable())));
  return BoundExpressionPtr(node);
}

Result<BoundExpressionPtr> Binder::BindCase(const sql::CaseExpression& expression,
                                            const ExprContext& ctx) {
  BoundExpressionPtr operand;
  if (expression.operand) {
    SLUICE_ASSIGN_OR_RETURN(operand, BindExpr(*expression.operand, ctx));
  }
  std::vector<BoundExpressionPtr> conditions;
  std::vector<BoundExpressionPtr> results;
  for (const auto& when : expression.when_clauses) {
    SLUICE_ASSIGN_OR_RETURN(auto condition, BindExpr(*when.condition, ctx));
    if (operand) {
      SLUICE_ASSIGN_OR_RETURN(condition, MakeFunctionCall("=", {operand, condition}));
    }
    SLUICE_ASSIGN_OR_RETURN(auto result, BindExpr(*when.result, ctx));
    conditions.push_back(condition);
    results.push_back(result);
  }
  BoundExpressionPtr else_result;
  if (expression.else_result) {
    SLUICE_ASSIGN_OR_RETURN(else_result, BindExpr(*expression.else_result, ctx));
  }
  return MakeCase(std::move(conditions), std::move(results), std::move(else_result));
}

Result<BoundExpressionPtr> Binder::BindCast(const sql::CastExpression& cast,
                                            const ExprContext& ctx) {
  SLUICE_ASSIGN_OR_RETURN(auto operand, BindExpr(*cast.operand, ctx));
  const LogicalType& source = operand->type;
  if (source.id() == TypeId::kNull) {
    return MakeConstant(Value::Null(cast.target.WithNullable(true)));
  }
  if (!SupportsExplicitCast(source, cast.target)) {
    return Status::UserError(fmt::format("Cast function cannot convert value of type {} to type {}",
                                         source.ToSummaryString(),
                                         cast.target.ToSummaryString()));
  }
  LogicalType target = cast.try_cast ? cast.target.WithNullable(true)
                                     : cast.target.WithNullable(source.nullable());
  auto node = std::make_shared<BoundExpression>();
  node->kind = BoundExpression::Kind::kCast;
  node->type = target;
  node->try_cast = cast.try_cast;
  node->children.push_back(operand);
  return BoundExpressionPtr(node);
}

Result<BoundExpressionPtr> Binder::BindInList(const sql::InListExpression& in,
                                              const ExprContext& ctx) {
  SLUICE_ASSIGN_OR_RETURN(auto operand, BindExpr(*in.operand, ctx));
  std::vector<BoundExpressionPtr> args{operand};
  SLUICE_ASSIGN_OR_RETURN(auto values, BindList(in.values, ctx));
  for (auto& v : values) args.push_back(std::move(v));
  SLUICE_ASSIGN_OR_RETURN(auto result, MakeFunctionCall("IN", std::move(args)));
  if (in.negated) return MakeNot(result);
  return result;
}

Result<BoundExpressionPtr> Binder::BindBetween(const sql::BetweenExpression& between,
                                               const ExprContext& ctx) {
  SLUICE_ASSIGN_OR_RETURN(auto operand, BindExpr(*between.operand, ctx));
  SLUICE_ASSIGN_OR_RETURN(auto low, BindExpr(*between.low, ctx));
  SLUICE_ASSIGN_OR_RETURN(auto high, BindExpr(*between.high, ctx));
  SLUICE_ASSIGN_OR_RETURN(auto result, MakeFunctionCall("BETWEEN", {operand, low, high}));
  if (between.symmetric) {
    SLUICE_ASSIGN_OR_RETURN(auto swapped, MakeFunctionCall("BETWEEN", {operand, high, low}));
    SLUICE_ASSIGN_OR_RETURN(result, MakeLogical(false, {result, swapped}));
  }
  if (between.negated) return MakeNot(result);
  return result;
}

Result<BoundExpressionPtr> Binder::BindLike(const sql::LikeExpression& like,
                                            const ExprContext& ctx) {
  SLUICE_ASSIGN_OR_RETURN(auto operand, BindExpr(*like.operand, ctx));
  SLUICE_ASSIGN_OR_RETURN(auto pattern, BindExpr(*like.pattern, ctx));
  std::vector<BoundExpressionPtr> args{operand, pattern};
  if (like.escape) {
    SLUICE_ASSIGN_OR_RETURN(auto escape, BindExpr(*like.escape, ctx));
    args.push_back(escape);
  }
  const char* name = like.op == sql::LikeOperator::kLike    ? "LIKE"
                     : like.op == sql::LikeOperator::kILike ? "ILIKE"
                                                            : "SIMILAR TO";
  SLUICE_ASSIGN_OR_RETURN(auto result, MakeFunctionCall(name, std::move(args)));
  if (like.negated) return MakeNot(result);
  return result;
}

Result<BoundExpressionPtr> Binder::BindIs(const sql::IsExpression& is, const ExprContext& ctx) {
  SLUICE_ASSIGN_OR_RETURN(auto operand, BindExpr(*is.operand, ctx));
  switch (is.test) {
    case sql::IsTest::kNull:
    case sql::IsTest::kUnknown:
      return MakeFunctionCall(is.negated ? "IS NOT NULL" : "IS NULL", {operand});
    case sql::IsTest::kTrue:
      return MakeFunctionCall(is.negated ? "IS NOT TRUE" : "IS TRUE", {operand});
    case sql::IsTest::kFalse:
      return MakeFunctionCall(is.negated ? "IS NOT FALSE" : "IS FALSE", {operand});
    case sql::IsTest::kJson: {
      std::vector<BoundExpressionPtr> args{operand};
      switch (is.json_type) {
        case sql::JsonTypeTest::kAny: break;
        case sql::JsonTypeTest::kValue: args.push_back(StringConstant("VALUE")); break;
        case sql::JsonTypeTest::kArray: args.push_back(StringConstant("ARRAY")); break;
        case sql::JsonTypeTest::kObject: args.push_back(StringConstant("OBJECT")); break;
        case sql::JsonTypeTest::kScalar: args.push_back(StringConstant("SCALAR")); break;
      }
      SLUICE_ASSIGN_OR_RETURN(auto result, MakeFunctionCall("IS JSON", std::move(args)));
      if (is.negated) return MakeNot(result);
      return result;
    }
  }
  return Status::InternalError("unknown IS test");
}

Result<BoundExpressionPtr> Binder::BindConstructor(const char* name,
                                                   const sql::ExpressionList& items,
                                                   const ExprContext& ctx) {
  SLUICE_ASSIGN_OR_RETURN(auto args, BindList(items, ctx));
  return MakeFunctionCall(name, std::move(args));
}

}  // namespace sluice
