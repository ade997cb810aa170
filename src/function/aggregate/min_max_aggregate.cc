// MIN and MAX over any comparable scalar type (numbers, BOOLEAN, strings, temporals,
// intervals); the result keeps the argument type (nullable). NULLs are ignored.
//
// The retractable form keeps a multiset (value -> count) per group, as Flink's
// MinWithRetractAggFunction does, so that retracting the current minimum reveals the next one.
// The append-only variant keeps just the current extreme.
#include <map>
#include <new>

#include "function/aggregate/aggregate_binders.h"
#include "function/aggregate/aggregate_util.h"

namespace sluice::aggregate_internal {
namespace {

// a < b for a row value and a stored value (strings compare as views).
template <typename T, typename A, typename B>
bool RowLess(const A& a, const B& b) {
  if constexpr (std::is_same_v<T, std::string_view>) {
    return std::string_view(a) < std::string_view(b);
  } else {
    return StoredLess<T>()(a, b);
  }
}

template <typename T, bool kMax>
class BoundMinMaxAppendOnly final : public BoundAggregateBase {
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
    if (retract) return Status::InternalError("MIN/MAX append-only state got a retraction");
    const Column& arg = *args[0];
    const T* values = arg.Data<T>();
    const bool nulls = arg.MayHaveNulls();
    for (size_t i = 0; i < rows.size(); ++i) {
      const uint32_t row = rows[i];
      if (nulls && arg.IsNull(row)) continue;
      auto* s = reinterpret_cast<State*>(states[group_of_row[i]]);
      const T& v = values[row];
      bool better = !s->has || (kMax ? RowLess<T>(s->value, v) : RowLess<T>(v, s->value));
      if (better) {
        s->value = S(v);
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

template <typename T, bool kMax>
class BoundMinMaxRetract final : public BoundAggregateBase {
  using S = StoredT<T>;
  using Multiset = std::map<S, int64_t, StoredLess<S>>;

 public:
  BoundMinMaxRetract(LogicalType return_type, std::vector<LogicalType> parameter_types)
      : BoundAggregateBase(return_type, parameter_types),
        append_only_(std::move(return_type), std::move(parameter_types)) {}

  size_t state_size() const override { return AlignState(sizeof(Multiset*)); }
  void Initialize(uint8_t* state) const override { *reinterpret_cast<Multiset**>(state) = nullptr; }
  void Destroy(uint8_t* state) const override {
    delete *reinterpret_cast<Multiset**>(state);
    *reinterpret_cast<Multiset**>(state) = nullptr;
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
      auto*& set = *reinterpret_cast<Multiset**>(states[group_of_row[i]]);
      if (set == nullptr) set = new Multiset();
      S key(values[row]);
      if (!retract) {
        ++(*set)[std::move(key)];
      } else {
        auto it = set->find(key);
        if (it == set->end()) {
          (*set)[std::move(key)] = -1;  // a retraction ahead of its insertion
        } else if (--it->second == 0) {
          set->erase(it);
        }
      }
    }
    return Status::OK();
  }

  Status Finalize(const uint8_t* state, Column* out, size_t row) const override {
    const Multiset* set = *reinterpret_cast<const Multiset* const*>(state);
    if (set != nullptr) {
      if constexpr (kMax) {
        for (auto it = set->rbegin(); it != set->rend(); ++it) {
          if (it->second > 0) {
            WriteRow<T>(out, row, it->first);
            return Status::OK();
          }
        }
      } else {
        for (const auto& [value, count] : *set) {
          if (count > 0) {
            WriteRow<T>(out, row, value);
            return Status::OK();
          }
        }
      }
    }
    out->SetNull(row);
    return Status::OK();
  }

 private:
  BoundMinMaxAppendOnly<T, kMax> append_only_;
};

template <bool kMax>
BindResult BindMinMax(const char* name, const std::vector<LogicalType>& types) {
  if (types.size() != 1 || !IsScalarPhysical(PhysicalTypeOf(types[0].id()))) {
    return InvalidCall(name, types, std::string("'") + name + "(<COMPARABLE_TYPE>)'");
  }
  LogicalType result = types[0].WithNullable(true);
  return DispatchScalar(PhysicalTypeOf(types[0].id()), [&](auto tag) -> BindResult {
    using T = typename decltype(tag)::type;
    return std::shared_ptr<const BoundAggregateFunction>(
        std::make_shared<BoundMinMaxRetract<T, kMax>>(result, types));
  });
}

}  // namespace

// DISTINCT does not change MIN or MAX.
BindResult BindMin(const std::vector<LogicalType>& types, bool) {
  return BindMinMax<false>("MIN", types);
}
BindResult BindMax(const std::vector<LogicalType>& types, bool) {
  return BindMinMax<true>("MAX", types);
}

}  // namespace sluice::aggregate_internal
