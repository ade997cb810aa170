#include "exec/operators/join/streaming_join.h"

namespace sluice {
namespace {

std::vector<LogicalType> KeyTypesOf(const std::vector<LogicalType>& types,
                                    const std::vector<size_t>& keys) {
  std::vector<LogicalType> result;
  for (size_t k : keys) result.push_back(types[k]);
  return result;
}

}  // namespace

StreamingJoin::StreamingJoin(JoinSpec spec, JoinEmitter emit)
    : spec_(std::move(spec)), emit_(std::move(emit)) {
  left_.types = spec_.left_types;
  left_.keys = spec_.left_keys;
  left_.outer = spec_.LeftIsOuter();
  right_.types = spec_.right_types;
  right_.keys = spec_.right_keys;
  right_.outer = spec_.RightIsOuter();
  for (Side* side : {&left_, &right_}) {
    side->table = std::make_unique<GroupHashTable>(KeyTypesOf(side->types, side->keys));
    for (const LogicalType& t : side->types) side->store.push_back(Column::Make(t));
  }
}

Status StreamingJoin::Open(const KernelContext& context) {
  if (spec_.residual != nullptr) {
    SLUICE_ASSIGN_OR_RETURN(residual_, ExpressionEvaluator::Make(spec_.residual, context));
  }
  return Status::OK();
}

void StreamingJoin::AddRecord(Side& side, uint32_t group, const Batch& input, uint32_t row,
                              int64_t associations) {
  std::vector<Record>& records = side.groups[group];
  for (Record& r : records) {
    bool equal = true;
    for (size_t c = 0; c < side.store.size() && equal; ++c) {
      equal = side.store[c]->CompareRows(r.row, *input.column(c), row) == 0;
    }
    if (equal) {
      ++r.count;
      r.associations = associations;
      return;
    }
  }
  const uint32_t stored = static_cast<uint32_t>(side.store[0]->size());
  for (size_t c = 0; c < side.store.size(); ++c) side.store[c]->AppendFrom(*input.column(c), row);
  records.push_back(Record{stored, 1, associations});
}

void StreamingJoin::RetractRecord(Side& side, uint32_t group, const Batch& input, uint32_t row) {
  std::vector<Record>& records = side.groups[group];
  for (size_t i = 0; i < records.size(); ++i) {
    bool equal = true;
    for (size_t c = 0; c < side.store.size() && equal; ++c) {
      equal = side.store[c]->CompareRows(records[i].row, *input.column(c), row) == 0;
    }
    if (equal) {
      if (--records[i].count <= 0) records.erase(records.begin() + i);
      return;
    }
  }
}

Status StreamingJoin::Push(bool input_is_left, const Batch& batch) {
  const size_t n = batch.num_rows();
  if (n == 0) return Status::OK();
  Side& own = input_is_left ? left_ : right_;
  Side& other = input_is_left ? right_ : left_;
  const std::vector<const Column*> keys = KeyColumns(batch, own.keys);

  // Key groups of every row on both sides (the other side only for non-NULL keys).
  const SelectionVector all = SelectionVector::All(n);
  std::vector<uint32_t> own_groups(n);
  own.table->Lookup(keys, all, /*insert=*/true, own_groups.data());
  own.groups.resize(own.table->num_groups());
  SelectionVector probe_rows;
  for (uint32_t i = 0; i < n; ++i) {
    if (!AnyKeyNull(keys, i)) probe_rows.push_back(i);
  }
  std::vector<uint32_t> probe_groups(probe_rows.size());
  other.table->Lookup(keys, probe_rows, /*insert=*/false, probe_groups.data());
  std::vector<uint32_t> other_group(n, GroupHashTable::kNoGroup);
  for (size_t i = 0; i < probe_rows.size(); ++i) other_group[probe_rows[i]] = probe_groups[i];

  // Candidate pairs (input row, other record), filtered by the residual condition at once. The
  // other side's records do not change while this batch is processed.
  std::vector<uint32_t> cand_input;
  std::vector<uint32_t> cand_record;  // index into other.groups[other_group[row]]
  std::vector<uint32_t> cand_store;
  std::vector<size_t> cand_begin(n + 1, 0);
  for (uint32_t i = 0; i < n; ++i) {
    cand_begin[i] = cand_input.size();
    const uint32_t og = other_group[i];
    if (og == GroupHashTable::kNoGroup) continue;
    const std::vector<Record>& records = other.groups[og];
    for (uint32_t r = 0; r < records.size(); ++r) {
      cand_input.push_back(i);
      cand_record.push_back(r);
      cand_store.push_back(records[r].row);
    }
  }
  cand_begin[n] = cand_input.size();
  std::vector<uint8_t> cand_match(cand_input.size(), 1);
  if (residual_ != nullptr && !cand_input.empty()) {
    std::vector<ColumnPtr> columns;
    const Batch& left_src = batch;
    if (input_is_left) {
      for (const ColumnPtr& c : left_src.columns()) columns.push_back(c->Take(cand_input));
      for (const ColumnPtr& c : other.store) columns.push_back(c->Take(cand_store));
    } else {
      for (const ColumnPtr& c : other.store) columns.push_back(c->Take(cand_store));
      for (const ColumnPtr& c : batch.columns()) columns.push_back(c->Take(cand_input));
    }
    Batch joined(std::move(columns), cand_input.size());
    SLUICE_ASSIGN_OR_RETURN(SelectionVector keep, residual_->EvaluateFilter(joined));
    std::fill(cand_match.begin(), cand_match.end(), 0);
    for (uint32_t k : keep) cand_match[k] = 1;
  }

  const Source in = Source::kInput;
  const Source st = Source::kStore;
  auto pair = [&](RowKind kind, uint32_t input_row, uint32_t store_row) {
    return input_is_left ? OutputRow{kind, in, input_row, st, store_row}
                         : OutputRow{kind, st, store_row, in, input_row};
  };
  auto input_padded = [&](RowKind kind, uint32_t input_row) {
    return input_is_left ? OutputRow{kind, in, input_row, Source::kNull, 0}
                         : OutputRow{kind, Source::kNull, 0, in, input_row};
  };
  auto other_padded = [&](RowKind kind, uint32_t store_row) {
    return input_is_left ? OutputRow{kind, Source::kNull, 0, st, store_row}
                         : OutputRow{kind, st, store_row, Source::kNull, 0};
  };

  std::vector<OutputRow> out;
  std::vector<uint32_t> matched;  // indices into other.groups[og]
  for (uint32_t i = 0; i < n; ++i) {
    const RowKind kind = batch.row_kind(i);
    const uint32_t og = other_group[i];
    matched.clear();
    int64_t associated = 0;
    for (size_t k = cand_begin[i]; k < cand_begin[i + 1]; ++k) {
      if (!cand_match[k]) continue;
      matched.push_back(cand_record[k]);
      associated += other.groups[og][cand_record[k]].count;
    }
    if (IsAccumulate(kind)) {
      if (!own.outer) AddRecord(own, own_groups[i], batch, i, 0);
      if (matched.empty()) {
        if (own.outer) {
          out.push_back(input_padded(RowKind::kInsert, i));
          AddRecord(own, own_groups[i], batch, i, 0);
        }
        continue;
      }
      if (other.outer) {
        for (uint32_t r : matched) {
          Record& rec = other.groups[og][r];
          const int64_t old = rec.associations;
          for (int64_t c = 0; c < rec.count; ++c) {
            if (old == 0) out.push_back(other_padded(RowKind::kDelete, rec.row));
          }
          rec.associations = old + 1;
        }
      }
      const RowKind out_kind = (own.outer || other.outer) ? RowKind::kInsert : kind;
      for (uint32_t r : matched) {
        const Record& rec = other.groups[og][r];
        for (int64_t c = 0; c < rec.count; ++c) out.push_back(pair(out_kind, i, rec.row));
      }
      if (own.outer) AddRecord(own, own_groups[i], batch, i, associated);
    } else {
      RetractRecord(own, own_groups[i], batch, i);
      if (matched.empty()) {
        if (own.outer) out.push_back(input_padded(RowKind::kDelete, i));
        continue;
      }
      const RowKind out_kind = own.outer ? RowKind::kDelete : kind;
      for (uint32_t r : matched) {
        const Record& rec = other.groups[og][r];
        for (int64_t c = 0; c < rec.count; ++c) out.push_back(pair(out_kind, i, rec.row));
      }
      if (other.outer) {
        for (uint32_t r : matched) {
          Record& rec = other.groups[og][r];
          const int64_t old = rec.associations;
          for (int64_t c = 0; c < rec.count; ++c) {
            if (old == 1) out.push_back(other_padded(RowKind::kInsert, rec.row));
          }
          rec.associations = old - 1;
        }
      }
    }
  }
  if (out.empty()) return Status::OK();
  SLUICE_ASSIGN_OR_RETURN(Batch result, Assemble(out, input_is_left, batch));
  return emit_(std::move(result));
}

Result<Batch> StreamingJoin::Assemble(const std::vector<OutputRow>& rows, bool input_is_left,
                                      const Batch& input) const {
  std::vector<ColumnPtr> columns;
  std::vector<RowKind> kinds;
  kinds.reserve(rows.size());
  for (const OutputRow& r : rows) kinds.push_back(r.kind);
  auto fill = [&](const std::vector<LogicalType>& types, const std::vector<ColumnPtr>& store,
                  bool side_is_input, bool left_part) {
    for (size_t c = 0; c < types.size(); ++c) {
      ColumnPtr column = Column::Make(types[c], rows.size());
      for (const OutputRow& r : rows) {
        const Source source = left_part ? r.left : r.right;
        const uint32_t row = left_part ? r.left_row : r.right_row;
        if (source == Source::kNull) {
          column->AppendNull();
        } else if (source == Source::kInput) {
          (void)side_is_input;
          column->AppendFrom(*input.column(c), row);
        } else {
          column->AppendFrom(*store[c], row);
        }
      }
      columns.push_back(std::move(column));
    }
  };
  fill(spec_.left_types, left_.store, input_is_left, true);
  fill(spec_.right_types, right_.store, !input_is_left, false);
  return Batch(std::move(columns), rows.size(), std::move(kinds));
}

}  // namespace sluice
