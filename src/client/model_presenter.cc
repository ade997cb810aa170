#include "client/model_presenter.h"

#include <fmt/format.h>

#include <ctime>

#include "client/result_table_builder.h"
#include "model/model_options.h"

namespace sluice {
namespace {

std::string ColumnList(const std::vector<ModelColumn>& columns) {
  std::string out;
  for (const ModelColumn& column : columns) {
    if (!out.empty()) out += ", ";
    out += QuoteIdentifier(column.name) + " " + column.type.ToString();
    if (!column.metadata_key.empty()) out += " METADATA FROM " + QuoteSqlString(column.metadata_key);
    if (!column.comment.empty()) out += " COMMENT " + QuoteSqlString(column.comment);
  }
  return out;
}

bool AnyComment(const ModelVersion& version) {
  for (const auto* columns : {&version.input, &version.output}) {
    for (const ModelColumn& column : *columns) {
      if (!column.comment.empty()) return true;
    }
  }
  return false;
}

std::string OptionOrEmpty(const OptionMap& options, const std::string& key) {
  auto it = options.find(key);
  return it == options.end() ? "" : it->second;
}

}  // namespace

std::string FormatUtcMillis(int64_t millis) {
  std::time_t seconds = static_cast<std::time_t>(millis / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof(buffer), "%Y-%m-%d %H:%M:%S", &utc);
  return fmt::format("{}.{:03d}", buffer, static_cast<int>(millis % 1000));
}

std::string ShowCreateModel(const ObjectIdentifier& id, const ModelVersion& version,
                            bool temporary) {
  std::string ddl = fmt::format("CREATE {}MODEL {}\n", temporary ? "TEMPORARY " : "",
                                id.ToQuotedString());
  if (!version.input.empty()) ddl += "INPUT (" + ColumnList(version.input) + ")\n";
  if (!version.output.empty()) ddl += "OUTPUT (" + ColumnList(version.output) + ")\n";
  if (!version.comment.empty()) ddl += "COMMENT " + QuoteSqlString(version.comment) + "\n";
  ddl += "WITH (\n";
  const OptionMap shown = MaskSecretOptions(version.options);
  size_t index = 0;
  for (const auto& [key, value] : shown) {
    ddl += "  " + QuoteSqlString(key) + " = " + QuoteSqlString(value);
    ddl += ++index < shown.size() ? ",\n" : "\n";
  }
  ddl += ")";
  return ddl;
}

ResultTable DescribeModel(const ObjectIdentifier& id, const CatalogModel& model,
                          const ModelVersion& version, bool extended) {
  const bool with_comment = AnyComment(version);
  std::vector<std::string> names = {"name", "type", "null", "is input"};
  if (with_comment) names.push_back("comment");
  ResultTable table = MakeStringTable(names);
  auto add_columns = [&](const std::vector<ModelColumn>& columns, bool is_input) {
    for (const ModelColumn& column : columns) {
      std::vector<std::optional<std::string>> row = {
          column.name, column.type.WithNullable(true).ToSummaryString(),
          BoolText(column.type.nullable()), BoolText(is_input)};
      if (with_comment) {
        row.push_back(column.comment.empty() ? std::nullopt
                                             : std::optional<std::string>(column.comment));
      }
      table.rows.push_back(std::move(row));
    }
  };
  add_columns(version.input, true);
  add_columns(version.output, false);
  if (!extended) return table;

  const OptionMap options = MaskSecretOptions(version.options);
  auto add_property = [&](const std::string& key, const std::string& value) {
    std::vector<std::optional<std::string>> row(names.size());
    row[0] = "# " + key;
    row[1] = value;
    table.rows.push_back(std::move(row));
  };
  const ModelVersion* default_version = model.DefaultVersion();
  add_property("model", id.ToString());
  add_property("version", std::to_string(version.version));
  add_property("default version",
               default_version ? std::to_string(default_version->version) : "(missing)");
  add_property("versions", std::to_string(model.versions.size()));
  Result<std::string> provider = ResolveProviderName(version.options);
  add_property("provider", provider.ok() && !provider->empty() ? *provider
                           : version.kind == ModelKind::kTrained ? "builtin"
                                                                 : "");
  add_property("kind", ModelKindName(version.kind));
  add_property("task", OptionOrEmpty(version.options, "task"));
  add_property("created", FormatUtcMillis(version.created_at_millis));
  if (!version.comment.empty()) add_property("comment", version.comment);
  if (!version.artifact.empty() || !version.artifact_sha256.empty()) {
    add_property("artifact size", std::to_string(version.artifact.size()));
    add_property("artifact sha256", version.artifact_sha256);
  }
  if (!version.training_report.empty()) add_property("training report", version.training_report);
  for (const auto& [key, value] : options) add_property("option " + key, value);
  return table;
}

ResultTable ShowModelVersions(const CatalogModel& model) {
  ResultTable table =
      MakeStringTable({"version", "created", "kind", "checksum", "comment", "is default"});
  const ModelVersion* default_version = model.DefaultVersion();
  for (const ModelVersion& version : model.versions) {
    table.rows.push_back(
        {std::to_string(version.version), FormatUtcMillis(version.created_at_millis),
         std::string(ModelKindName(version.kind)),
         version.artifact_sha256.empty() ? std::nullopt
                                         : std::optional<std::string>(version.artifact_sha256),
         version.comment.empty() ? std::nullopt : std::optional<std::string>(version.comment),
         BoolText(default_version == &version)});
  }
  return table;
}

}  // namespace sluice
