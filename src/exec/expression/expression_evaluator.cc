#include "exec/expression/expression_evaluator.h"

#include "exec/expression/evaluator_internal.h"
#include "function/cast_functions.h"
#include "function/scalar/kernel_util.h"

namespace sluice {
namespace evaluator_internal {

ColumnPtr NewResult(const LogicalType& type, size_t num_rows) {
  ColumnPtr out = Column::Make(type, num_rows);
  out->Resize(num_rows);
  return out;
}

void CopyRows(const Column& source, const SelectionVector& rows, Column* target) {
  const bool nulls = source.MayHaveNulls();
  switch (source.physical_type()) {
    case PhysicalType::kNull:
      for (uint32_t i : rows) target->SetNull(i);
      return;
    case PhysicalType::kList:
    case PhysicalType::kMap:
    case PhysicalType::kRow:
      for (uint32_t i : rows) (void)target->SetValue(i, source.GetValue(i));
      return;
    case PhysicalType::kString: {
      target->ShareHeapsOf(source);
      const std::string_view* s = source.Data<std::string_view>();
      std::string_view* d = target->MutableData<std::string_view>();
      for (uint32_t i : rows) {
        d[i] = s[i];
        target->SetNull(i, nulls && source.IsNull(i));
      }
      return;
    }
    default: {
      size_t width = PhysicalWidth(source.physical_type());
      // Fixed-width rows: byte copies through the typed accessors' common storage.
      auto copy = [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T* s = source.Data<T>();
        T* d = target->MutableData<T>();
        for (uint32_t i : rows) {
          d[i] = s[i];
          target->SetNull(i, nulls && source.IsNull(i));
        }
      };
      switch (source.physical_type()) {
        case PhysicalType::kBool:
          copy(TypeTag<uint8_t>{});
          break;
        case PhysicalType::kInt8:
          copy(TypeTag<int8_t>{});
          break;
        case PhysicalType::kInt16:
          copy(TypeTag<int16_t>{});
          break;
        case PhysicalType::kInt32:
          copy(TypeTag<int32_t>{});
          break;
        case PhysicalType::kInt64:
          copy(TypeTag<int64_t>{});
          break;
        case PhysicalType::kFloat:
          copy(TypeTag<float>{});
          break;
        case PhysicalType::kDouble:
          copy(TypeTag<double>{});
          break;
        case PhysicalType::kInt128:
          copy(TypeTag<Int128>{});
          break;
        default:
          (void)width;
          break;
      }
      return;
    }
  }
}

namespace {

Status Prepare(const BoundExpression& expression, std::unique_ptr<Node>* out) {
  auto node = std::make_unique<Node>();
  node->expression = &expression;
  for (const BoundExpressionPtr& child : expression.children) {
    std::unique_ptr<Node> prepared;
    SLUICE_RETURN_NOT_OK(Prepare(*child, &prepared));
    node->children.push_back(std::move(prepared));
  }
  switch (expression.kind) {
    case BoundExpression::Kind::kCast: {
      const LogicalType& source = expression.children.at(0)->type;
      const LogicalType& target = expression.type;
      // A pass-through keeps the source column's type object, so only do it when printing the
      // column as the target type would give the same text.
      bool same_text = !(source.IsTemporal() && source.precision() != target.precision()) &&
                       !(target.id() == TypeId::kChar && source.id() != TypeId::kChar);
      if (source.id() != TypeId::kNull && IsIdentityCast(source, target) && same_text) {
        node->pass_through = true;
      } else {
        SLUICE_ASSIGN_OR_RETURN(node->cast_kernel,
                                MakeCastKernel(source, target, expression.try_cast));
      }
      break;
    }
    case BoundExpression::Kind::kCall:
      if (!expression.function || !expression.function->kernel) {
        return Status::InternalError("Call without a bound function: " + expression.ToString());
      }
      break;
    default:
      break;
  }
  *out = std::move(node);
  return Status::OK();
}

// Removes rows where any argument is NULL from `rows` (into `active`), marking them NULL in
// `out`. Returns false when nothing was removed (then `active` is not filled).
bool RemoveNullRows(const std::vector<const Column*>& args, const SelectionVector& rows,
                    Column* out, SelectionVector* active) {
  bool any = false;
  for (const Column* a : args) {
    if (a->physical_type() == PhysicalType::kNull || a->MayHaveNulls()) {
      any = true;
      break;
    }
  }
  if (!any) return false;
  active->clear();
  active->reserve(rows.size());
  for (uint32_t i : rows) {
    bool is_null = false;
    for (const Column* a : args) {
      if (a->physical_type() == PhysicalType::kNull || a->IsNull(i)) {
        is_null = true;
        break;
      }
    }
    if (is_null) {
      out->SetNull(i);
    } else {
      active->push_back(i);
    }
  }
  return true;
}

Result<ColumnPtr> EvaluateCall(Node& node, const Batch& input, const SelectionVector& rows,
                               const KernelContext& context) {
  const BoundExpression& e = *node.expression;
  const size_t n = input.num_rows();
  std::vector<ColumnPtr> holders;
  std::vector<const Column*> args;
  holders.reserve(node.children.size());
  for (auto& child : node.children) {
    SLUICE_ASSIGN_OR_RETURN(ColumnPtr c, EvaluateNode(*child, input, rows, context));
    args.push_back(c.get());
    holders.push_back(std::move(c));
  }
  ColumnPtr out = NewResult(e.type, n);
  if (out->physical_type() == PhysicalType::kNull) return out;
  const BoundScalarFunction& f = *e.function;
  if (f.null_propagating) {
    SelectionVector active;
    if (RemoveNullRows(args, rows, out.get(), &active)) {
      if (!active.empty()) SLUICE_RETURN_NOT_OK(f.kernel(context, args, active, out.get()));
      return out;
    }
  }
  if (!rows.empty()) SLUICE_RETURN_NOT_OK(f.kernel(context, args, rows, out.get()));
  return out;
}

Result<ColumnPtr> EvaluateCast(Node& node, const Batch& input, const SelectionVector& rows,
                               const KernelContext& context) {
  SLUICE_ASSIGN_OR_RETURN(ColumnPtr in, EvaluateNode(*node.children[0], input, rows, context));
  if (node.pass_through) return in;
  ColumnPtr out = NewResult(node.expression->type, input.num_rows());
  if (out->physical_type() == PhysicalType::kNull) return out;
  std::vector<const Column*> args{in.get()};
  SelectionVector active;
  if (RemoveNullRows(args, rows, out.get(), &active)) {
    if (!active.empty()) SLUICE_RETURN_NOT_OK(node.cast_kernel(context, args, active, out.get()));
    return out;
  }
  if (!rows.empty()) SLUICE_RETURN_NOT_OK(node.cast_kernel(context, args, rows, out.get()));
  return out;
}

}  // namespace

Result<ColumnPtr> EvaluateNode(Node& node, const Batch& input, const SelectionVector& rows,
                               const KernelContext& context) {
  const BoundExpression& e = *node.expression;
  switch (e.kind) {
    case BoundExpression::Kind::kConstant: {
      size_t n = input.num_rows();
      if (!node.constant_column || node.constant_column->size() != n) {
        node.constant_column = e.constant.is_null() ? Column::MakeNulls(e.type, n)
                                                    : Column::MakeConstant(e.constant, n);
      }
      return node.constant_column;
    }
    case BoundExpression::Kind::kColumnRef:
      if (e.column_index >= input.num_columns()) {
        return Status::InternalError("Column reference " + e.ToString() + " out of range.");
      }
      return input.column(e.column_index);
    case BoundExpression::Kind::kCall:
      return EvaluateCall(node, input, rows, context);
    case BoundExpression::Kind::kCast:
      return EvaluateCast(node, input, rows, context);
    case BoundExpression::Kind::kAnd:
    case BoundExpression::Kind::kOr:
      return EvaluateAndOr(node, input, rows, context);
    case BoundExpression::Kind::kCase:
      return EvaluateCase(node, input, rows, context);
    case BoundExpression::Kind::kCoalesce:
      return EvaluateCoalesce(node, input, rows, context);
  }
  return Status::InternalError("Unknown expression kind.");
}

Status PrepareTree(const BoundExpression& expression, std::unique_ptr<Node>* out) {
  return Prepare(expression, out);
}

}  // namespace evaluator_internal

ExpressionEvaluator::ExpressionEvaluator(BoundExpressionPtr expression, KernelContext context)
    : expression_(std::move(expression)), context_(std::move(context)) {
  prepare_status_ = evaluator_internal::PrepareTree(*expression_, &root_);
}

ExpressionEvaluator::~ExpressionEvaluator() = default;

Result<std::unique_ptr<ExpressionEvaluator>> ExpressionEvaluator::Make(
    BoundExpressionPtr expression, KernelContext context) {
  auto evaluator = std::make_unique<ExpressionEvaluator>(std::move(expression), std::move(context));
  SLUICE_RETURN_NOT_OK(evaluator->Prepare());
  return evaluator;
}

Result<ColumnPtr> ExpressionEvaluator::Evaluate(const Batch& input) {
  return Evaluate(input, SelectionVector::All(input.num_rows()));
}

Result<ColumnPtr> ExpressionEvaluator::Evaluate(const Batch& input, const SelectionVector& rows) {
  SLUICE_RETURN_NOT_OK(prepare_status_);
  return evaluator_internal::EvaluateNode(*root_, input, rows, context_);
}

Result<SelectionVector> ExpressionEvaluator::EvaluateFilter(const Batch& input) {
  return EvaluateFilter(input, SelectionVector::All(input.num_rows()));
}

Result<SelectionVector> ExpressionEvaluator::EvaluateFilter(const Batch& input,
                                                            const SelectionVector& rows) {
  SLUICE_ASSIGN_OR_RETURN(ColumnPtr c, Evaluate(input, rows));
  SelectionVector out;
  if (c->physical_type() != PhysicalType::kBool) return out;  // NULL type: nothing passes
  out.reserve(rows.size());
  const uint8_t* v = c->Data<uint8_t>();
  if (c->MayHaveNulls()) {
    for (uint32_t i : rows) {
      if (v[i] && !c->IsNull(i)) out.push_back(i);
    }
  } else {
    for (uint32_t i : rows) {
      if (v[i]) out.push_back(i);
    }
  }
  return out;
}

Result<Value> EvaluateConstant(const BoundExpression& expression, const KernelContext& context) {
  // Non-owning handle: the caller keeps `expression` alive for this call.
  BoundExpressionPtr handle(std::shared_ptr<const BoundExpression>(), &expression);
  ExpressionEvaluator evaluator(handle, context);
  SLUICE_RETURN_NOT_OK(evaluator.Prepare());
  Batch one_row({}, 1);
  SLUICE_ASSIGN_OR_RETURN(ColumnPtr c, evaluator.Evaluate(one_row));
  Value v = c->GetValue(0);
  if (v.is_null()) return Value::Null(expression.type);
  return v.WithType(expression.type);
}

}  // namespace sluice
