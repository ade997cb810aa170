// ConnectorSource: a Source that reads a catalog table through its connector's SourceReader
// (LogicalNode::kScan). It counts the rows it produced and asks the reader for the rows it
// skipped (ignore-parse-errors), for the job's counters.
#pragma once

#include <memory>
#include <string>

#include "connectors/connector.h"
#include "exec/operators/source/source.h"

namespace sluice {

class ConnectorSource : public Source {
 public:
  ConnectorSource(std::string table_name, std::unique_ptr<SourceReader> reader)
      : table_name_(std::move(table_name)), reader_(std::move(reader)) {}

  std::string Name() const override { return "TableSourceScan(table=[" + table_name_ + "])"; }
  Result<bool> Next(Batch* out) override {
    SLUICE_ASSIGN_OR_RETURN(bool more, reader_->Next(out));
    if (more) rows_read_ += static_cast<int64_t>(out->num_rows());
    return more;
  }
  bool IsBounded() const override { return reader_->IsBounded(); }
  int64_t rows_read() const override { return rows_read_; }
  int64_t skipped_rows() const override { return reader_->skipped_rows(); }

 private:
  std::string table_name_;
  std::unique_ptr<SourceReader> reader_;
  int64_t rows_read_ = 0;
};

}  // namespace sluice
