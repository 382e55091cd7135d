// FNV-1a, 64 bits: a stable hash (std::hash is not promised to be the same between builds
// or machines), for shard routing and article fingerprints.
#pragma once

#include <cstdint>
#include <string_view>

namespace yjs {

class Fnv1a {
 public:
  // Hashes the bytes of `data`.
  void add(std::string_view data) {
    for (const char c : data) {
      hash_ ^= static_cast<unsigned char>(c);
      hash_ *= kPrime;
    }
  }
  // Hashes `data` and a separator after it, so ("ab", "c") and ("a", "bc") differ.
  void add_field(std::string_view data) {
    add(data);
    add("\xff");
  }
  std::uint64_t value() const { return hash_; }

 private:
  static constexpr std::uint64_t kOffsetBasis = 14695981039346656037ull;
  static constexpr std::uint64_t kPrime = 1099511628211ull;
  std::uint64_t hash_ = kOffsetBasis;
};

// The hash of one string.
inline std::uint64_t fnv1a(std::string_view data) {
  Fnv1a hash;
  hash.add(data);
  return hash.value();
}

}  // namespace yjs
