// Connector registry, shared option validation (Flink's texts), print and blackhole sinks.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "connectors/connector.h"
#include "connectors/connector_options.h"
#include "connectors/print/print_format.h"
#include "connectors/print/print_sink.h"

namespace sluice {
namespace {

CatalogTable MakeTable(std::vector<std::pair<std::string, LogicalType>> columns,
                       OptionMap options) {
  CatalogTable table;
  for (auto& [name, type] : columns) {
    TableColumn column;
    column.name = name;
    column.type = type;
    table.columns.push_back(column);
  }
  table.options = std::move(options);
  return table;
}

TEST(ConnectorRegistryTest, BuiltinsHasTheFourConnectors) {
  const ConnectorRegistry& registry = ConnectorRegistry::Builtins();
  EXPECT_EQ(registry.Names(),
            (std::vector<std::string>{"blackhole", "datagen", "filesystem", "print"}));
  ASSERT_NE(registry.Find("datagen"), nullptr);
  EXPECT_TRUE(registry.Find("datagen")->SupportsSource());
  EXPECT_FALSE(registry.Find("print")->SupportsSource());
  EXPECT_EQ(registry.Find("kafka"), nullptr);
}

TEST(ConnectorRegistryTest, MissingConnectorOption) {
  auto status = ConnectorRegistry::Builtins().ValidateTable(MakeTable({}, {{"path", "x"}}));
  EXPECT_EQ(status.code(), StatusCode::kUserError);
  EXPECT_EQ(status.message(),
            "Table options do not contain an option key 'connector' for discovering a "
            "connector.");
}

TEST(ConnectorRegistryTest, UnknownConnector) {
  auto status =
      ConnectorRegistry::Builtins().ValidateTable(MakeTable({}, {{"connector", "kafka"}}));
  EXPECT_EQ(status.message(),
            "Could not find any factory for identifier 'kafka' that implements "
            "'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.\n\n"
            "Available factory identifiers are:\n\nblackhole\ndatagen\nfilesystem\nprint");
}

TEST(ConnectorRegistryTest, UnsupportedOptionListsSupportedOnes) {
  auto status = ConnectorRegistry::Builtins().ValidateTable(
      MakeTable({{"a", LogicalType::Int()}}, {{"connector", "datagen"}, {"foo", "1"}}));
  EXPECT_EQ(status.message(),
            "Unsupported options found for 'datagen'.\n\nUnsupported options:\n\nfoo\n\n"
            "Supported options:\n\nconnector\nfields.a.kind\nfields.a.max\nfields.a.min\n"
            "fields.a.null-rate\nnumber-of-rows\nrows-per-second");
}

TEST(ConnectorRegistryTest, MissingRequiredOptions) {
  auto status = ConnectorRegistry::Builtins().ValidateTable(
      MakeTable({{"a", LogicalType::Int()}}, {{"connector", "filesystem"}}));
  EXPECT_EQ(status.message(),
            "One or more required options are missing.\n\nMissing required options are:\n\n"
            "format\npath");
}

TEST(ConnectorRegistryTest, BadValueNamesOptionAndValue) {
  auto status = ConnectorRegistry::Builtins().ValidateTable(MakeTable(
      {{"a", LogicalType::Int()}}, {{"connector", "datagen"}, {"rows-per-second", "fast"}}));
  EXPECT_EQ(status.message(),
            "Invalid value 'fast' for option 'rows-per-second': expected an integer >= 1.");
}

TEST(ConnectorRegistryTest, SourceOnlyAndSinkOnlyErrors) {
  const ConnectorRegistry& registry = ConnectorRegistry::Builtins();
  SourceContext source;
  source.table = MakeTable({{"a", LogicalType::Int()}}, {{"connector", "print"}});
  auto reader = registry.Find("print")->OpenSource(source);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().message(),
            "Connector 'print' can only be used as a sink. It cannot be used as a source.");
  SinkContext sink;
  sink.table = MakeTable({{"a", LogicalType::Int()}}, {{"connector", "datagen"}});
  auto writer = registry.Find("datagen")->OpenSink(sink);
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().message(),
            "Connector 'datagen' can only be used as a source. It cannot be used as a sink.");
}

TEST(ConnectorRegistryTest, PrintOptionsValidate) {
  const ConnectorRegistry& registry = ConnectorRegistry::Builtins();
  EXPECT_TRUE(registry
                  .ValidateTable(MakeTable({{"a", LogicalType::Int()}},
                                           {{"connector", "print"},
                                            {"print-identifier", "x"},
                                            {"standard-error", "true"}}))
                  .ok());
  EXPECT_FALSE(registry
                   .ValidateTable(MakeTable({{"a", LogicalType::Int()}},
                                            {{"connector", "print"}, {"standard-error", "1"}}))
                   .ok());
  EXPECT_TRUE(
      registry.ValidateTable(MakeTable({{"a", LogicalType::Int()}}, {{"connector", "blackhole"}}))
          .ok());
}

TEST(PrintSinkTest, PrefixesAsFlink) {
  EXPECT_EQ(PrintPrefix("", 0, 1), "");
  EXPECT_EQ(PrintPrefix("id", 0, 1), "id> ");
  EXPECT_EQ(PrintPrefix("", 1, 4), "2> ");
  EXPECT_EQ(PrintPrefix("id", 2, 4), "id:3> ");
}

TEST(PrintSinkTest, WritesFlinkRows) {
  auto batch = Batch::FromRows(
      {LogicalType::Int(), LogicalType::String(), LogicalType::Boolean(), LogicalType::Double()},
      {{Value::Int(1), Value::String("abc"), Value::Boolean(true), Value::Double(1.5)},
       {Value::Int(2), Value::Null(LogicalType::String()), Value::Boolean(false),
        Value::Double(1e10)}});
  ASSERT_TRUE(batch.ok()) << batch.status().message();
  std::FILE* file = std::tmpfile();
  PrintSinkWriter writer(file, "id> ");
  ASSERT_TRUE(writer.Write(*batch).ok());
  ASSERT_TRUE(writer.Commit().ok());
  std::rewind(file);
  char buffer[256] = {0};
  size_t n = std::fread(buffer, 1, sizeof(buffer) - 1, file);
  std::fclose(file);
  EXPECT_EQ(std::string(buffer, n),
            "id> +I[1, abc, true, 1.5]\nid> +I[2, null, false, 1.0E10]\n");
}

TEST(PrintSinkTest, TemporalValuesAsJava) {
  // 2024-01-31 12:34:00 and 12:34:56.123.
  int64_t base = 1706704440LL * 1000000;
  EXPECT_EQ(FormatPrintValue(Value::Timestamp(base, 3)), "2024-01-31T12:34");
  EXPECT_EQ(FormatPrintValue(Value::Timestamp(base + 56123000, 3)), "2024-01-31T12:34:56.123");
  EXPECT_EQ(FormatPrintValue(Value::TimestampLtz(base, 3)), "2024-01-31T12:34:00Z");
  EXPECT_EQ(FormatPrintValue(Value::Date(19753)), "2024-01-31");
  EXPECT_EQ(FormatPrintValue(Value::Bytes(std::string("\x01\xff", 2))), "[1, -1]");
}

TEST(PrintSinkTest, ChangelogKinds) {
  auto batch = Batch::FromRows({LogicalType::Int()}, {{Value::Int(1)}, {Value::Int(2)}},
                               {RowKind::kUpdateBefore, RowKind::kUpdateAfter});
  ASSERT_TRUE(batch.ok());
  EXPECT_EQ(FormatPrintRow(*batch, 0), "-U[1]");
  EXPECT_EQ(FormatPrintRow(*batch, 1), "+U[2]");
}

TEST(BlackholeTest, DiscardsRows) {
  SinkContext sink;
  sink.table = MakeTable({{"a", LogicalType::Int()}}, {{"connector", "blackhole"}});
  auto writer = ConnectorRegistry::Builtins().Find("blackhole")->OpenSink(sink);
  ASSERT_TRUE(writer.ok());
  auto batch = Batch::FromRows({LogicalType::Int()}, {{Value::Int(1)}});
  ASSERT_TRUE((*writer)->Write(*batch).ok());
  EXPECT_TRUE((*writer)->Commit().ok());
}

}  // namespace
}  // namespace sluice
