// SUM, SUM0 (internal: SUM that yields 0 instead of NULL) and AVG over numeric arguments, with
// Flink's result types (LogicalTypeMerging.findSumAggType / findAvgAggType):
//   SUM(TINYINT..BIGINT, FLOAT, DOUBLE) keeps the type; SUM(DECIMAL(p, s)) is DECIMAL(38, s);
//   AVG keeps the type for every non-DECIMAL argument (integral AVG truncates, as Flink's
//   IntAvgAggFunction divides a BIGINT sum by the count); AVG(DECIMAL(p, s)) is
//   DECIMAL(38, max(6, s)), rounded HALF_UP.
// Integral sums wrap on overflow as Java's arithmetic does; a DECIMAL sum beyond 38 digits is
// NULL, as Flink's DecimalData arithmetic. All keep a count, so retraction is exact.
#include <algorithm>

#include "function/aggregate/aggregate_binders.h"
#include "function/aggregate/aggregate_util.h"

namespace sluice::aggregate_internal {
namespace {

enum class SumKind { kSum, kSum0, kAvg };

// The accumulator type of a row type: integers sum as int64_t, FLOAT sums as float for SUM and
// as double for AVG (Flink's FloatAvgAggFunction), DOUBLE as double, DECIMAL as Int128.
template <typename In, SumKind kKind>
struct AccFor {
  using type = std::conditional_t<
      std::is_integral_v<In>, int64_t,
      std::conditional_t<std::is_same_v<In, float> && kKind != SumKind::kAvg, float,
                         std::conditional_t<std::is_same_v<In, Int128>, Int128, double>>>;
};

template <typename In, SumKind kKind>
class BoundSum final : public BoundAggregateBase {
  using Acc = typename AccFor<In, kKind>::type;
  struct State {
    Acc sum;
    int64_t count;
  };

 public:
  BoundSum(LogicalType return_type, LogicalType argument_type)
      : BoundAggregateBase(std::move(return_type), {argument_type}),
        input_scale_(argument_type.id() == TypeId::kDecimal ? argument_type.scale() : 0) {}

  size_t state_size() const override { return AlignState(sizeof(State)); }
  void Initialize(uint8_t* state) const override {
    auto* s = reinterpret_cast<State*>(state);
    s->sum = Acc{};
    s->count = 0;
  }
  bool SupportsRetraction() const override { return true; }

  Status Update(const std::vector<const Column*>& args, const SelectionVector& rows,
                const uint32_t* group_of_row, uint8_t* const* states, bool retract) const override {
    const Column& arg = *args[0];
    const In* values = arg.Data<In>();
    const size_t n = rows.size();
    const uint32_t* row_ids = rows.data();
    if (retract) {
      Loop<true>(arg, values, row_ids, n, group_of_row, states);
    } else {
      Loop<false>(arg, values, row_ids, n, group_of_row, states);
    }
    return Status::OK();
  }

  Status Finalize(const uint8_t* state, Column* out, size_t row) const override {
    const auto* s = reinterpret_cast<const State*>(state);
    if (s->count <= 0) {
      if constexpr (kKind == SumKind::kSum0) {
        WriteRow<In>(out, row, In{});
      } else {
        out->SetNull(row);
      }
      return Status::OK();
    }
    if constexpr (kKind == SumKind::kAvg) {
      if constexpr (std::is_same_v<In, Int128>) {
        return FinalizeDecimalAvg(s->sum, s->count, out, row);
      } else if constexpr (std::is_integral_v<In>) {
        // Java's long division truncates toward zero, then the narrowing cast wraps.
        WriteRow<In>(out, row, static_cast<In>(s->sum / s->count));
      } else {
        WriteRow<In>(out, row, static_cast<In>(s->sum / static_cast<double>(s->count)));
      }
    } else {
      if constexpr (std::is_same_v<In, Int128>) {
        Int128 limit = DecimalLimit();
        if (s->sum >= limit || s->sum <= -limit) {
          out->SetNull(row);
          return Status::OK();
        }
      }
      WriteRow<In>(out, row, static_cast<In>(s->sum));
    }
    return Status::OK();
  }

 private:
  template <bool kRetract>
  static void Add(State* s, In v) {
    if constexpr (std::is_integral_v<In>) {
      uint64_t delta = static_cast<uint64_t>(static_cast<int64_t>(v));
      uint64_t sum = static_cast<uint64_t>(s->sum);
      s->sum = static_cast<int64_t>(kRetract ? sum - delta : sum + delta);
    } else {
      if constexpr (kRetract) {
        s->sum -= static_cast<Acc>(v);
      } else {
        s->sum += static_cast<Acc>(v);
      }
    }
    s->count += kRetract ? -1 : 1;
  }

  template <bool kRetract>
  static void Loop(const Column& arg, const In* values, const uint32_t* row_ids, size_t n,
                   const uint32_t* group_of_row, uint8_t* const* states) {
    if (!arg.MayHaveNulls()) {
      for (size_t i = 0; i < n; ++i) {
        Add<kRetract>(reinterpret_cast<State*>(states[group_of_row[i]]), values[row_ids[i]]);
      }
    } else {
      for (size_t i = 0; i < n; ++i) {
        uint32_t row = row_ids[i];
        if (arg.IsNull(row)) continue;
        Add<kRetract>(reinterpret_cast<State*>(states[group_of_row[i]]), values[row]);
      }
    }
  }

  Status FinalizeDecimalAvg(Int128 sum, int64_t count, Column* out, size_t row) const {
    const int shift = std::max(6, input_scale_) - input_scale_;
    const Int128 factor = Pow10(shift);
    const Int128 quotient = sum / count;
    const Int128 remainder = sum % count;
    Int128 result = quotient * factor;
    const Int128 scaled_remainder = remainder * factor;
    result += scaled_remainder / count;
    Int128 rest = scaled_remainder % count;
    if (rest < 0) rest = -rest;
    if (2 * rest >= count) result += sum < 0 ? -1 : 1;
    const Int128 limit = DecimalLimit();
    if (result >= limit || result <= -limit) {
      out->SetNull(row);
    } else {
      WriteRow<Int128>(out, row, result);
    }
    return Status::OK();
  }

  int input_scale_;
};

template <SumKind kKind>
BindResult BindSumLike(const char* name, const std::vector<LogicalType>& types, bool distinct) {
  if (types.size() != 1 || !types[0].IsNumeric()) {
    return InvalidCall(name, types, "'" + std::string(name) + "(<NUMERIC>)'");
  }
  const LogicalType& arg = types[0];
  LogicalType result = arg.WithNullable(true);
  if (arg.id() == TypeId::kDecimal) {
    result =
        LogicalType::Decimal(38, kKind == SumKind::kAvg ? std::max(6, arg.scale()) : arg.scale());
  }
  if (kKind == SumKind::kSum0) result = result.NotNull();
  std::shared_ptr<const BoundAggregateFunction> bound;
  switch (PhysicalTypeOf(arg.id())) {
    case PhysicalType::kInt8:
      bound = std::make_shared<BoundSum<int8_t, kKind>>(result, arg);
      break;
    case PhysicalType::kInt16:
      bound = std::make_shared<BoundSum<int16_t, kKind>>(result, arg);
      break;
    case PhysicalType::kInt32:
      bound = std::make_shared<BoundSum<int32_t, kKind>>(result, arg);
      break;
    case PhysicalType::kInt64:
      bound = std::make_shared<BoundSum<int64_t, kKind>>(result, arg);
      break;
    case PhysicalType::kFloat:
      bound = std::make_shared<BoundSum<float, kKind>>(result, arg);
      break;
    case PhysicalType::kDouble:
      bound = std::make_shared<BoundSum<double, kKind>>(result, arg);
      break;
    case PhysicalType::kInt128:
      bound = std::make_shared<BoundSum<Int128, kKind>>(result, arg);
      break;
    default:
      return InvalidCall(name, types, "'" + std::string(name) + "(<NUMERIC>)'");
  }
  if (distinct) return MakeDistinct(bound);
  return bound;
}

}  // namespace

BindResult BindSum(const std::vector<LogicalType>& types, bool distinct) {
  return BindSumLike<SumKind::kSum>("SUM", types, distinct);
}
BindResult BindSum0(const std::vector<LogicalType>& types, bool distinct) {
  return BindSumLike<SumKind::kSum0>("$SUM0", types, distinct);
}
BindResult BindAvg(const std::vector<LogicalType>& types, bool distinct) {
  return BindSumLike<SumKind::kAvg>("AVG", types, distinct);
}

}  // namespace sluice::aggregate_internal
