// The 'print' connector: a sink that writes every row to standard output (or standard error),
// as Flink's PrintTableSinkFactory.
#include <cstdio>

#include "connectors/connector.h"
#include "connectors/connector_options.h"
#include "connectors/print/print_sink.h"

namespace sluice {

namespace {

class PrintConnector : public ConnectorFactory {
 public:
  PrintConnector() {
    options_ = {
        OptionSpec{.key = "print-identifier", .type = OptionType::kString,
                   .description = "A prefix for every printed line, to tell sinks apart."},
        OptionSpec{.key = "standard-error", .type = OptionType::kBool, .default_value = "false",
                   .description = "Print to standard error instead of standard output."},
        OptionSpec{.key = "sink.parallelism", .type = OptionType::kInt,
                   .description = "Parallelism of the sink.", .min_value = 1.0},
    };
  }

  std::string_view Name() const override { return "print"; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  bool SupportsSource() const override { return false; }
  bool SupportsSink() const override { return true; }

  Status Validate(const CatalogTable& table) const override {
    return CheckConnectorOptions(Name(), table.options, options_);
  }

  Result<std::unique_ptr<SinkWriter>> OpenSink(const SinkContext& context) const override {
    SLUICE_RETURN_NOT_OK(Validate(context.table));
    const OptionMap& options = context.table.options;
    std::FILE* out = GetBoolOption(options, "standard-error", false) ? stderr : stdout;
    std::string prefix = PrintPrefix(GetStringOption(options, "print-identifier", ""),
                                     context.task_index, context.parallelism);
    return std::unique_ptr<SinkWriter>(std::make_unique<PrintSinkWriter>(out, prefix));
  }

 private:
  std::vector<OptionSpec> options_;
};

}  // namespace

void RegisterPrintConnector(ConnectorRegistry& registry) {
  registry.Register(std::make_unique<PrintConnector>());
}

}  // namespace sluice
