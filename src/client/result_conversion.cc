#include "client/result_conversion.h"

#include "vector/row_kind.h"

namespace sluice {

ResultTable TableForSchema(const Schema& schema) {
  ResultTable table;
  table.column_names = schema.names;
  table.column_types = schema.types;
  return table;
}

void AppendBatches(const std::vector<Batch>& batches, bool with_row_kinds, ResultTable* table) {
  for (const Batch& batch : batches) {
    for (size_t row = 0; row < batch.num_rows(); ++row) {
      std::vector<std::optional<std::string>> cells;
      cells.reserve(batch.num_columns());
      for (size_t col = 0; col < batch.num_columns(); ++col) {
        const Column& column = *batch.column(col);
        if (column.IsNull(row)) {
          cells.emplace_back(std::nullopt);
        } else {
          cells.emplace_back(column.GetValue(row).ToDisplayString());
        }
      }
      table->rows.push_back(std::move(cells));
      if (with_row_kinds) table->row_kinds.emplace_back(ShortString(batch.row_kind(row)));
    }
  }
}

}  // namespace sluice
