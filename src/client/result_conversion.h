// Turns the batches a job produced into the printable ResultTable of the client.
#pragma once

#include <vector>

#include "client/session.h"
#include "vector/batch.h"

namespace sluice {

// Appends the rows of `batches` to `table` (whose columns must match `schema`), formatting each
// value as Flink's SQL client does (Value::ToDisplayString). With `with_row_kinds`, each row's
// kind ("+I", "-U", "+U", "-D") goes to table->row_kinds (streaming results).
void AppendBatches(const std::vector<Batch>& batches, bool with_row_kinds, ResultTable* table);

// An empty table with the columns of `schema`.
ResultTable TableForSchema(const Schema& schema);

}  // namespace sluice
