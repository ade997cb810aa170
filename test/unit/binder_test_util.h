// Shared fixture of the binder and optimizer tests: a catalog in a temporary folder with a few
// tables, and helpers that parse, bind and explain a query.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <memory>
#include <string>

#include "catalog/catalog_manager.h"
#include "function/function_registry.h"
#include "planner/binder/binder.h"
#include "planner/expression_builders.h"
#include "planner/optimizer/optimizer.h"
#include "sql/parser/parser.h"
#include "sql/parser/query_parser.h"

namespace sluice {

class BinderFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/sluice-binder-XXXXXX";
    directory_ = mkdtemp(pattern);
    catalog_ = CatalogManager::Open(directory_).MoveValue();
    AddTable("t", {Physical("a", LogicalType::Int()), Physical("b", LogicalType::String()),
                   Physical("c", LogicalType::Double())});
    AddTable("u", {Physical("a", LogicalType::Int()), Physical("d", LogicalType::BigInt())});
    CatalogTable events;
    events.columns = {Physical("id", LogicalType::BigInt().NotNull()),
                      Physical("ts", LogicalType::Timestamp(3)),
                      Physical("v", LogicalType::Int())};
    TableColumn doubled;
    doubled.name = "v2";
    doubled.kind = TableColumn::Kind::kComputed;
    doubled.expression = "v * 2";
    events.columns.push_back(doubled);
    TableColumn meta;
    meta.name = "part";
    meta.kind = TableColumn::Kind::kMetadata;
    meta.type = LogicalType::Int();
    meta.is_virtual = true;
    events.columns.push_back(meta);
    events.watermark = WatermarkSpec{"ts", "ts - INTERVAL '5' SECOND"};
    AddTable("events", events);
    AddTable("sink", {Physical("x", LogicalType::BigInt()), Physical("y", LogicalType::String())});
    AddTable("strict_sink",
             {Physical("x", LogicalType::Int().NotNull()), Physical("y", LogicalType::String())});
    CatalogView view;
    view.query = "SELECT a AS va, b FROM t WHERE a > 1";
    ASSERT_TRUE(catalog_->CreateView(Id("v"), view, false, false).ok());
  }

  void TearDown() override {
    catalog_.reset();
    std::string command = "rm -rf '" + directory_ + "'";
    (void)system(command.c_str());
  }

  static TableColumn Physical(std::string name, LogicalType type) {
    TableColumn column;
    column.name = std::move(name);
    column.type = std::move(type);
    return column;
  }

  ObjectIdentifier Id(const std::string& name) {
    return ObjectIdentifier{"default_catalog", "default_database", name};
  }

  void AddTable(const std::string& name, std::vector<TableColumn> columns) {
    CatalogTable table;
    table.columns = std::move(columns);
    table.options["connector"] = "datagen";
    AddTable(name, table);
  }
  void AddTable(const std::string& name, const CatalogTable& table) {
    ASSERT_TRUE(catalog_->CreateTable(Id(name), table, false, false).ok());
  }

  Result<LogicalNodePtr> Bind(const std::string& sql, bool streaming = false) {
    auto query = sql::ParseStandaloneQuery(sql);
    if (!query.ok()) return query.status();
    Binder binder(*catalog_, FunctionRegistry::Builtins(), streaming);
    return binder.BindQuery(**query);
  }

  Result<LogicalNodePtr> BindInsertSql(const std::string& sql) {
    auto statement = sql::ParseStatement(sql);
    if (!statement.ok()) return statement.status();
    Binder binder(*catalog_, FunctionRegistry::Builtins(), false);
    return binder.BindInsert(static_cast<const sql::InsertStatement&>(**statement));
  }

  // The plan's EXPLAIN text, or "ERROR: <message>".
  std::string Explain(const std::string& sql, bool streaming = false) {
    auto plan = Bind(sql, streaming);
    if (!plan.ok()) return "ERROR: " + plan.status().message();
    return (*plan)->Explain();
  }

  std::string Optimized(const std::string& sql, OptimizerOptions options = {}) {
    auto plan = Bind(sql);
    if (!plan.ok()) return "ERROR: " + plan.status().message();
    auto optimized = Optimize(*plan, options);
    if (!optimized.ok()) return "ERROR: " + optimized.status().message();
    return (*optimized)->Explain();
  }

  // The error message of binding `sql` ("" when it binds).
  std::string Error(const std::string& sql, bool streaming = false) {
    auto plan = Bind(sql, streaming);
    return plan.ok() ? "" : plan.status().message();
  }

  std::string directory_;
  std::unique_ptr<CatalogManager> catalog_;
};

}  // namespace sluice
