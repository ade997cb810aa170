// VAR_POP, VAR_SAMP, STDDEV_POP, STDDEV_SAMP over numeric arguments. Flink rewrites them into
// SUM(x * x), SUM(x) and COUNT(x) (AggregateReduceFunctionsRule) and types the result as AVG
// does: the argument type, or DECIMAL(38, max(6, s)) for DECIMAL. Here the moments are kept in
// double and the result is converted to that type (integral results truncate). The sample
// forms are NULL for fewer than two values, the population forms for none.
#include <algorithm>
#include <cmath>

#include "function/aggregate/aggregate_binders.h"
#include "function/aggregate/aggregate_util.h"

namespace sluice::aggregate_internal {
namespace {

enum class VarianceKind { kVarPop, kVarSamp, kStddevPop, kStddevSamp };

struct VarianceState {
  double sum;
  double sum_squares;
  int64_t count;
};

template <typename In>
class BoundVariance final : public BoundAggregateBase {
 public:
  BoundVariance(VarianceKind kind, LogicalType return_type, LogicalType argument_type)
      : BoundAggregateBase(std::move(return_type), {argument_type}), kind_(kind) {
    if (argument_type.id() == TypeId::kDecimal) {
      input_divisor_ = std::pow(10.0, argument_type.scale());
    }
    if (return_type_.id() == TypeId::kDecimal) output_scale_ = return_type_.scale();
  }

  size_t state_size() const override { return AlignState(sizeof(VarianceState)); }
  void Initialize(uint8_t* state) const override { *reinterpret_cast<VarianceState*>(state) = {}; }
  bool SupportsRetraction() const override { return true; }

  Status Update(const std::vector<const Column*>& args, const SelectionVector& rows,
                const uint32_t* group_of_row, uint8_t* const* states, bool retract) const override {
    const Column& arg = *args[0];
    const In* values = arg.Data<In>();
    const double sign = retract ? -1.0 : 1.0;
    for (size_t i = 0; i < rows.size(); ++i) {
      const uint32_t row = rows[i];
      if (arg.IsNull(row)) continue;
      double v = static_cast<double>(values[row]) / input_divisor_;
      auto* s = reinterpret_cast<VarianceState*>(states[group_of_row[i]]);
      s->sum += sign * v;
      s->sum_squares += sign * v * v;
      s->count += retract ? -1 : 1;
    }
    return Status::OK();
  }

  Status Finalize(const uint8_t* state, Column* out, size_t row) const override {
    const auto* s = reinterpret_cast<const VarianceState*>(state);
    const bool sample = kind_ == VarianceKind::kVarSamp || kind_ == VarianceKind::kStddevSamp;
    if (s->count <= 0 || (sample && s->count < 2)) {
      out->SetNull(row);
      return Status::OK();
    }
    const double n = static_cast<double>(s->count);
    double variance = (s->sum_squares - s->sum * s->sum / n) / (sample ? n - 1 : n);
    if (variance < 0) variance = 0;  // rounding noise
    double result = (kind_ == VarianceKind::kStddevPop || kind_ == VarianceKind::kStddevSamp)
                        ? std::sqrt(variance)
                        : variance;
    if constexpr (std::is_same_v<In, Int128>) {
      WriteRow<Int128>(out, row,
                       static_cast<Int128>(std::llround(result * std::pow(10.0, output_scale_))));
    } else if constexpr (std::is_integral_v<In>) {
      WriteRow<In>(out, row, static_cast<In>(static_cast<int64_t>(result)));
    } else {
      WriteRow<In>(out, row, static_cast<In>(result));
    }
    return Status::OK();
  }

 private:
  VarianceKind kind_;
  double input_divisor_ = 1.0;
  int output_scale_ = 0;
};

BindResult BindVarianceLike(VarianceKind kind, const char* name,
                            const std::vector<LogicalType>& types, bool distinct) {
  if (types.size() != 1 || !types[0].IsNumeric()) {
    return InvalidCall(name, types, "'" + std::string(name) + "(<NUMERIC>)'");
  }
  const LogicalType& arg = types[0];
  LogicalType result = arg.WithNullable(true);
  if (arg.id() == TypeId::kDecimal) result = LogicalType::Decimal(38, std::max(6, arg.scale()));
  std::shared_ptr<const BoundAggregateFunction> bound;
  switch (PhysicalTypeOf(arg.id())) {
    case PhysicalType::kInt8:
      bound = std::make_shared<BoundVariance<int8_t>>(kind, result, arg);
      break;
    case PhysicalType::kInt16:
      bound = std::make_shared<BoundVariance<int16_t>>(kind, result, arg);
      break;
    case PhysicalType::kInt32:
      bound = std::make_shared<BoundVariance<int32_t>>(kind, result, arg);
      break;
    case PhysicalType::kInt64:
      bound = std::make_shared<BoundVariance<int64_t>>(kind, result, arg);
      break;
    case PhysicalType::kFloat:
      bound = std::make_shared<BoundVariance<float>>(kind, result, arg);
      break;
    case PhysicalType::kDouble:
      bound = std::make_shared<BoundVariance<double>>(kind, result, arg);
      break;
    case PhysicalType::kInt128:
      bound = std::make_shared<BoundVariance<Int128>>(kind, result, arg);
      break;
    default:
      return InvalidCall(name, types, "'" + std::string(name) + "(<NUMERIC>)'");
  }
  if (distinct) return MakeDistinct(bound);
  return bound;
}

}  // namespace

BindResult BindVarPop(const std::vector<LogicalType>& types, bool distinct) {
  return BindVarianceLike(VarianceKind::kVarPop, "VAR_POP", types, distinct);
}
BindResult BindVarSamp(const std::vector<LogicalType>& types, bool distinct) {
  return BindVarianceLike(VarianceKind::kVarSamp, "VAR_SAMP", types, distinct);
}
BindResult BindStddevPop(const std::vector<LogicalType>& types, bool distinct) {
  return BindVarianceLike(VarianceKind::kStddevPop, "STDDEV_POP", types, distinct);
}
BindResult BindStddevSamp(const std::vector<LogicalType>& types, bool distinct) {
  return BindVarianceLike(VarianceKind::kStddevSamp, "STDDEV_SAMP", types, distinct);
}

}  // namespace sluice::aggregate_internal
