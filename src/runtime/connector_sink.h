// ConnectorSink: the last operator of an INSERT INTO job's tasks; writes batches of the
// table's physical columns through the connector's SinkWriter (one writer per task).
//
// Output becomes visible only through Commit(), which the job calls after every task finished
// successfully; a failed or cancelled job calls Abort() instead, so no partial output remains.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "connectors/connector.h"
#include "exec/operators/sink/sink_operator.h"

namespace sluice {

class ConnectorSink : public SinkOperator {
 public:
  // `rows_written` is the job's counter (borrowed; may be null).
  ConnectorSink(std::string table_name, std::unique_ptr<SinkWriter> writer,
                std::atomic<int64_t>* rows_written)
      : table_name_(std::move(table_name)), writer_(std::move(writer)),
        rows_written_(rows_written) {}

  std::string Name() const override { return "Sink(table=[" + table_name_ + "])"; }
  Status Push(int /*input*/, Batch batch) override {
    if (batch.num_rows() == 0) return Status::OK();
    SLUICE_RETURN_NOT_OK(writer_->Write(batch));
    if (rows_written_ != nullptr) rows_written_->fetch_add(static_cast<int64_t>(batch.num_rows()));
    return Status::OK();
  }
  Status Finish(int /*input*/) override {
    finished_ = true;
    return Status::OK();
  }
  Status Commit() override { return writer_->Commit(); }
  void Abort() override { writer_->Abort(); }

 private:
  std::string table_name_;
  std::unique_ptr<SinkWriter> writer_;
  std::atomic<int64_t>* rows_written_;
};

}  // namespace sluice
