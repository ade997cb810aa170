// The 'blackhole' connector: a sink that discards every row (for benchmarks), as Flink's.
#include "connectors/connector.h"
#include "connectors/connector_options.h"

namespace sluice {

namespace {

class BlackholeWriter : public SinkWriter {
 public:
  Status Write(const Batch&) override { return Status::OK(); }
  Status Commit() override { return Status::OK(); }
};

class BlackholeConnector : public ConnectorFactory {
 public:
  std::string_view Name() const override { return "blackhole"; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  bool SupportsSource() const override { return false; }
  bool SupportsSink() const override { return true; }
  Status Validate(const CatalogTable& table) const override {
    return CheckConnectorOptions(Name(), table.options, options_);
  }
  Result<std::unique_ptr<SinkWriter>> OpenSink(const SinkContext&) const override {
    return std::unique_ptr<SinkWriter>(std::make_unique<BlackholeWriter>());
  }

 private:
  std::vector<OptionSpec> options_;
};

}  // namespace

void RegisterBlackholeConnector(ConnectorRegistry& registry) {
  registry.Register(std::make_unique<BlackholeConnector>());
}

}  // namespace sluice
