// sluice: the command-line client. Runs a script (-f), statements given on the command line (-e),
// or an interactive session.
#include <pwd.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include <CLI/CLI.hpp>

#include "client/error_formatter.h"
#include "client/result_printer.h"
#include "client/session.h"
#include "interrupt.h"
#include "repl.h"
#include "script_runner.h"

namespace {

constexpr const char* kVersion = "0.1.0";

std::string HomeDirectory() {
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') return home;
  const passwd* entry = getpwuid(getuid());
  if (entry != nullptr && entry->pw_dir != nullptr) return entry->pw_dir;
  return ".";
}

std::string DefaultCatalogDir() {
  const char* sluice_home = std::getenv("SLUICE_HOME");
  if (sluice_home != nullptr && *sluice_home != '\0') return sluice_home;
  return HomeDirectory() + "/.sluice";
}

void PrintError(const sluice::Status& status) {
  std::string text = sluice::FormatError(status, "");
  std::fwrite(text.data(), 1, text.size(), stderr);
}

int Run(int argc, char** argv) {
  CLI::App app{"Sluice: a streaming SQL engine speaking Flink SQL, with models as catalog objects.",
               "sluice"};
  std::string script_file;
  std::string statements;
  std::string format_name = "tableau";
  std::string catalog_dir;
  bool continue_on_error = false;
  bool show_version = false;
  auto* file_option = app.add_option("-f,--file", script_file, "Run the SQL script in this file");
  auto* execute_option =
      app.add_option("-e,--execute", statements, "Run these statements (separated by ';')");
  file_option->excludes(execute_option);
  app.add_option("--format", format_name, "Result format: tableau, csv or json")
      ->capture_default_str();
  app.add_option("--catalog", catalog_dir,
                 "Catalog directory (default: $SLUICE_HOME, else ~/.sluice)");
  app.add_flag("--continue-on-error", continue_on_error,
               "With -f/-e: run the remaining statements after a failure");
  app.add_flag("--version", show_version, "Print the version and exit");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  }
  if (show_version) {
    std::printf("sluice %s\n", kVersion);
    return 0;
  }

  sluice::Result<sluice::OutputFormat> format = sluice::ParseOutputFormat(format_name);
  if (!format.ok()) {
    PrintError(format.status());
    return 1;
  }
  if (catalog_dir.empty()) catalog_dir = DefaultCatalogDir();

  std::string script;
  const bool scripted = file_option->count() > 0 || execute_option->count() > 0;
  if (file_option->count() > 0) {
    sluice::Result<std::string> content = sluice::cli::ReadScriptFile(script_file);
    if (!content.ok()) {
      PrintError(content.status());
      return 1;
    }
    script = content.MoveValue();
  } else if (execute_option->count() > 0) {
    script = statements;
  }

  sluice::SessionOptions session_options;
  session_options.catalog_dir = catalog_dir;
  sluice::Result<std::unique_ptr<sluice::Session>> session = sluice::Session::Open(session_options);
  if (!session.ok()) {
    PrintError(session.status());
    return 1;
  }

  sluice::cli::InstallInterruptHandler();
  if (scripted) {
    sluice::cli::ScriptOptions options;
    options.format = *format;
    options.continue_on_error = continue_on_error;
    return sluice::cli::RunScript(**session, script, options);
  }
  sluice::cli::ReplOptions options;
  options.format = *format;
  options.history_file = catalog_dir + "/history";
  return sluice::cli::RunRepl(**session, options);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "[ERROR] Internal error: %s\n", error.what());
    return 1;
  }
}
