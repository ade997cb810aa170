// The filesystem connector: sources over files and directories, sinks with part files, CSV and
// JSON round trips, parallel splits, errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "connectors/connector.h"
#include "connectors/filesystem/file_listing.h"

namespace sluice {
namespace {

namespace fs = std::filesystem;

class FilesystemTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sluice_fs_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void WriteFile(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }

  CatalogTable Table(OptionMap options, std::string path = "") {
    CatalogTable table;
    for (auto& [name, type] : std::vector<std::pair<std::string, LogicalType>>{
             {"id", LogicalType::Int()}, {"name", LogicalType::String()}}) {
      TableColumn column;
      column.name = name;
      column.type = type;
      table.columns.push_back(column);
    }
    options["connector"] = "filesystem";
    options["path"] = path.empty() ? dir_.string() : path;
    if (!options.count("format")) options["format"] = "csv";
    table.options = options;
    return table;
  }

  Result<std::vector<std::vector<Value>>> ReadAll(const CatalogTable& table, int task = 0,
                                                  int parallelism = 1,
                                                  int64_t* skipped = nullptr) {
    SourceContext context;
    context.table = table;
    context.projected_columns = {0, 1};
    context.task_index = task;
    context.parallelism = parallelism;
    SLUICE_ASSIGN_OR_RETURN(auto reader, Factory().OpenSource(context));
    std::vector<std::vector<Value>> rows;
    Batch batch;
    while (true) {
      SLUICE_ASSIGN_OR_RETURN(bool more, reader->Next(&batch));
      if (!more) break;
      for (size_t i = 0; i < batch.num_rows(); ++i) rows.push_back(batch.GetRow(i));
    }
    if (skipped) *skipped = reader->skipped_rows();
    return rows;
  }

  std::unique_ptr<SinkWriter> OpenSink(const CatalogTable& table, int task = 0,
                                       bool overwrite = false, std::string job = "job1") {
    SinkContext context;
    context.table = table;
    context.task_index = task;
    context.overwrite = overwrite;
    context.job_id = job;
    auto writer = Factory().OpenSink(context);
    EXPECT_TRUE(writer.ok()) << writer.status().message();
    return writer.ok() ? std::move(writer).value() : nullptr;
  }

  static Batch Rows(int from, int to) {
    std::vector<std::vector<Value>> rows;
    for (int i = from; i < to; ++i) {
      rows.push_back({Value::Int(i), Value::String("name \"" + std::to_string(i) + "\", x")});
    }
    return Batch::FromRows({LogicalType::Int(), LogicalType::String()}, rows).MoveValue();
  }

  std::vector<std::string> VisibleFiles() {
    auto files = ListDataFiles(dir_.string());
    return files.ok() ? *files : std::vector<std::string>{};
  }

  static const ConnectorFactory& Factory() {
    return *ConnectorRegistry::Builtins().Find("filesystem");
  }

  fs::path dir_;
};

TEST_F(FilesystemTest, ReadsADirectoryInNameOrderSkippingHiddenFiles) {
  WriteFile("b.csv", "2,b\n");
  WriteFile("a.csv", "1,a\n");
  WriteFile(".hidden.csv", "9,h\n");
  WriteFile("_SUCCESS", "");
  WriteFile("sub/c.csv", "3,c\n");
  auto rows = ReadAll(Table({}));
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0][1].GetString(), "a");
  EXPECT_EQ((*rows)[1][1].GetString(), "b");
  EXPECT_EQ((*rows)[2][1].GetString(), "c");
}

TEST_F(FilesystemTest, ReadsASingleFile) {
  WriteFile("one.csv", "1,x\n2,y\n");
  auto rows = ReadAll(Table({}, (dir_ / "one.csv").string()));
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->size(), 2u);
}

TEST_F(FilesystemTest, MissingPathNamesIt) {
  auto rows = ReadAll(Table({}, (dir_ / "nope").string()));
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kExternalError);
  EXPECT_NE(rows.status().message().find((dir_ / "nope").string()), std::string::npos);
}

TEST_F(FilesystemTest, BadRowFailsWithFileAndLine) {
  WriteFile("a.csv", "1,a\nzz,b\n");
  auto rows = ReadAll(Table({}));
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().message(),
            "Failed to parse CSV row at " + (dir_ / "a.csv").string() +
                ":2: Field 'zz': Cannot parse 'zz' as INT.");
}

TEST_F(FilesystemTest, IgnoreParseErrorsCountsSkippedRows) {
  WriteFile("a.csv", "1,a\nzz,b\n3,c\n");
  int64_t skipped = 0;
  auto rows = ReadAll(Table({{"csv.ignore-parse-errors", "true"}}), 0, 1, &skipped);
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->size(), 2u);
  EXPECT_EQ(skipped, 1);
}

TEST_F(FilesystemTest, FormatOptionErrors) {
  auto status = Factory().Validate(Table({{"json.ignore-parse-errors", "true"}}));
  EXPECT_NE(status.message().find("Unsupported options found for 'filesystem'."),
            std::string::npos);
  status = Factory().Validate(Table({{"format", "xml"}}));
  EXPECT_NE(status.message().find("Could not find any factory for identifier 'xml'"),
            std::string::npos);
  status = Factory().Validate(Table({{"csv.field-delimiter", "ab"}}));
  EXPECT_EQ(status.message(),
            "Option 'csv.field-delimiter' must be a string with single character, but was: ab");
  EXPECT_TRUE(Factory().Validate(Table({{"csv.field-delimiter", "|"}})).ok());
}

TEST_F(FilesystemTest, PartFilesInvisibleBeforeCommit) {
  auto writer = OpenSink(Table({}));
  ASSERT_TRUE(writer->Write(Rows(0, 10)).ok());
  EXPECT_TRUE(VisibleFiles().empty());
  auto before = ReadAll(Table({}));
  ASSERT_TRUE(before.ok());
  EXPECT_TRUE(before->empty());
  ASSERT_TRUE(writer->Commit().ok());
  auto files = VisibleFiles();
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(fs::path(files[0]).filename().string(), "part-job1-0-0.csv");
}

TEST_F(FilesystemTest, AbortLeavesNothing) {
  auto writer = OpenSink(Table({}));
  ASSERT_TRUE(writer->Write(Rows(0, 10)).ok());
  writer->Abort();
  EXPECT_TRUE(fs::is_empty(dir_));
}

TEST_F(FilesystemTest, CsvRoundTrip) {
  auto writer = OpenSink(Table({}));
  ASSERT_TRUE(writer->Write(Rows(0, 3000)).ok());
  ASSERT_TRUE(writer->Write(Rows(3000, 5000)).ok());
  ASSERT_TRUE(writer->Commit().ok());
  auto rows = ReadAll(Table({}));
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 5000u);
  Batch expected = Rows(0, 5000);
  for (size_t i = 0; i < rows->size(); ++i) ASSERT_EQ((*rows)[i], expected.GetRow(i));
}

TEST_F(FilesystemTest, JsonRoundTrip) {
  OptionMap json = {{"format", "json"}};
  auto writer = OpenSink(Table(json));
  ASSERT_TRUE(writer->Write(Rows(0, 100)).ok());
  ASSERT_TRUE(writer->Commit().ok());
  auto files = VisibleFiles();
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(fs::path(files[0]).extension(), ".json");
  auto rows = ReadAll(Table(json));
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 100u);
  Batch expected = Rows(0, 100);
  for (size_t i = 0; i < rows->size(); ++i) ASSERT_EQ((*rows)[i], expected.GetRow(i));
}

TEST_F(FilesystemTest, InsertOverwriteReplacesOldFilesOnCommit) {
  WriteFile("old.csv", "1,old\n");
  auto writer = OpenSink(Table({}), 0, /*overwrite=*/true, "job2");
  ASSERT_TRUE(writer->Write(Rows(5, 7)).ok());
  EXPECT_EQ(VisibleFiles().size(), 1u);  // the old file is still there before commit
  ASSERT_TRUE(writer->Commit().ok());
  auto rows = ReadAll(Table({}));
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0][0].GetInt64(), 5);
}

TEST_F(FilesystemTest, AppendKeepsOldFiles) {
  WriteFile("old.csv", "1,old\n");
  auto writer = OpenSink(Table({}));
  ASSERT_TRUE(writer->Write(Rows(5, 7)).ok());
  ASSERT_TRUE(writer->Commit().ok());
  auto rows = ReadAll(Table({}));
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->size(), 3u);
}

TEST_F(FilesystemTest, ParallelSplitCoversEveryRowOnce) {
  // Four part files from four sink tasks, read by three source tasks.
  for (int task = 0; task < 4; ++task) {
    auto writer = OpenSink(Table({}), task);
    ASSERT_TRUE(writer->Write(Rows(task * 100, task * 100 + 100)).ok());
    ASSERT_TRUE(writer->Commit().ok());
  }
  std::multiset<int64_t> ids;
  for (int task = 0; task < 3; ++task) {
    auto rows = ReadAll(Table({}), task, 3);
    ASSERT_TRUE(rows.ok());
    for (const auto& row : *rows) ids.insert(row[0].GetInt64());
  }
  ASSERT_EQ(ids.size(), 400u);
  for (int64_t i = 0; i < 400; ++i) ASSERT_EQ(ids.count(i), 1u) << i;
}

TEST_F(FilesystemTest, ZeroProjectedColumnsCountsRows) {
  WriteFile("a.csv", "1,a\n2,b\n3,c\n");
  SourceContext context;
  context.table = Table({});
  auto reader = Factory().OpenSource(context);
  ASSERT_TRUE(reader.ok());
  Batch batch;
  ASSERT_TRUE(*(*reader)->Next(&batch));
  EXPECT_EQ(batch.num_columns(), 0u);
  EXPECT_EQ(batch.num_rows(), 3u);
}

}  // namespace
}  // namespace sluice
