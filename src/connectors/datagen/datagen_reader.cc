#include "connectors/datagen/datagen_reader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <thread>

namespace sluice {

namespace {

// SplitMix64's finalizer: a fast, well-mixed 64-bit hash.
inline uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline uint64_t RowHash(uint64_t seed, int64_t row) {
  return Mix(static_cast<uint64_t>(row) * 0x9e3779b97f4a7c15ULL + seed);
}

// Uniform in [lo, hi] (inclusive) from 64 random bits.
inline int64_t UniformInt(uint64_t bits, int64_t lo, int64_t hi) {
  uint64_t span = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
  if (span == UINT64_MAX) return static_cast<int64_t>(bits);
  uint64_t offset =
      static_cast<uint64_t>((static_cast<unsigned __int128>(bits) * (span + 1)) >> 64);
  return static_cast<int64_t>(static_cast<uint64_t>(lo) + offset);
}

inline double Unit(uint64_t bits) { return static_cast<double>(bits >> 11) * 0x1.0p-53; }

int64_t NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

int64_t PowerOfTen(int32_t precision) {
  int64_t p = 1;
  for (int i = 0; i < precision; ++i) p *= 10;
  return p;
}

template <typename T>
void FillInts(const DatagenField& field, uint64_t seed, const int64_t* rows, size_t n, T* out) {
  if (field.kind == DatagenKind::kSequence) {
    for (size_t i = 0; i < n; ++i) out[i] = static_cast<T>(field.start + rows[i]);
  } else {
    for (size_t i = 0; i < n; ++i) {
      out[i] = static_cast<T>(UniformInt(RowHash(seed, rows[i]), field.min_int, field.max_int));
    }
  }
}

template <typename T>
void FillFloats(const DatagenField& field, uint64_t seed, const int64_t* rows, size_t n, T* out) {
  if (field.kind == DatagenKind::kSequence) {
    for (size_t i = 0; i < n; ++i) out[i] = static_cast<T>(field.start + rows[i]);
  } else {
    double span = field.max_double - field.min_double;
    for (size_t i = 0; i < n; ++i) {
      out[i] = static_cast<T>(field.min_double + Unit(RowHash(seed, rows[i])) * span);
    }
  }
}

void FillStrings(const DatagenField& field, uint64_t seed, const int64_t* rows, size_t n,
                 Column* column) {
  static constexpr char kHex[] = "0123456789abcdef";
  bool binary = field.type.IsBinaryString();
  std::string buffer;
  for (size_t i = 0; i < n; ++i) {
    if (field.kind == DatagenKind::kSequence) {
      int64_t v = field.start + rows[i];
      if (binary) {  // big-endian 8 bytes, as Flink's Longs.toByteArray
        buffer.assign(8, '\0');
        for (int b = 0; b < 8; ++b) buffer[b] = static_cast<char>((v >> (56 - 8 * b)) & 0xff);
      } else {
        buffer = std::to_string(v);
      }
    } else {
      uint64_t h = RowHash(seed, rows[i]);
      size_t length = static_cast<size_t>(field.length);
      if (field.var_len) length = 1 + static_cast<size_t>(UniformInt(h, 0, field.length - 1));
      buffer.resize(length);
      uint64_t word = 0;
      for (size_t j = 0; j < length; ++j) {
        if (binary) {
          if ((j & 7) == 0) word = Mix(h + j + 1);
          buffer[j] = static_cast<char>(word & 0xff);
          word >>= 8;
        } else {
          if ((j & 15) == 0) word = Mix(h + j + 1);
          buffer[j] = kHex[word & 15];
          word >>= 4;
        }
      }
    }
    column->SetString(i, buffer);
  }
}

}  // namespace

DatagenReader::DatagenReader(DatagenConfig config, int task_index, int parallelism,
                             size_t batch_size)
    : config_(std::move(config)),
      task_index_(task_index),
      parallelism_(std::max(parallelism, 1)),
      batch_size_(std::max<size_t>(batch_size, 1)) {
  if (config_.total_rows) {
    __int128 total = *config_.total_rows;
    task_begin_ = static_cast<int64_t>(total * task_index_ / parallelism_);
    int64_t task_end = static_cast<int64_t>(total * (task_index_ + 1) / parallelism_);
    task_rows_ = task_end - task_begin_;
  }
  task_rate_ = static_cast<double>(config_.rows_per_second) / parallelism_;
}

int64_t DatagenReader::GlobalRow(int64_t k) const {
  if (task_rows_ >= 0) return task_begin_ + k;
  return task_index_ + k * parallelism_;
}

Result<bool> DatagenReader::Next(Batch* out) {
  size_t n = batch_size_;
  if (task_rows_ >= 0) {
    if (emitted_ >= task_rows_) {
      *out = Batch();
      return false;
    }
    n = static_cast<size_t>(std::min<int64_t>(static_cast<int64_t>(n), task_rows_ - emitted_));
  }
  // Throttle: this slice is due at start + emitted / rate.
  auto now = std::chrono::steady_clock::now();
  if (!started_) started_ = now;
  if (task_rate_ > 0 && task_rate_ < 1e12) {
    double slice = std::max(1.0, std::floor(task_rate_ / 10));
    n = std::min(n, static_cast<size_t>(slice));
    auto due = *started_ + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                               std::chrono::duration<double>(emitted_ / task_rate_));
    if (due > now) std::this_thread::sleep_for(due - now);
  }

  std::vector<ColumnPtr> columns;
  columns.reserve(config_.fields.size());
  for (size_t f = 0; f < config_.fields.size(); ++f) {
    ColumnPtr column = Column::Make(config_.fields[f].type, n);
    column->Resize(n);
    FillColumn(f, emitted_, n, column.get());
    columns.push_back(std::move(column));
  }
  emitted_ += static_cast<int64_t>(n);
  *out = Batch(std::move(columns), n);
  return true;
}

void DatagenReader::FillColumn(size_t f, int64_t first, size_t n, Column* column) const {
  const DatagenField& field = config_.fields[f];
  uint64_t seed = Mix(0x5eed0000ULL + config_.seeds[f]);
  int64_t rows_buffer[4096];
  std::vector<int64_t> rows_heap;
  int64_t* rows = rows_buffer;
  if (n > 4096) {
    rows_heap.resize(n);
    rows = rows_heap.data();
  }
  for (size_t i = 0; i < n; ++i) rows[i] = GlobalRow(first + static_cast<int64_t>(i));

  switch (field.type.id()) {
    case TypeId::kBoolean: {
      uint8_t* out = column->MutableData<uint8_t>();
      for (size_t i = 0; i < n; ++i) out[i] = RowHash(seed, rows[i]) >> 63;
      break;
    }
    case TypeId::kTinyInt:
      FillInts(field, seed, rows, n, column->MutableData<int8_t>());
      break;
    case TypeId::kSmallInt:
      FillInts(field, seed, rows, n, column->MutableData<int16_t>());
      break;
    case TypeId::kInt:
    case TypeId::kIntervalYearMonth:
      FillInts(field, seed, rows, n, column->MutableData<int32_t>());
      break;
    case TypeId::kBigInt:
    case TypeId::kIntervalDayTime:
      FillInts(field, seed, rows, n, column->MutableData<int64_t>());
      break;
    case TypeId::kFloat:
      FillFloats(field, seed, rows, n, column->MutableData<float>());
      break;
    case TypeId::kDouble:
      FillFloats(field, seed, rows, n, column->MutableData<double>());
      break;
    case TypeId::kDecimal: {
      Int128* out = column->MutableData<Int128>();
      int32_t scale = field.type.scale();
      int32_t digits = field.type.precision() - scale;
      double limit = digits >= 18 ? 1e18 : static_cast<double>(PowerOfTen(digits));
      double factor = static_cast<double>(PowerOfTen(std::min(scale, 18)));
      double lo = std::max(field.min_double, -limit + 1 / factor);
      double hi = std::min(field.max_double, limit - 1 / factor);
      for (size_t i = 0; i < n; ++i) {
        double v = field.kind == DatagenKind::kSequence
                       ? static_cast<double>(field.start + rows[i])
                       : lo + Unit(RowHash(seed, rows[i])) * (hi - lo);
        out[i] = static_cast<Int128>(std::llround(v * factor));
      }
      break;
    }
    case TypeId::kChar:
    case TypeId::kVarChar:
    case TypeId::kBinary:
    case TypeId::kVarBinary:
      FillStrings(field, seed, rows, n, column);
      break;
    case TypeId::kDate: {
      int32_t today = static_cast<int32_t>(NowMicros() / 86'400'000'000LL);
      std::fill_n(column->MutableData<int32_t>(), n, today);
      break;
    }
    case TypeId::kTime: {
      int64_t micros = NowMicros() % 86'400'000'000LL;
      int64_t unit = PowerOfTen(9 - std::min(field.type.precision(), 9));
      int64_t nanos = micros * 1000 / unit * unit;
      std::fill_n(column->MutableData<int64_t>(), n, nanos);
      break;
    }
    case TypeId::kTimestamp:
    case TypeId::kTimestampLtz: {
      int64_t now = NowMicros();
      int64_t unit = PowerOfTen(6 - std::min(field.type.precision(), 6));
      int64_t* out = column->MutableData<int64_t>();
      for (size_t i = 0; i < n; ++i) {
        int64_t past = field.max_past_micros > 0
                           ? UniformInt(RowHash(seed, rows[i]), 0, field.max_past_micros)
                           : 0;
        int64_t v = now - past;
        out[i] = v - ((v % unit) + unit) % unit;
      }
      break;
    }
    default:
      break;  // rejected by validation
  }
  if (field.null_rate > 0) {
    uint64_t null_seed = Mix(seed ^ 0x6e756c6cULL);
    for (size_t i = 0; i < n; ++i) {
      if (Unit(RowHash(null_seed, rows[i])) < field.null_rate) column->SetNull(i);
    }
  }
}

}  // namespace sluice
