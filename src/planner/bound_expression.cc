#include "planner/bound_expression.h"

#include <cctype>

namespace sluice {
namespace {

// Operators printed infix as "(a op b)".
bool IsInfix(const std::string& name) {
  static const char* const kInfix[] = {"+",  "-",  "*",  "/",  "%",  "||", "=",
                                       "<>", "<",  "<=", ">",  ">=", "IS DISTINCT FROM",
                                       "IS NOT DISTINCT FROM", "LIKE", "ILIKE", "SIMILAR TO",
                                       "AND", "OR"};
  for (const char* op : kInfix) {
    if (name == op) return true;
  }
  return false;
}

// Tests printed postfix as "(a IS NULL)".
bool IsPostfix(const std::string& name) {
  return name.rfind("IS ", 0) == 0 && name != "IS DISTINCT FROM" &&
         name != "IS NOT DISTINCT FROM" && name != "IS JSON";
}

std::string JoinChildren(const std::vector<BoundExpressionPtr>& children, const char* separator,
                         size_t begin = 0) {
  std::string out;
  for (size_t i = begin; i < children.size(); ++i) {
    if (i > begin) out += separator;
    out += children[i]->ToString();
  }
  return out;
}

}  // namespace

std::string BoundExpression::ToString() const {
  switch (kind) {
    case Kind::kConstant:
      return constant.ToSqlLiteral();
    case Kind::kColumnRef:
      return column_name.empty() ? "$" + std::to_string(column_index) : column_name;
    case Kind::kCast:
      return std::string(try_cast ? "TRY_CAST(" : "CAST(") + children[0]->ToString() + " AS " +
             type.ToSummaryString() + ")";
    case Kind::kAnd:
      return "(" + JoinChildren(children, " AND ") + ")";
    case Kind::kOr:
      return "(" + JoinChildren(children, " OR ") + ")";
    case Kind::kCoalesce:
      return "COALESCE(" + JoinChildren(children, ", ") + ")";
    case Kind::kCase: {
      std::string out = "CASE";
      size_t pairs = (children.size() - (has_else ? 1 : 0)) / 2;
      for (size_t k = 0; k < pairs; ++k) {
        out += " WHEN " + children[2 * k]->ToString() + " THEN " +
               children[2 * k + 1]->ToString();
      }
      if (has_else) out += " ELSE " + children.back()->ToString();
      return out + " END";
    }
    case Kind::kCall: {
      const std::string& name = function ? function->name : std::string("?");
      if (children.size() == 2 && IsInfix(name)) {
        return "(" + children[0]->ToString() + " " + name + " " + children[1]->ToString() + ")";
      }
      if (children.size() == 1 && name == "-") return "-(" + children[0]->ToString() + ")";
      if (children.size() == 1 && name == "NOT") return "NOT(" + children[0]->ToString() + ")";
      if (children.size() == 1 && IsPostfix(name)) {
        return "(" + children[0]->ToString() + " " + name + ")";
      }
      if (name == "BETWEEN" && children.size() == 3) {
        return "(" + children[0]->ToString() + " BETWEEN " + children[1]->ToString() + " AND " +
               children[2]->ToString() + ")";
      }
      if (name == "IN" && !children.empty()) {
        return "(" + children[0]->ToString() + " IN (" + JoinChildren(children, ", ", 1) + "))";
      }
      return name + "(" + JoinChildren(children, ", ") + ")";
    }
  }
  return "?";
}

bool BoundExpression::IsConstant() const {
  if (kind == Kind::kColumnRef) return false;
  if (kind == Kind::kCall && (!function || !function->deterministic)) return false;
  for (const BoundExpressionPtr& child : children) {
    if (!child->IsConstant()) return false;
  }
  return true;
}

BoundExpressionPtr MakeConstant(Value value) {
  auto e = std::make_shared<BoundExpression>();
  e->kind = BoundExpression::Kind::kConstant;
  e->type = value.type();
  e->constant = std::move(value);
  return e;
}

BoundExpressionPtr MakeColumnRef(size_t index, LogicalType type, std::string name) {
  auto e = std::make_shared<BoundExpression>();
  e->kind = BoundExpression::Kind::kColumnRef;
  e->type = std::move(type);
  e->column_index = index;
  e->column_name = std::move(name);
  return e;
}

BoundExpressionPtr MakeCast(BoundExpressionPtr input, LogicalType target, bool try_cast) {
  auto e = std::make_shared<BoundExpression>();
  e->kind = BoundExpression::Kind::kCast;
  e->type = try_cast ? target.WithNullable(true) : std::move(target);
  e->try_cast = try_cast;
  e->children.push_back(std::move(input));
  return e;
}

BoundExpressionPtr MakeCall(std::shared_ptr<const BoundScalarFunction> function,
                            std::vector<BoundExpressionPtr> children) {
  auto e = std::make_shared<BoundExpression>();
  e->kind = BoundExpression::Kind::kCall;
  e->type = function->return_type;
  e->function = std::move(function);
  e->children = std::move(children);
  return e;
}

}  // namespace sluice
