// The lazy special forms: AND / OR, CASE, COALESCE (see expression_evaluator.h).
#include "exec/expression/evaluator_internal.h"

namespace sluice {
namespace evaluator_internal {
namespace {

// A piece of a result: `column` at `rows`, or NULL at `rows` when column is null.
struct Part {
  ColumnPtr column;
  SelectionVector rows;
};

bool IsNested(PhysicalType p) {
  return p == PhysicalType::kList || p == PhysicalType::kMap || p == PhysicalType::kRow;
}

// Builds the result of a CASE / COALESCE from its parts (disjoint row sets).
Result<ColumnPtr> Assemble(const LogicalType& type, size_t num_rows, std::vector<Part>& parts) {
  ColumnPtr out = NewResult(type, num_rows);
  if (out->physical_type() == PhysicalType::kNull) return out;
  if (!IsNested(out->physical_type())) {
    for (Part& part : parts) {
      if (!part.column) {
        for (uint32_t i : part.rows) out->SetNull(i);
      } else if (part.column->physical_type() == out->physical_type()) {
        CopyRows(*part.column, part.rows, out.get());
      } else {
        for (uint32_t i : part.rows) SLUICE_RETURN_NOT_OK(out->SetValue(i, part.column->GetValue(i)));
      }
    }
    return out;
  }
  // Nested columns are built in row order.
  std::vector<const Column*> source(num_rows, nullptr);
  for (Part& part : parts) {
    for (uint32_t i : part.rows) source[i] = part.column.get();
  }
  ColumnPtr built = Column::Make(type, num_rows);
  for (size_t i = 0; i < num_rows; ++i) {
    if (source[i] == nullptr || source[i]->IsNull(i)) {
      built->AppendNull();
    } else if (source[i]->physical_type() == built->physical_type()) {
      built->AppendFrom(*source[i], i);
    } else {
      SLUICE_RETURN_NOT_OK(built->AppendValue(source[i]->GetValue(i)));
    }
  }
  return built;
}

// 0 = FALSE, 1 = TRUE, 2 = NULL at row i of a BOOLEAN (or NULL-typed) column.
inline int Truth(const Column& c, size_t i) {
  if (c.physical_type() == PhysicalType::kNull || c.IsNull(i)) return 2;
  return c.Data<uint8_t>()[i] != 0;
}

}  // namespace

Result<ColumnPtr> EvaluateAndOr(Node& node, const Batch& input, const SelectionVector& rows,
                                const KernelContext& context) {
  const bool is_and = node.expression->kind == BoundExpression::Kind::kAnd;
  const int decisive = is_and ? 0 : 1;  // FALSE decides AND, TRUE decides OR
  const size_t n = input.num_rows();
  ColumnPtr out = NewResult(LogicalType::Boolean(), n);
  uint8_t* o = out->MutableData<uint8_t>();
  // Rows still undecided, and whether an operand was NULL on them.
  SelectionVector pending = rows;
  std::vector<uint8_t> saw_null(n, 0);
  for (size_t k = 0; k < node.children.size() && !pending.empty(); ++k) {
    SLUICE_ASSIGN_OR_RETURN(ColumnPtr c, EvaluateNode(*node.children[k], input, pending, context));
    SelectionVector next;
    next.reserve(pending.size());
    for (uint32_t i : pending) {
      int t = Truth(*c, i);
      if (t == decisive) {
        o[i] = static_cast<uint8_t>(decisive);
      } else {
        if (t == 2) saw_null[i] = 1;
        next.push_back(i);
      }
    }
    pending = std::move(next);
  }
  for (uint32_t i : pending) {
    if (saw_null[i]) {
      out->SetNull(i);
    } else {
      o[i] = static_cast<uint8_t>(1 - decisive);
    }
  }
  return out;
}

Result<ColumnPtr> EvaluateCase(Node& node, const Batch& input, const SelectionVector& rows,
                               const KernelContext& context) {
  const BoundExpression& e = *node.expression;
  const size_t pairs = (node.children.size() - (e.has_else ? 1 : 0)) / 2;
  std::vector<Part> parts;
  SelectionVector remaining = rows;
  for (size_t k = 0; k < pairs && !remaining.empty(); ++k) {
    SLUICE_ASSIGN_OR_RETURN(ColumnPtr cond,
                            EvaluateNode(*node.children[2 * k], input, remaining, context));
    SelectionVector taken;
    SelectionVector rest;
    for (uint32_t i : remaining) {
      if (Truth(*cond, i) == 1) {
        taken.push_back(i);
      } else {
        rest.push_back(i);
      }
    }
    if (!taken.empty()) {
      SLUICE_ASSIGN_OR_RETURN(ColumnPtr value,
                              EvaluateNode(*node.children[2 * k + 1], input, taken, context));
      parts.push_back({std::move(value), std::move(taken)});
    }
    remaining = std::move(rest);
  }
  if (!remaining.empty()) {
    if (e.has_else) {
      SLUICE_ASSIGN_OR_RETURN(ColumnPtr value,
                              EvaluateNode(*node.children.back(), input, remaining, context));
      parts.push_back({std::move(value), std::move(remaining)});
    } else {
      parts.push_back({nullptr, std::move(remaining)});
    }
  }
  return Assemble(e.type, input.num_rows(), parts);
}

Result<ColumnPtr> EvaluateCoalesce(Node& node, const Batch& input, const SelectionVector& rows,
                                   const KernelContext& context) {
  const BoundExpression& e = *node.expression;
  std::vector<Part> parts;
  SelectionVector remaining = rows;
  for (size_t k = 0; k < node.children.size() && !remaining.empty(); ++k) {
    SLUICE_ASSIGN_OR_RETURN(ColumnPtr value,
                            EvaluateNode(*node.children[k], input, remaining, context));
    if (value->physical_type() == PhysicalType::kNull) continue;
    if (!value->MayHaveNulls()) {
      parts.push_back({std::move(value), std::move(remaining)});
      remaining.clear();
      break;
    }
    SelectionVector taken;
    SelectionVector rest;
    for (uint32_t i : remaining) {
      if (value->IsNull(i)) {
        rest.push_back(i);
      } else {
        taken.push_back(i);
      }
    }
    if (!taken.empty()) parts.push_back({std::move(value), std::move(taken)});
    remaining = std::move(rest);
  }
  if (!remaining.empty()) parts.push_back({nullptr, std::move(remaining)});
  return Assemble(e.type, input.num_rows(), parts);
}

}  // namespace evaluator_internal
}  // namespace sluice
