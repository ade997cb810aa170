#include "client/statement_splitter.h"

#include <cctype>

namespace sluice {
namespace {

// A stretch of the script between two top-level ';'.
struct Piece {
  size_t begin = 0;          // first byte of the piece
  size_t end = 0;            // one past its last byte (the ';' or the end of the script)
  bool terminated = false;   // followed by ';'
  bool has_content = false;  // holds something besides whitespace and comments
  size_t first = 0;          // first byte of content, when has_content
  size_t content_end = 0;    // one past the last non-whitespace byte
  // The leading words of the piece, upper-cased (at most kMaxWords), and whether the piece is
  // made only of those words.
  std::vector<std::string> words;
  bool words_only = true;
};

constexpr size_t kMaxWords = 4;

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

struct ScanResult {
  std::vector<Piece> pieces;
  // The script ends inside a quote or a block comment.
  bool ends_open = false;
};

ScanResult Scan(std::string_view s) {
  ScanResult result;
  Piece piece;
  bool collecting_words = true;
  auto mark_content = [&](size_t pos, bool is_word_char) {
    if (!piece.has_content) {
      piece.has_content = true;
      piece.first = pos;
    }
    if (!is_word_char) {
      collecting_words = false;
      piece.words_only = false;
    }
  };
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    char c = s[i];
    if (c == ';') {
      piece.end = i;
      piece.terminated = true;
      result.pieces.push_back(std::move(piece));
      piece = Piece();
      piece.begin = i + 1;
      collecting_words = true;
      ++i;
      continue;
    }
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (c == '-' && i + 1 < n && s[i + 1] == '-') {
      while (i < n && s[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < n && s[i + 1] == '*') {
      size_t close = s.find("*/", i + 2);
      if (close == std::string_view::npos) {
        // An unterminated comment stays in the statement, for the parser to report.
        result.ends_open = true;
        i = n;
        if (piece.has_content) piece.content_end = n;
      } else {
        i = close + 2;
      }
      continue;
    }
    if (c == '\'' || c == '`' || c == '"') {
      mark_content(i, false);
      size_t j = i + 1;
      bool closed = false;
      while (j < n) {
        if (s[j] == c) {
          if (j + 1 < n && s[j + 1] == c) {  // a doubled quote stands for itself
            j += 2;
            continue;
          }
          closed = true;
          break;
        }
        ++j;
      }
      if (!closed) {
        result.ends_open = true;
        i = n;
      } else {
        i = j + 1;
      }
      piece.content_end = i;
      continue;
    }
    if (IsWordChar(c)) {
      size_t j = i;
      while (j < n && IsWordChar(s[j])) ++j;
      mark_content(i, true);
      if (collecting_words) {
        if (piece.words.size() < kMaxWords) {
          std::string word(s.substr(i, j - i));
          for (char& w : word) w = static_cast<char>(std::toupper(static_cast<unsigned char>(w)));
          piece.words.push_back(std::move(word));
        } else {
          collecting_words = false;
          piece.words_only = false;
        }
      }
      i = j;
      piece.content_end = i;
      continue;
    }
    mark_content(i, false);
    ++i;
    piece.content_end = i;
  }
  piece.end = n;
  result.pieces.push_back(std::move(piece));
  return result;
}

bool OpensStatementSet(const Piece& p) {
  const auto& w = p.words;
  if (w.size() >= 4 && w[0] == "EXECUTE" && w[1] == "STATEMENT" && w[2] == "SET" &&
      w[3] == "BEGIN") {
    return true;
  }
  return w.size() == 3 && p.words_only && w[0] == "BEGIN" && w[1] == "STATEMENT" && w[2] == "SET";
}

bool ClosesStatementSet(const Piece& p) {
  return p.words_only && p.words.size() == 1 && p.words[0] == "END";
}

// One statement as byte offsets: [begin, end), and whether a ';' ended it.
struct Span {
  size_t begin;
  size_t end;
  bool terminated;
};

// Groups pieces into statements. `open_block` tells whether the script ends inside an unclosed
// statement set.
std::vector<Span> Group(const std::vector<Piece>& pieces, std::string_view s, bool* open_block) {
  std::vector<Span> spans;
  *open_block = false;
  for (size_t i = 0; i < pieces.size(); ++i) {
    const Piece& p = pieces[i];
    if (!p.has_content) continue;
    if (!OpensStatementSet(p)) {
      spans.push_back({p.first, p.content_end, p.terminated});
      continue;
    }
    size_t j = i + 1;
    while (j < pieces.size() && !ClosesStatementSet(pieces[j])) ++j;
    if (j < pieces.size()) {
      spans.push_back({p.first, pieces[j].content_end, pieces[j].terminated});
      i = j;
      continue;
    }
    // Unclosed: everything up to the last content belongs to the block.
    *open_block = true;
    size_t end = p.content_end;
    for (size_t k = i + 1; k < pieces.size(); ++k) {
      if (pieces[k].has_content) end = pieces[k].content_end;
    }
    spans.push_back({p.first, end, false});
    break;
  }
  return spans;
}

}  // namespace

void LineColumnOf(std::string_view text, size_t offset, int* line, int* column) {
  int l = 1;
  int c = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    if (ch == '\n') {
      ++l;
      c = 1;
    } else if ((ch & 0xC0) != 0x80) {
      ++c;
    }
  }
  *line = l;
  *column = c;
}

std::vector<ScriptStatement> SplitStatements(std::string_view script) {
  ScanResult scan = Scan(script);
  bool open_block = false;
  std::vector<Span> spans = Group(scan.pieces, script, &open_block);
  std::vector<ScriptStatement> statements;
  statements.reserve(spans.size());
  for (const Span& span : spans) {
    ScriptStatement st;
    st.text = std::string(script.substr(span.begin, span.end - span.begin));
    st.offset = span.begin;
    LineColumnOf(script, span.begin, &st.line, &st.column);
    statements.push_back(std::move(st));
  }
  return statements;
}

bool IsStatementComplete(std::string_view buffer) {
  ScanResult scan = Scan(buffer);
  if (scan.ends_open) return false;
  bool open_block = false;
  std::vector<Span> spans = Group(scan.pieces, buffer, &open_block);
  if (spans.empty() || open_block) return false;
  return spans.back().terminated;
}

bool EndsInsideQuoteOrComment(std::string_view text) { return Scan(text).ends_open; }

bool IsBlankScript(std::string_view text) {
  ScanResult scan = Scan(text);
  if (scan.ends_open) return false;
  for (const Piece& piece : scan.pieces) {
    if (piece.has_content) return false;
  }
  return true;
}

}  // namespace sluice
