// LISTAGG(x [, separator]): the non-NULL values of a group joined in arrival order with the
// separator (',' by default), as a nullable STRING; NULL when the group has no non-NULL value.
//
// The retractable form keeps the values (as Flink's ListAggWithRetractAggFunction) and removes
// the first occurrence of a retracted value; it joins with the latest separator seen. The
// append-only variant builds the text as it goes.
#include <algorithm>
#include <new>
#include <string>

#include "function/aggregate/aggregate_binders.h"
#include "function/aggregate/aggregate_util.h"

namespace sluice::aggregate_internal {
namespace {

constexpr std::string_view kDefaultSeparator = ",";

std::string_view SeparatorAt(const std::vector<const Column*>& args, uint32_t row) {
  if (args.size() < 2 || args[1]->IsNull(row)) return args.size() < 2 ? kDefaultSeparator : "";
  return args[1]->GetString(row);
}

class BoundListAggAppendOnly final : public BoundAggregateBase {
  struct State {
    std::string text;
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
    if (retract) return Status::InternalError("LISTAGG append-only state got a retraction");
    const Column& arg = *args[0];
    for (size_t i = 0; i < rows.size(); ++i) {
      const uint32_t row = rows[i];
      if (arg.IsNull(row)) continue;
      auto* s = reinterpret_cast<State*>(states[group_of_row[i]]);
      if (s->has) s->text += SeparatorAt(args, row);
      s->text += arg.GetString(row);
      s->has = true;
    }
    return Status::OK();
  }

  Status Finalize(const uint8_t* state, Column* out, size_t row) const override {
    const auto* s = reinterpret_cast<const State*>(state);
    if (!s->has) {
      out->SetNull(row);
    } else {
      WriteRow<std::string_view>(out, row, s->text);
    }
    return Status::OK();
  }
};

class BoundListAggRetract final : public BoundAggregateBase {
  struct Values {
    std::vector<std::string> values;
    std::string separator;
  };

 public:
  BoundListAggRetract(LogicalType return_type, std::vector<LogicalType> parameter_types)
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
    for (size_t i = 0; i < rows.size(); ++i) {
      const uint32_t row = rows[i];
      if (arg.IsNull(row)) continue;
      auto*& list = *reinterpret_cast<Values**>(states[group_of_row[i]]);
      if (list == nullptr) list = new Values{{}, std::string(kDefaultSeparator)};
      std::string_view value = arg.GetString(row);
      if (!retract) {
        list->values.emplace_back(value);
        list->separator = std::string(SeparatorAt(args, row));
      } else {
        auto it = std::find(list->values.begin(), list->values.end(), value);
        if (it != list->values.end()) list->values.erase(it);
      }
    }
    return Status::OK();
  }

  Status Finalize(const uint8_t* state, Column* out, size_t row) const override {
    const Values* list = *reinterpret_cast<const Values* const*>(state);
    if (list == nullptr || list->values.empty()) {
      out->SetNull(row);
      return Status::OK();
    }
    std::string text;
    for (size_t i = 0; i < list->values.size(); ++i) {
      if (i > 0) text += list->separator;
      text += list->values[i];
    }
    WriteRow<std::string_view>(out, row, text);
    return Status::OK();
  }

 private:
  BoundListAggAppendOnly append_only_;
};

}  // namespace

BindResult BindListAgg(const std::vector<LogicalType>& types, bool distinct) {
  bool ok = (types.size() == 1 || types.size() == 2) && types[0].IsCharacterString() &&
            (types.size() == 1 || types[1].IsCharacterString());
  if (!ok) {
    return InvalidCall("LISTAGG", types,
                       "'LISTAGG(<CHARACTER>)' 'LISTAGG(<CHARACTER>, <CHARACTER>)'");
  }
  std::shared_ptr<const BoundAggregateFunction> bound =
      std::make_shared<BoundListAggRetract>(LogicalType::String(), types);
  if (distinct) return MakeDistinct(bound);
  return bound;
}

}  // namespace sluice::aggregate_internal
