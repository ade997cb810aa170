// Binder: turns a parsed query or INSERT (sql/parser AST) into a typed LogicalPlan, resolving
// names against the catalog with Flink's (Calcite's) rules and inferring every expression's type
// through the FunctionRegistry.
//
// What it does, by clause: FROM (tables, views, CTEs, derived tables, joins with equi-key
// extraction), WHERE, GROUP BY / HAVING / aggregates with Flink's grouping validation, SELECT
// (with `*` / `t.*` expansion), DISTINCT, ORDER BY (by name, alias, position or expression),
// LIMIT / OFFSET, UNION [ALL] / INTERSECT / EXCEPT, VALUES, INSERT INTO with implicit casts to
// the sink's types. Constructs that are not implemented are user errors of the form
// "<construct> is not supported yet". Errors carry the line and column of the offending
// expression when known. Error texts follow Flink / Calcite: tests match on them.
//
// Streaming mode (`streaming` = true) applies Flink's streaming restrictions (sorting only on a
// time attribute, no INTERSECT / EXCEPT) and sets LogicalNode::produces_updates as Flink's
// changelog inference does.
//
// Ownership and threading: the binder borrows the catalog and the registry (both must outlive
// it); use one binder per statement, from one thread.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "catalog/catalog_manager.h"
#include "common/status.h"
#include "function/function_registry.h"
#include "planner/binder/scope.h"
#include "planner/bound_expression.h"
#include "planner/logical_plan.h"
#include "sql/parser/ast_expression.h"
#include "sql/parser/ast_query.h"
#include "sql/parser/ast_statement.h"

namespace sluice {

class Binder {
 public:
  Binder(CatalogManager& catalog, const FunctionRegistry& functions, bool streaming);

  // A query (SELECT, set operation, VALUES, with WITH / ORDER BY / LIMIT). The root's schema is
  // the result: its names are the result column names.
  Result<LogicalNodePtr> BindQuery(const sql::QueryNode& query);
  // INSERT [OVERWRITE] INTO t [(columns)] query: a kSink whose input delivers the sink's
  // physical columns, in order, with the sink's types.
  Result<LogicalNodePtr> BindInsert(const sql::InsertStatement& insert);
  // One expression over the columns of `scope` (no aggregates): for tests and for expressions
  // stored as text (computed columns, watermarks).
  Result<BoundExpressionPtr> BindScalarExpression(const sql::Expression& expression,
                                                  const Scope& scope);

  bool streaming() const { return streaming_; }

 private:
  // A bound relation: its plan and the names its columns can be referred to by.
  struct Relation {
    LogicalNodePtr plan;
    Scope scope;
  };

  // Aggregate outputs visible to SELECT / HAVING / ORDER BY of a grouped query.
  struct AggregateScope {
    const Scope* input = nullptr;           // the FROM scope
    std::vector<std::string> key_texts;     // canonical text of each GROUP BY key over `input`
    std::map<std::string, size_t> calls;    // aggregate call SQL text -> output column
    std::vector<LogicalType> output_types;  // the aggregate's output row
    std::vector<std::string> output_names;
  };

  struct ExprContext {
    const Scope* scope = nullptr;
    const char* clause = "SELECT";  // for "Aggregate expression is illegal in WHERE clause"
    const AggregateScope* aggregate = nullptr;
  };

  // ---- Queries (bind_select.cc, bind_set_operation.cc, bind_values.cc) ----
  Result<Relation> BindQueryNode(const sql::QueryNode& query);
  Result<Relation> BindSelect(const sql::SelectQuery& select);
  Result<Relation> BindSetOperation(const sql::SetOperationQuery& query);
  Result<Relation> BindValues(const sql::ValuesQuery& values);

  // ---- FROM (bind_from.cc, bind_join.cc) ----
  Result<Relation> BindTableRef(const sql::TableRef& ref);
  Result<Relation> BindNamedTable(const sql::NamedTableRef& ref);
  Result<Relation> BindCatalogTable(const ObjectIdentifier& id, const CatalogTable& table,
                                    const std::vector<std::string>& qualifier);
  Result<Relation> BindView(const ObjectIdentifier& id, const CatalogView& view,
                            const std::vector<std::string>& qualifier);
  Result<Relation> BindJoin(const sql::JoinTableRef& join);
  Status ApplyColumnAliases(const sql::TableRef& ref, Relation* relation);

  // ---- Aggregation (bind_aggregate.cc) ----
  bool IsAggregateCall(const sql::Expression& expression) const;
  void CollectAggregateCalls(const sql::Expression& expression,
                             std::vector<const sql::FunctionCallExpression*>* calls) const;
  bool ContainsAggregate(const sql::Expression& expression) const;
  // Builds Project(keys, aggregate arguments) -> Aggregate over `input`; fills `aggregate`.
  Result<LogicalNodePtr> BuildAggregate(const sql::SelectQuery& select, const Relation& input,
                                        AggregateScope* aggregate);

  // ---- ORDER BY / LIMIT (bind_order_limit.cc) ----
  // Sort / Limit over `relation` whose first `visible` columns are the result; the rest (hidden
  // ORDER BY expressions) are projected away at the end.
  Result<Relation> ApplyOrderLimit(Relation relation, const std::vector<SortKey>& keys,
                                   const sql::QueryNode& query, size_t visible);
  Result<SortKey> SortKeyFor(const sql::OrderItem& item, size_t column) const;
  // ORDER BY for a query whose ORDER BY may only name result columns (set operations, VALUES).
  Result<Relation> BindOutputOrderLimit(Relation relation, const sql::QueryNode& query);
  Result<int64_t> BindCount(const sql::Expression& expression, const char* clause);
  Status CheckStreamingSort(const Relation& relation, const std::vector<SortKey>& keys,
                            bool has_limit) const;

  // ---- Expressions (bind_expression.cc, bind_expression_forms.cc, bind_literal.cc) ----
  Result<BoundExpressionPtr> BindExpr(const sql::Expression& expression, const ExprContext& ctx);
  Result<BoundExpressionPtr> BindExprInner(const sql::Expression& expression,
                                           const ExprContext& ctx);
  Result<BoundExpressionPtr> BindColumnRef(const sql::ColumnRefExpression& ref,
                                           const ExprContext& ctx);
  Result<BoundExpressionPtr> BindFieldAccess(BoundExpressionPtr base, const std::string& field);
  Result<BoundExpressionPtr> BindLiteral(const sql::LiteralExpression& literal);
  Result<BoundExpressionPtr> BindUnary(const sql::UnaryExpression& unary, const ExprContext& ctx);
  Result<BoundExpressionPtr> BindBinary(const sql::BinaryExpression& binary,
                                        const ExprContext& ctx);
  Result<BoundExpressionPtr> BindFunctionCall(const sql::FunctionCallExpression& call,
                                              const ExprContext& ctx);
  Result<BoundExpressionPtr> BindCase(const sql::CaseExpression& expression,
                                      const ExprContext& ctx);
  Result<BoundExpressionPtr> BindCast(const sql::CastExpression& cast, const ExprContext& ctx);
  Result<BoundExpressionPtr> BindInList(const sql::InListExpression& in, const ExprContext& ctx);
  Result<BoundExpressionPtr> BindBetween(const sql::BetweenExpression& between,
                                         const ExprContext& ctx);
  Result<BoundExpressionPtr> BindLike(const sql::LikeExpression& like, const ExprContext& ctx);
  Result<BoundExpressionPtr> BindIs(const sql::IsExpression& is, const ExprContext& ctx);
  Result<BoundExpressionPtr> BindConstructor(const char* name, const sql::ExpressionList& items,
                                             const ExprContext& ctx);
  // Binds arguments in order.
  Result<std::vector<BoundExpressionPtr>> BindList(const sql::ExpressionList& list,
                                                   const ExprContext& ctx);
  // A call of the registry function `name`, with the arguments cast to the chosen overload.
  Result<BoundExpressionPtr> MakeFunctionCall(const std::string& name,
                                              std::vector<BoundExpressionPtr> args);
  // kAnd / kOr of boolean operands (nested ones of the same kind are flattened).
  Result<BoundExpressionPtr> MakeLogical(bool is_and, std::vector<BoundExpressionPtr> args);
  Result<BoundExpressionPtr> MakeNot(BoundExpressionPtr operand);
  // CASE / COALESCE with the results cast to their common type.
  Result<BoundExpressionPtr> MakeCase(std::vector<BoundExpressionPtr> conditions,
                                      std::vector<BoundExpressionPtr> results,
                                      BoundExpressionPtr else_result);
  Result<BoundExpressionPtr> MakeCoalesce(std::vector<BoundExpressionPtr> args);

  // ---- INSERT (bind_insert.cc) ----
  Result<LogicalNodePtr> CastToSink(const ObjectIdentifier& id, const CatalogTable& table,
                                    const std::vector<std::string>& column_list, Relation query);

  CatalogManager& catalog_;
  const FunctionRegistry& functions_;
  bool streaming_;
  // WITH clauses in scope, innermost last.
  std::vector<std::map<std::string, const sql::CommonTableExpression*>> ctes_;
  int view_depth_ = 0;
};

}  // namespace sluice
