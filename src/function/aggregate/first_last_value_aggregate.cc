// FIRST_VALUE and LAST_VALUE: the first / last non-NULL value in arrival order; the result keeps
// the argument type (nullable).
//
// The retractable form keeps the present values in arrival order (as Flink's
// FirstValueWithRetractAggFunction keeps value -> arrival orders); a retraction removes the
// oldest occurrence of the value. The append-only variant keeps one value.
#include <algorithm>
#include <new>

#include "function/aggregate/aggregate_binders.h"
#include "function/aggregate/aggregate_util.h"

namespace sluice::aggregate_internal {
namespace {

template <typename T, bool kLast>
class BoundFirstLastAppendOnly final : public BoundAggregateBase {
  using S = StoredT<T>;
  struct State {
    S value{};
    bool has = false;
  };

 public:
  using BoundAggregateBase::BoundAggregateBase;

  size_t state_size() const override { return AlignState(sizeof(State)); }
  void Initialize(uint8_t* state) const override { new (state) State(); }
  void Destroy(uint8_t* state) const override { reinterpret_cast<State*>(state)->~State(); }
  bool SupportsRetraction() const override { return false; }

  Status Update(const std::vector<const Column*>& args, const SelectionVector& rows,
                const uint32_t* group_of_row, uint8_t* const* states, bool retract) const override {
    if (retract)
      return Status::InternalError("FIRST/LAST_VALUE append-only state got a retraction");
    const Column& arg = *args[0];
    const T* values = arg.Data<T>();
    const bool nulls = arg.MayHaveNulls();
    for (size_t i = 0; i < rows.size(); ++i) {
      const uint32_t row = rows[i];
      if (nulls && arg.IsNull(row)) continue;
      auto* s = reinterpret_cast<State*>(states[group_of_row[i]]);
      if (kLast || !s->has) {
        s->value = S(values[row]);
        s->has = true;
      }
    }
    return Status::OK();
  }

  Status Finalize(const uint8_t* state, Column* out, size_t row) const override {
    const auto* s = reinterpret_cast<const State*>(state);
    if (!s->has) {
      out->SetNull(row);
    } else {
      WriteRow<T>(out, row, s->value);
    }
    return Status::OK();
  }
};

template <typename T, bool kLast>
class BoundFirstLastRetract final : public BoundAggregateBase {
  using S = StoredT<T>;
  using Values = std::vector<S>;

 public:
  BoundFirstLastRetract(LogicalType return_type, std::vector<LogicalType> parameter_types)
      : BoundAggregateBase(return_type, parameter_types),
        append_only_(std::move(return_type), std::move(parameter_types)) {}

  size_t state_size() const override { return AlignState(sizeof(Values*)); }
  void Initialize(uint8_t* state) const override { *reinterpret_cast<Values**>(state) = nullptr; }
  void Destroy(uint8_t* state) const override {
    delete *reinterpret_cast<Values**>(state);
    *reinterpret_cast<Values**>(state) = nullptr;
  }
  bool SupportsRetraction() const override { return true; }
  const BoundAggregateFunction* AppendOnlyVariant() const override { return &append_only_; }

  Status Update(const std::vector<const Column*>& args, const SelectionVector& rows,
                const uint32_t* group_of_row, uint8_t* const* states, bool retract) const override {
    const Column& arg = *args[0];
    const T* values = arg.Data<T>();
    const bool nulls = arg.MayHaveNulls();
    for (size_t i = 0; i < rows.size(); ++i) {
      const uint32_t row = rows[i];
      if (nulls && arg.IsNull(row)) continue;
      auto*& list = *reinterpret_cast<Values**>(states[group_of_row[i]]);
      if (list == nullptr) list = new Values();
      S value(values[row]);
      if (!retract) {
        list->push_back(std::move(value));
      } else {
        auto it = std::find_if(list->begin(), list->end(),
                               [&](const S& v) { return StoredEqual<S>(v, value); });
        if (it != list->end()) list->erase(it);
      }
    }
    return Status::OK();
  }

  Status Finalize(const uint8_t* state, Column* out, size_t row) const override {
    const Values* list = *reinterpret_cast<const Values* const*>(state);
    if (list == nullptr || list->empty()) {
      out->SetNull(row);
    } else {
      WriteRow<T>(out, row, kLast ? list->back() : list->front());
    }
    return Status::OK();
  }

 private:
  BoundFirstLastAppendOnly<T, kLast> append_only_;
};

template <bool kLast>
BindResult BindFirstLast(const char* name, const std::vector<LogicalType>& types) {
  if (types.size() != 1 || !IsScalarPhysical(PhysicalTypeOf(types[0].id()))) {
    return InvalidCall(name, types, std::string("'") + name + "(<ANY>)'");
  }
  LogicalType result = types[0].WithNullable(true);
  return DispatchScalar(PhysicalTypeOf(types[0].id()), [&](auto tag) -> BindResult {
    using T = typename decltype(tag)::type;
    return std::shared_ptr<const BoundAggregateFunction>(
        std::make_shared<BoundFirstLastRetract<T, kLast>>(result, types));
  });
}

}  // namespace

BindResult BindFirstValue(const std::vector<LogicalType>& types, bool) {
  return BindFirstLast<false>("FIRST_VALUE", types);
}
BindResult BindLastValue(const std::vector<LogicalType>& types, bool) {
  return BindFirstLast<true>("LAST_VALUE", types);
}

}  // namespace sluice::aggregate_internal
