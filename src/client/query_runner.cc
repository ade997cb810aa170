#include "client/query_runner.h"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "client/result_conversion.h"
#include "client/result_table_builder.h"
#include "exec/expression/expression_evaluator.h"
#include "function/function_registry.h"
#include "planner/binder/binder.h"
#include "planner/optimizer/optimizer.h"
#include "runtime/job.h"
#include "sql/parser/ast_query.h"

namespace sluice {
namespace {

KernelContext MakeKernelContext(const SessionConfig& config) {
  KernelContext context;
  context.statement_start_micros = std::chrono::duration_cast<std::chrono::microseconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count();
  context.session_time_zone = config.Get("table.local-time-zone", "UTC");
  context.random_seed = static_cast<uint64_t>(context.statement_start_micros);
  return context;
}

}  // namespace

QueryRunner::QueryRunner(CatalogManager& catalog, const SessionConfig& config,
                         const std::atomic<bool>& cancel_requested)
    : catalog_(catalog), config_(config), cancel_requested_(cancel_requested) {}

bool QueryRunner::streaming() const {
  return config_.Get("execution.runtime-mode", "streaming") == "streaming";
}

int QueryRunner::parallelism() const {
  const std::string value = config_.Get("parallelism.default");
  if (!value.empty()) return std::max(1, std::atoi(value.c_str()));
  return std::max(1u, std::thread::hardware_concurrency());
}

Result<LogicalNodePtr> QueryRunner::Optimize(LogicalNodePtr plan) const {
  OptimizerOptions options;
  const KernelContext context = MakeKernelContext(config_);
  options.fold_constant = [context](const BoundExpression& expression) {
    return EvaluateConstant(expression, context);
  };
  return sluice::Optimize(std::move(plan), options);
}

Result<LogicalNodePtr> QueryRunner::PlanStatement(const sql::Statement& statement) {
  Binder binder(catalog_, FunctionRegistry::Builtins(), streaming());
  switch (statement.kind) {
    case sql::StatementKind::kQuery:
      return binder.BindQuery(*statement.As<sql::QueryStatement>().query);
    case sql::StatementKind::kInsert:
      return binder.BindInsert(statement.As<sql::InsertStatement>());
    default:
      return Status::UserError(fmt::format("{} cannot be planned as a query.",
                                           sql::StatementKindName(statement.kind)));
  }
}

Result<StatementResult> QueryRunner::RunQuery(const sql::QueryStatement& statement,
                                              const RowsCallback& on_rows) {
  SLUICE_ASSIGN_OR_RETURN(LogicalNodePtr plan, PlanStatement(statement));
  SLUICE_ASSIGN_OR_RETURN(plan, Optimize(std::move(plan)));
  const bool with_row_kinds = streaming();
  JobOptions options;
  options.streaming = streaming();
  options.parallelism = parallelism();
  options.cancel_requested = &cancel_requested_;
  options.kernel_context = MakeKernelContext(config_);
  ResultTable table = TableForSchema(plan->schema);
  table.changelog = with_row_kinds;
  // Streaming results are handed over as they come; batch results are final only at the end.
  if (on_rows && streaming()) {
    options.on_batch = [&](const Batch& batch) -> Status {
      ResultTable chunk = TableForSchema(plan->schema);
      AppendBatches({batch}, with_row_kinds, &chunk);
      return on_rows(chunk);
    };
  }
  SLUICE_ASSIGN_OR_RETURN(JobResult job, Job::Run(plan, options));
  AppendBatches(job.batches, with_row_kinds, &table);
  return RowsResult(std::move(table));
}

Result<StatementResult> QueryRunner::RunInsert(const sql::InsertStatement& statement) {
  SLUICE_ASSIGN_OR_RETURN(LogicalNodePtr plan, PlanStatement(statement));
  SLUICE_ASSIGN_OR_RETURN(plan, Optimize(std::move(plan)));
  JobOptions options;
  options.streaming = streaming();
  options.parallelism = parallelism();
  options.cancel_requested = &cancel_requested_;
  options.kernel_context = MakeKernelContext(config_);
  SLUICE_ASSIGN_OR_RETURN(JobResult job, Job::Run(plan, options));
  StatementResult result;
  result.info_message = "Complete execution of the SQL update statement.";
  if (job.counters.rows_skipped > 0) {
    result.warnings.push_back(fmt::format("{} malformed input rows were skipped (ignore-parse-errors).",
                                          job.counters.rows_skipped));
  }
  return result;
}

Result<StatementResult> QueryRunner::RunStatementSet(const sql::StatementSetStatement& statement) {
  std::vector<LogicalNodePtr> plans;
  for (const auto& insert : statement.inserts) {
    SLUICE_ASSIGN_OR_RETURN(LogicalNodePtr plan, PlanStatement(*insert));
    SLUICE_ASSIGN_OR_RETURN(plan, Optimize(std::move(plan)));
    plans.push_back(std::move(plan));
  }
  JobOptions options;
  options.streaming = streaming();
  options.parallelism = parallelism();
  options.cancel_requested = &cancel_requested_;
  options.kernel_context = MakeKernelContext(config_);
  SLUICE_RETURN_NOT_OK(Job::Run(plans, options).status());
  StatementResult result;
  result.info_message = "Complete execution of the SQL update statement.";
  return result;
}

Result<StatementResult> QueryRunner::Explain(const sql::ExplainStatement& statement) {
  const sql::Statement& inner = *statement.statement;
  std::vector<LogicalNodePtr> logical;
  if (inner.kind == sql::StatementKind::kStatementSet) {
    for (const auto& insert : inner.As<sql::StatementSetStatement>().inserts) {
      SLUICE_ASSIGN_OR_RETURN(LogicalNodePtr plan, PlanStatement(*insert));
      logical.push_back(std::move(plan));
    }
  } else {
    SLUICE_ASSIGN_OR_RETURN(LogicalNodePtr plan, PlanStatement(inner));
    logical.push_back(std::move(plan));
  }
  JobOptions options;
  options.streaming = streaming();
  options.parallelism = parallelism();
  std::string ast, optimized, physical;
  for (const LogicalNodePtr& plan : logical) {
    ast += plan->Explain();
    SLUICE_ASSIGN_OR_RETURN(LogicalNodePtr better, Optimize(plan));
    optimized += better->Explain();
    SLUICE_ASSIGN_OR_RETURN(std::string pipeline, Job::Explain(better, options));
    physical += pipeline;
  }
  auto trim = [](std::string text) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
  };
  const std::string text = fmt::format(
      "== Abstract Syntax Tree ==\n{}\n\n== Optimized Logical Plan ==\n{}\n\n== Physical Plan ==\n{}",
      trim(ast), trim(optimized), trim(physical));
  return RowsResult(NameTable("result", {text}));
}

}  // namespace sluice
