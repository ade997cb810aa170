// The 'filesystem' connector: tables stored as csv or json-lines files under a path (Flink's
// FileSystemTableFactory options, without partitions or rolling policies for now).
#include <fmt/format.h>

#include "connectors/connector.h"
#include "connectors/connector_options.h"
#include "connectors/filesystem/file_listing.h"
#include "connectors/filesystem/filesystem_sink.h"
#include "connectors/filesystem/filesystem_source.h"
#include "formats/csv/csv_decoder.h"
#include "formats/csv/csv_encoder.h"
#include "formats/json/json_decoder.h"
#include "formats/json/json_encoder.h"

namespace sluice {

namespace {

std::vector<OptionSpec> BaseSpecs() {
  return {
      OptionSpec{.key = "path", .type = OptionType::kString, .required = true,
                 .description = "A file, or a directory of files."},
      OptionSpec{.key = "format", .type = OptionType::kString, .required = true,
                 .description = "The file format: csv or json."},
  };
}

// Checks the options; returns the format ("csv" or "json").
Result<std::string> CheckOptions(const OptionMap& options) {
  std::vector<OptionSpec> specs = BaseSpecs();
  std::string format = GetStringOption(options, "format", "");
  if (format == "csv") {
    auto csv = CsvOptionSpecs();
    specs.insert(specs.end(), csv.begin(), csv.end());
  } else if (format == "json") {
    auto json = JsonOptionSpecs();
    specs.insert(specs.end(), json.begin(), json.end());
  } else if (!format.empty()) {
    return Status::UserError(fmt::format(
        "Could not find any factory for identifier '{}' that implements "
        "'org.apache.flink.table.factories.DeserializationFormatFactory' in the classpath.\n\n"
        "Available factory identifiers are:\n\ncsv\njson",
        format));
  }
  SLUICE_RETURN_NOT_OK(CheckConnectorOptions("filesystem", options, specs));
  if (format == "csv") {
    SLUICE_RETURN_NOT_OK(ReadCsvOptions(options).status());
  } else {
    SLUICE_RETURN_NOT_OK(ReadJsonOptions(options).status());
  }
  return format;
}

class FilesystemConnector : public ConnectorFactory {
 public:
  FilesystemConnector() {
    options_ = BaseSpecs();
    for (auto& spec : CsvOptionSpecs()) options_.push_back(spec);
    for (auto& spec : JsonOptionSpecs()) options_.push_back(spec);
  }

  std::string_view Name() const override { return "filesystem"; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  bool SupportsSource() const override { return true; }
  bool SupportsSink() const override { return true; }

  Status Validate(const CatalogTable& table) const override {
    return CheckOptions(table.options).status();
  }

  Result<std::unique_ptr<SourceReader>> OpenSource(const SourceContext& context) const override {
    const OptionMap& options = context.table.options;
    SLUICE_ASSIGN_OR_RETURN(std::string format, CheckOptions(options));
    Schema physical = PhysicalSchema(context.table);
    for (size_t index : context.projected_columns) {
      if (index >= physical.size()) {
        return Status::InternalError("filesystem: projected column out of range");
      }
    }
    Schema projected = ProjectSchema(physical, context.projected_columns);
    std::unique_ptr<RecordDecoder> decoder;
    if (format == "csv") {
      SLUICE_ASSIGN_OR_RETURN(CsvOptions csv, ReadCsvOptions(options));
      decoder = std::make_unique<CsvDecoder>(csv, physical.size(), context.projected_columns);
    } else {
      SLUICE_ASSIGN_OR_RETURN(JsonOptions json, ReadJsonOptions(options));
      decoder = std::make_unique<JsonDecoder>(json, projected);
    }
    SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> files,
                            ListDataFiles(GetStringOption(options, "path", "")));
    return std::unique_ptr<SourceReader>(std::make_unique<FilesystemSource>(
        FilesOfTask(files, context.task_index, context.parallelism), std::move(decoder),
        projected.types, context.batch_size));
  }

  Result<std::unique_ptr<SinkWriter>> OpenSink(const SinkContext& context) const override {
    const OptionMap& options = context.table.options;
    SLUICE_ASSIGN_OR_RETURN(std::string format, CheckOptions(options));
    Schema physical = PhysicalSchema(context.table);
    std::unique_ptr<RecordEncoder> encoder;
    if (format == "csv") {
      SLUICE_ASSIGN_OR_RETURN(CsvOptions csv, ReadCsvOptions(options));
      encoder = std::make_unique<CsvEncoder>(csv);
    } else {
      SLUICE_ASSIGN_OR_RETURN(JsonOptions json, ReadJsonOptions(options));
      encoder = std::make_unique<JsonEncoder>(json, physical.names);
    }
    return std::unique_ptr<SinkWriter>(std::make_unique<FilesystemSink>(
        GetStringOption(options, "path", ""), context.job_id, context.task_index,
        context.overwrite, std::move(encoder)));
  }

 private:
  std::vector<OptionSpec> options_;
};

}  // namespace

void RegisterFilesystemConnector(ConnectorRegistry& registry) {
  registry.Register(std::make_unique<FilesystemConnector>());
}

}  // namespace sluice
