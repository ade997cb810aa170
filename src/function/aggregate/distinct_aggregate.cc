// The DISTINCT wrapper (COUNT(DISTINCT x), SUM(DISTINCT x), LISTAGG(DISTINCT x), ...).
//
// The state slot holds a pointer to the group's distinct argument rows with their counts (16
// bytes) followed by the inner function's state. A row reaches the inner function only when its
// count goes 0 -> 1 (accumulate) or 1 -> 0 (retract), so retraction stays exact.
#include <cmath>
#include <cstring>
#include <string>
#include <unordered_map>

#include "function/aggregate/aggregate_util.h"

namespace sluice::aggregate_internal {
namespace {

constexpr size_t kInnerOffset = 16;

using DistinctRows = std::unordered_map<std::string, int64_t>;

template <typename T>
void AppendBytes(std::string* key, T v) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &v, sizeof(T));
  key->append(bytes, sizeof(T));
}

// Appends an encoding of row `row` of `column` to `key`; equal rows (by CompareRows) encode
// equally.
void EncodeRow(const Column& column, uint32_t row, std::string* key) {
  switch (column.physical_type()) {
    case PhysicalType::kBool:
    case PhysicalType::kInt8:
      AppendBytes(key, column.Data<int8_t>()[row]);
      break;
    case PhysicalType::kInt16:
      AppendBytes(key, column.Data<int16_t>()[row]);
      break;
    case PhysicalType::kInt32:
      AppendBytes(key, column.Data<int32_t>()[row]);
      break;
    case PhysicalType::kInt64:
      AppendBytes(key, column.Data<int64_t>()[row]);
      break;
    case PhysicalType::kFloat: {
      float v = column.Data<float>()[row];
      if (v == 0.0f) v = 0.0f;
      if (std::isnan(v)) v = std::nanf("");
      AppendBytes(key, v);
      break;
    }
    case PhysicalType::kDouble: {
      double v = column.Data<double>()[row];
      if (v == 0.0) v = 0.0;
      if (std::isnan(v)) v = std::nan("");
      AppendBytes(key, v);
      break;
    }
    case PhysicalType::kInt128:
      AppendBytes(key, column.Data<Int128>()[row]);
      break;
    case PhysicalType::kString: {
      std::string_view s = column.GetString(row);
      AppendBytes(key, static_cast<uint32_t>(s.size()));
      key->append(s);
      break;
    }
    default: {
      std::string text = column.GetValue(row).ToSqlLiteral();
      AppendBytes(key, static_cast<uint32_t>(text.size()));
      key->append(text);
      break;
    }
  }
}

class BoundDistinct final : public BoundAggregateFunction {
 public:
  BoundDistinct(std::shared_ptr<const BoundAggregateFunction> owner,
                const BoundAggregateFunction* inner)
      : owner_(std::move(owner)), inner_(inner) {
    if (inner_->AppendOnlyVariant() != inner_) {
      append_only_ = std::make_unique<BoundDistinct>(owner_, inner_->AppendOnlyVariant());
    }
  }

  const LogicalType& return_type() const override { return inner_->return_type(); }
  const std::vector<LogicalType>& parameter_types() const override {
    return inner_->parameter_types();
  }
  size_t state_size() const override { return kInnerOffset + AlignState(inner_->state_size()); }
  void Initialize(uint8_t* state) const override {
    *reinterpret_cast<DistinctRows**>(state) = nullptr;
    inner_->Initialize(state + kInnerOffset);
  }
  void Destroy(uint8_t* state) const override {
    delete *reinterpret_cast<DistinctRows**>(state);
    *reinterpret_cast<DistinctRows**>(state) = nullptr;
    inner_->Destroy(state + kInnerOffset);
  }
  bool SupportsRetraction() const override { return inner_->SupportsRetraction(); }
  const BoundAggregateFunction* AppendOnlyVariant() const override {
    return append_only_ != nullptr ? append_only_.get() : this;
  }

  Status Update(const std::vector<const Column*>& args, const SelectionVector& rows,
                const uint32_t* group_of_row, uint8_t* const* states, bool retract) const override {
    SelectionVector changed;
    std::vector<uint32_t> local_groups;
    std::vector<uint8_t*> inner_states;
    std::string key;
    for (size_t i = 0; i < rows.size(); ++i) {
      const uint32_t row = rows[i];
      if (AnyNull(args, row)) continue;
      key.clear();
      for (const Column* arg : args) EncodeRow(*arg, row, &key);
      uint8_t* state = states[group_of_row[i]];
      auto*& set = *reinterpret_cast<DistinctRows**>(state);
      if (set == nullptr) set = new DistinctRows();
      bool transition = false;
      if (!retract) {
        transition = ++(*set)[key] == 1;
      } else {
        auto it = set->find(key);
        if (it == set->end()) {
          (*set)[key] = -1;  // a retraction ahead of its insertion
        } else if (--it->second == 0) {
          set->erase(it);
          transition = true;
        }
      }
      if (transition) {
        changed.push_back(row);
        local_groups.push_back(static_cast<uint32_t>(inner_states.size()));
        inner_states.push_back(state + kInnerOffset);
      }
    }
    if (changed.empty()) return Status::OK();
    return inner_->Update(args, changed, local_groups.data(), inner_states.data(), retract);
  }

  Status Finalize(const uint8_t* state, Column* out, size_t row) const override {
    return inner_->Finalize(state + kInnerOffset, out, row);
  }

 private:
  std::shared_ptr<const BoundAggregateFunction> owner_;  // keeps inner_ alive
  const BoundAggregateFunction* inner_;
  std::unique_ptr<BoundDistinct> append_only_;
};

}  // namespace

std::shared_ptr<const BoundAggregateFunction> MakeDistinct(
    std::shared_ptr<const BoundAggregateFunction> inner) {
  const BoundAggregateFunction* raw = inner.get();
  return std::make_shared<BoundDistinct>(std::move(inner), raw);
}

}  // namespace sluice::aggregate_internal
