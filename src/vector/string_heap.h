// StringHeap: append-only storage for the bytes of string column rows.
//
// Bytes are copied into chunks that never move, so a std::string_view returned by Add stays
// valid as long as the heap lives. Columns hold heaps through shared_ptr so that slices and
// gathers can share them (see column.h, "Strings").
//
// Thread-safety: Add is for the one owning column's task; the stored bytes may be read from any
// thread.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace sluice {

class StringHeap {
 public:
  StringHeap() = default;
  StringHeap(const StringHeap&) = delete;
  StringHeap& operator=(const StringHeap&) = delete;

  // Copies `s` into the heap and returns a view of the copy (an empty view for empty input).
  std::string_view Add(std::string_view s) {
    if (s.empty()) return std::string_view();
    if (s.size() > remaining_) NewChunk(s.size());
    char* dst = cursor_;
    std::memcpy(dst, s.data(), s.size());
    cursor_ += s.size();
    remaining_ -= s.size();
    return std::string_view(dst, s.size());
  }

  // Bytes allocated in chunks (for memory accounting).
  size_t allocated_bytes() const { return allocated_; }

 private:
  static constexpr size_t kMinChunk = 8 * 1024;
  static constexpr size_t kMaxChunk = 1024 * 1024;

  void NewChunk(size_t at_least) {
    size_t size = chunks_.empty() ? kMinChunk : std::min(kMaxChunk, chunk_size_ * 2);
    if (size < at_least) size = at_least;
    chunks_.push_back(std::make_unique<char[]>(size));
    chunk_size_ = size;
    cursor_ = chunks_.back().get();
    remaining_ = size;
    allocated_ += size;
  }

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* cursor_ = nullptr;
  size_t remaining_ = 0;
  size_t chunk_size_ = 0;
  size_t allocated_ = 0;
};

}  // namespace sluice
