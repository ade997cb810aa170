// slt_runner: runs SQL logic test files (see slt_parser.h for the format).
//
//   slt_runner [--rewrite] file.slt...
//
// Each file runs in a fresh temporary catalog directory, removed afterwards. Prints every
// mismatch and, per file, "<file>: N passed, M failed"; exits with 1 when any record failed.
// --rewrite replaces the expected blocks of query records with the actual rows (for test
// authors).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "slt_executor.h"
#include "slt_parser.h"

namespace {

using sluice::slt::SltRecord;

bool ReadFile(const std::string& path, std::string* content) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *content = buffer.str();
  return !in.bad();
}

std::string MakeTempDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern =
      std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/sluice-slt-XXXXXX";
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()) == nullptr) return "";
  return buffer.data();
}

bool HasBlankLine(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    if (line.find_first_not_of(" \t") == std::string::npos) return true;
  }
  return false;
}

// Replaces the expected blocks of the queries in `actual_blocks` and writes the file back.
bool Rewrite(const std::string& path, std::vector<std::string> lines,
             const std::vector<SltRecord>& records,
             const std::map<size_t, std::vector<std::string>>& actual_blocks) {
  // From the last record backwards, so that earlier line indexes stay valid.
  for (auto it = actual_blocks.rbegin(); it != actual_blocks.rend(); ++it) {
    const SltRecord& record = records[it->first];
    std::vector<std::string> block = {"----"};
    block.insert(block.end(), it->second.begin(), it->second.end());
    if (HasBlankLine(it->second)) block.push_back("====");
    lines.erase(lines.begin() + record.sql_end, lines.begin() + record.block_end);
    lines.insert(lines.begin() + record.sql_end, block.begin(), block.end());
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (const std::string& line : lines) out << line << '\n';
  return static_cast<bool>(out);
}

// Runs one file; returns true when every record passed.
bool RunFile(const std::string& path, bool rewrite) {
  std::string content;
  if (!ReadFile(path, &content)) {
    std::printf("%s: could not read file: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  std::vector<std::string> lines = sluice::slt::SplitLines(content);
  std::vector<SltRecord> records = sluice::slt::ParseSlt(lines);
  std::string catalog_dir = MakeTempDir();
  if (catalog_dir.empty()) {
    std::printf("%s: could not create a temporary directory: %s\n", path.c_str(),
                std::strerror(errno));
    return false;
  }
  std::map<size_t, std::vector<std::string>> actual_blocks;
  sluice::slt::SltSummary summary;
  {
    sluice::slt::SltExecutor executor(path, catalog_dir);
    summary = executor.Run(records, rewrite ? &actual_blocks : nullptr);
  }
  std::error_code ignored;
  std::filesystem::remove_all(catalog_dir, ignored);
  if (rewrite && !Rewrite(path, lines, records, actual_blocks)) {
    std::printf("%s: could not rewrite the file\n", path.c_str());
  }
  std::printf("%s: %d passed, %d failed\n", path.c_str(), summary.passed, summary.failed);
  std::fflush(stdout);
  return summary.failed == 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool rewrite = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--rewrite") {
      rewrite = true;
    } else if (arg == "--help" || arg == "-h") {
      std::printf("usage: slt_runner [--rewrite] file.slt...\n");
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "slt_runner: unknown option '%s'\n", arg.c_str());
      return 2;
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: slt_runner [--rewrite] file.slt...\n");
    return 2;
  }
  bool all_passed = true;
  for (const std::string& file : files) {
    if (!RunFile(file, rewrite)) all_passed = false;
  }
  return all_passed ? 0 : 1;
}
