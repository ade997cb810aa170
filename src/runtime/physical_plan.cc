#include "runtime/physical_plan.h"

#include <string>

namespace sluice {
namespace {

void Indent(std::string* out, int indent) { out->append(static_cast<size_t>(indent) * 2, ' '); }

void ExplainNode(const PhysicalPlan& plan, const PhysicalNode& node, int indent,
                 std::string* out) {
  if (node.kind == PhysicalNode::Kind::kReceiver) {
    const PhysicalExchange& exchange = plan.exchanges[static_cast<size_t>(node.exchange)];
    Indent(out, indent);
    std::string distribution = ExchangeKindName(exchange.kind);
    if (exchange.kind == ExchangeKind::kHash) {
      distribution += "[";
      for (size_t i = 0; i < exchange.keys.size(); ++i) {
        if (i > 0) distribution += ", ";
        distribution += std::to_string(exchange.keys[i]);
      }
      distribution += "]";
    }
    *out += "Exchange(distribution=[" + distribution + "])\n";
    const Fragment& producer = plan.fragments[static_cast<size_t>(exchange.producer)];
    ExplainNode(plan, *producer.root, indent + 1, out);
    return;
  }
  Indent(out, indent);
  *out += node.description + "\n";
  for (const PhysicalNodePtr& input : node.inputs) ExplainNode(plan, *input, indent + 1, out);
}

}  // namespace

std::string PhysicalPlan::Explain() const {
  std::string out;
  for (const Fragment& fragment : fragments) {
    if (fragment.output == Fragment::Output::kExchange) continue;
    if (fragment.output == Fragment::Output::kSink) {
      out += fragment.sink_description + "\n";
      ExplainNode(*this, *fragment.root, 1, &out);
    } else {
      ExplainNode(*this, *fragment.root, 0, &out);
    }
  }
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace sluice
