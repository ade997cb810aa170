// SinkOperator: the last operator of a task's pipeline (the result collector, a connector sink,
// an exchange to other tasks).
//
// Besides the Operator calls it tells the driver when it wants no more input: finished() turns
// true when its input finished, or earlier when the sink itself decides that nothing more is
// needed (an exchange whose consumers have all gone). The driver then stops pulling its sources.
//
// Commit() is called once after every task of the job finished successfully, Abort() once when
// the job failed or was cancelled (from the job's thread, after all tasks stopped).
#pragma once

#include "exec/operator.h"

namespace sluice {

class SinkOperator : public Operator {
 public:
  virtual bool finished() const { return finished_; }
  virtual Status Commit() { return Status::OK(); }
  virtual void Abort() {}

 protected:
  bool finished_ = false;
};

}  // namespace sluice
