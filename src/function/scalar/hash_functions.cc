// MD5, SHA1, SHA224, SHA256, SHA384, SHA512, SHA2 (lower-case hex of the UTF-8 bytes, OpenSSL),
// TO_BASE64, FROM_BASE64 and UUID.
#include <openssl/evp.h>

#include <random>

#include "function/scalar/string_internal.h"
#include "types/value_text.h"

namespace sluice {
namespace {

bool Digest(const EVP_MD* md, std::string_view s, std::string* out) {
  unsigned char buffer[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(s.data(), s.size(), buffer, &length, md, nullptr) != 1) return false;
  *out = text::FormatHex(std::string_view(reinterpret_cast<char*>(buffer), length), false);
  return true;
}

const EVP_MD* ShaOfBits(int64_t bits) {
  switch (bits) {
    case 0:
    case 256:
      return EVP_sha256();
    case 224:
      return EVP_sha224();
    case 384:
      return EVP_sha384();
    case 512:
      return EVP_sha512();
    default:
      return nullptr;
  }
}

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void ToBase64(std::string_view in, std::string* out) {
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v = (static_cast<uint8_t>(in[i]) << 16) | (static_cast<uint8_t>(in[i + 1]) << 8) |
                 static_cast<uint8_t>(in[i + 2]);
    out->push_back(kBase64[(v >> 18) & 63]);
    out->push_back(kBase64[(v >> 12) & 63]);
    out->push_back(kBase64[(v >> 6) & 63]);
    out->push_back(kBase64[v & 63]);
  }
  if (i < in.size()) {
    uint32_t v = static_cast<uint8_t>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<uint8_t>(in[i + 1]) << 8;
    out->push_back(kBase64[(v >> 18) & 63]);
    out->push_back(kBase64[(v >> 12) & 63]);
    out->push_back(i + 1 < in.size() ? kBase64[(v >> 6) & 63] : '=');
    out->push_back('=');
  }
}

bool FromBase64(std::string_view in, std::string* out) {
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : in) {
    int v;
    if (c >= 'A' && c <= 'Z') {
      v = c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      v = c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
      v = c - '0' + 52;
    } else if (c == '+') {
      v = 62;
    } else if (c == '/') {
      v = 63;
    } else if (c == '=' || c == '\n' || c == '\r') {
      continue;
    } else {
      return false;
    }
    buffer = (buffer << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return true;
}

void RegisterDigest(FunctionRegistry& registry, const char* name, const EVP_MD* (*md)()) {
  RegisterRowFunction(registry, name, std::string(name) + "(STRING)",
                      std::string("Returns the ") + name +
                          " digest of the string's UTF-8 bytes as lower-case hex.",
                      {{ArgKind::kBytes}}, LogicalType::String().NotNull(),
                      [md](const RowArgs& a, std::string* out, int64_t*) {
                        return Digest(md(), a.strings[0], out);
                      });
}

}  // namespace

void RegisterHashFunctions(FunctionRegistry& registry) {
  RegisterDigest(registry, "MD5", EVP_md5);
  RegisterDigest(registry, "SHA1", EVP_sha1);
  RegisterDigest(registry, "SHA224", EVP_sha224);
  RegisterDigest(registry, "SHA256", EVP_sha256);
  RegisterDigest(registry, "SHA384", EVP_sha384);
  RegisterDigest(registry, "SHA512", EVP_sha512);
  RegisterRowFunction(registry, "SHA2", "SHA2(STRING, bits INT)",
                      "Returns the SHA-2 digest (224, 256, 384 or 512 bits) of the string as hex, "
                      "NULL for other bit lengths.",
                      {{ArgKind::kBytes, ArgKind::kInt}}, LogicalType::String(),
                      [](const RowArgs& a, std::string* out, int64_t*) {
                        const EVP_MD* md = ShaOfBits(a.ints[0]);
                        return md != nullptr && Digest(md, a.strings[0], out);
                      });
  RegisterRowFunction(registry, "TO_BASE64", "TO_BASE64(STRING)",
                      "Returns the base64 encoding of the string's bytes.", {{ArgKind::kBytes}},
                      LogicalType::String().NotNull(),
                      [](const RowArgs& a, std::string* out, int64_t*) {
                        ToBase64(a.strings[0], out);
                        return true;
                      });
  RegisterRowFunction(registry, "FROM_BASE64", "FROM_BASE64(STRING)",
                      "Returns the string decoded from base64, NULL when the input is not base64.",
                      {{ArgKind::kString}}, LogicalType::String(),
                      [](const RowArgs& a, std::string* out, int64_t*) {
                        return FromBase64(a.strings[0], out);
                      });
  RegisterSimple(
      registry, "UUID", "UUID()", "Returns a random (version 4) UUID string.",
      [](const FunctionDescription& d, const std::vector<LogicalType>& types,
         const std::vector<const Value*>&) -> Result<BoundScalarFunction> {
        if (!types.empty()) return InvalidCall(d, types);
        ScalarKernel kernel = [](const KernelContext&, const std::vector<const Column*>&,
                                 const SelectionVector& rows, Column* out) -> Status {
          thread_local std::mt19937_64 random{std::random_device{}()};
          char text[37];
          ForEachActive(rows, [&](size_t i) {
            uint64_t hi = random();
            uint64_t lo = random();
            hi = (hi & ~0xF000ULL) | 0x4000ULL;                       // version 4
            lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // IETF variant
            snprintf(text, sizeof(text), "%08x-%04x-%04x-%04x-%012llx",
                     static_cast<unsigned>(hi >> 32), static_cast<unsigned>((hi >> 16) & 0xFFFF),
                     static_cast<unsigned>(hi & 0xFFFF), static_cast<unsigned>(lo >> 48),
                     static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
            out->SetString(i, std::string_view(text, 36));
          });
          return Status::OK();
        };
        return MakeBound(d, {}, LogicalType::Char(36).NotNull(), kernel, true,
                         /*deterministic=*/false);
      });
}

}  // namespace sluice
