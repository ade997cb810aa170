#include "formats/csv/csv_encoder.h"

#include "formats/field_text.h"

namespace sluice {

void CsvEncoder::AppendQuoted(std::string_view text, std::string* out) const {
  const char quote = options_.quote_character;
  bool needs_quotes = !options_.disable_quote_character &&
                      (text.empty() || text.front() == ' ' || text.back() == ' ' ||
                       (options_.null_literal && text == *options_.null_literal));
  if (!options_.disable_quote_character && !needs_quotes) {
    needs_quotes = text.front() == '#';
    for (char c : text) {
      if (c == options_.field_delimiter || c == quote || c == '\n' || c == '\r') {
        needs_quotes = true;
        break;
      }
    }
  }
  if (!needs_quotes) {
    out->append(text);
    return;
  }
  out->push_back(quote);
  for (char c : text) {
    if (c == quote) out->push_back(quote);
    out->push_back(c);
  }
  out->push_back(quote);
}

void CsvEncoder::Encode(const Batch& batch, std::string* out) {
  const size_t num_columns = batch.num_columns();
  for (size_t row = 0; row < batch.num_rows(); ++row) {
    for (size_t c = 0; c < num_columns; ++c) {
      if (c > 0) out->push_back(options_.field_delimiter);
      const Column& column = *batch.column(c);
      if (column.IsNull(row)) {
        if (options_.null_literal) out->append(*options_.null_literal);
        continue;
      }
      TypeId id = column.type().id();
      if (id == TypeId::kChar || id == TypeId::kVarChar) {
        AppendQuoted(column.GetString(row), out);
      } else if (id >= TypeId::kTinyInt && id <= TypeId::kDouble) {
        AppendValueText(column, row, TimestampStyle::kSql, out);  // never needs quotes
      } else {
        field_.clear();
        AppendValueText(column, row, TimestampStyle::kSql, &field_);
        AppendQuoted(field_, out);
      }
    }
    out->push_back('\n');
  }
}

}  // namespace sluice
