// COUNT(*) and COUNT(x [, y ...]): BIGINT NOT NULL, counting rows where every argument is
// non-NULL. Retractable by subtraction.
#include "function/aggregate/aggregate_binders.h"
#include "function/aggregate/aggregate_util.h"

namespace sluice::aggregate_internal {
namespace {

class BoundCount final : public BoundAggregateBase {
 public:
  explicit BoundCount(std::vector<LogicalType> parameter_types)
      : BoundAggregateBase(LogicalType::BigInt().NotNull(), std::move(parameter_types)) {}

  size_t state_size() const override { return AlignState(sizeof(int64_t)); }
  void Initialize(uint8_t* state) const override { *reinterpret_cast<int64_t*>(state) = 0; }
  bool SupportsRetraction() const override { return true; }

  Status Update(const std::vector<const Column*>& args, const SelectionVector& rows,
                const uint32_t* group_of_row, uint8_t* const* states, bool retract) const override {
    const int64_t delta = retract ? -1 : 1;
    bool any_nulls = false;
    for (const Column* arg : args) any_nulls |= arg->MayHaveNulls();
    const size_t n = rows.size();
    if (!any_nulls) {
      for (size_t i = 0; i < n; ++i) {
        *reinterpret_cast<int64_t*>(states[group_of_row[i]]) += delta;
      }
    } else {
      for (size_t i = 0; i < n; ++i) {
        if (AnyNull(args, rows[i])) continue;
        *reinterpret_cast<int64_t*>(states[group_of_row[i]]) += delta;
      }
    }
    return Status::OK();
  }

  Status Finalize(const uint8_t* state, Column* out, size_t row) const override {
    out->MutableData<int64_t>()[row] = *reinterpret_cast<const int64_t*>(state);
    out->SetValid(row);
    return Status::OK();
  }
};

}  // namespace

BindResult BindCount(const std::vector<LogicalType>& types, bool distinct) {
  auto bound = std::make_shared<const BoundCount>(types);
  if (distinct && !types.empty()) return MakeDistinct(bound);
  return std::shared_ptr<const BoundAggregateFunction>(bound);
}

}  // namespace sluice::aggregate_internal
