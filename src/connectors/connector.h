// Connectors: where table rows come from and go to ('connector' = 'datagen' | 'filesystem' |
// 'print' | 'blackhole' | ...), one folder each under connectors/, registered explicitly in a
// ConnectorRegistry (DESIGN.md §5.3).
//
// A ConnectorFactory declares its options as data (OptionSpec, the same type model providers use)
// so CREATE TABLE can check them and list the valid ones in the error, and opens readers and
// writers for a running job. A source reader produces batches of the table's physical columns
// (only the projected ones); a sink writer consumes batches of the table's physical columns.
//
// Threading: one reader / writer per task, used from that task's thread only. A job of
// parallelism N opens N readers with task_index 0..N-1; each reads a disjoint share (files split
// by index, datagen rows by index) so the union is the whole table.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"
#include "model/option_spec.h"
#include "vector/batch.h"

namespace sluice {

struct SourceContext {
  ObjectIdentifier table_id;
  CatalogTable table;
  // Positions among the table's physical columns, in output order. Empty means no column at all
  // (SELECT COUNT(*)): the reader then emits batches with zero columns and a row count.
  std::vector<size_t> projected_columns;
  int task_index = 0;
  int parallelism = 1;
  bool streaming = true;
  size_t batch_size = 2048;
};

struct SinkContext {
  ObjectIdentifier table_id;
  CatalogTable table;
  int task_index = 0;
  int parallelism = 1;
  bool streaming = true;
  bool overwrite = false;
  // Identifies the job; the same for every task of one job (the runtime sets it). File sinks put
  // it in part-file names, and INSERT OVERWRITE keeps only this job's files on commit. When
  // empty, each writer makes up its own, which is safe only for parallelism 1.
  std::string job_id;
};

class SourceReader {
 public:
  virtual ~SourceReader() = default;
  // Fills `out` with the next rows; returns false (and leaves `out` empty) at the end of a bounded
  // source. An unbounded source with nothing ready returns true with an empty batch.
  virtual Result<bool> Next(Batch* out) = 0;
  virtual bool IsBounded() const = 0;
  // Rows skipped because of `ignore-parse-errors` (for the job's summary).
  virtual int64_t skipped_rows() const { return 0; }
};

class SinkWriter {
 public:
  virtual ~SinkWriter() = default;
  virtual Status Write(const Batch& batch) = 0;
  // The job finished successfully: make the output visible (rename part files, flush).
  virtual Status Commit() = 0;
  // The job failed or was cancelled: leave no partial output behind.
  virtual void Abort() {}
};

class ConnectorFactory {
 public:
  virtual ~ConnectorFactory() = default;
  virtual std::string_view Name() const = 0;  // the 'connector' option's value
  virtual const std::vector<OptionSpec>& Options() const = 0;
  // Checks a table's options and schema; the message lists the valid options on an unknown one.
  virtual Status Validate(const CatalogTable& table) const = 0;
  virtual bool SupportsSource() const = 0;
  virtual bool SupportsSink() const = 0;
  // The defaults return Flink's user error "Connector 'x' can only be used as a sink. It cannot
  // be used as a source." (and the reverse).
  virtual Result<std::unique_ptr<SourceReader>> OpenSource(const SourceContext& context) const;
  virtual Result<std::unique_ptr<SinkWriter>> OpenSink(const SinkContext& context) const;
};

class ConnectorRegistry {
 public:
  static const ConnectorRegistry& Builtins();
  void Register(std::unique_ptr<ConnectorFactory> factory);
  const ConnectorFactory* Find(std::string_view name) const;
  // Sorted.
  std::vector<std::string> Names() const;
  // The factory named by a table's 'connector' option, with Flink's errors when the option is
  // missing ("Table options do not contain an option key 'connector' for discovering a
  // connector.") or names no registered connector ("Could not find any factory for identifier
  // 'x' that implements '...DynamicTableFactory' in the classpath.\n\nAvailable factory
  // identifiers are:\n\n<sorted names, one a line>").
  Result<const ConnectorFactory*> Discover(const OptionMap& options) const;
  // Discover, then the factory's Validate: what CREATE TABLE runs.
  Status ValidateTable(const CatalogTable& table) const;

 private:
  std::map<std::string, std::unique_ptr<ConnectorFactory>> factories_;
};

void RegisterDatagenConnector(ConnectorRegistry& registry);
void RegisterFilesystemConnector(ConnectorRegistry& registry);
void RegisterPrintConnector(ConnectorRegistry& registry);
void RegisterBlackholeConnector(ConnectorRegistry& registry);

}  // namespace sluice
