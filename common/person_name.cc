#include "common/person_name.h"

#include <algorithm>
#include <array>

#include "common/extract/word_view.h"

namespace yjs {
namespace {

constexpr std::array<std::string_view, 10> kHonorifics = {
    "dame", "sir", "mr", "mrs", "ms", "miss", "dr", "professor", "lord", "lady"};
constexpr std::array<std::string_view, 8> kPostNominals = {"cbe", "obe", "mbe", "dbe",
                                                           "kbe", "qpm", "kc",  "qc"};

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_white_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

bool is_honorific(std::string_view word) { return is_one_of(word, kHonorifics); }

bool is_post_nominal(std::string_view word) { return is_one_of(word, kPostNominals); }

std::string strip_honorifics(std::string_view name) {
  const extract::WordView words(name, "");
  std::size_t first = 0;
  std::size_t last = words.size();
  while (first < last && is_honorific(words.word(first))) ++first;
  while (last > first && is_post_nominal(words.word(last - 1))) --last;
  if (first == last) return "";
  const std::string_view last_word = words.original(last - 1);
  const auto begin = static_cast<std::size_t>(words.original(first).data() - name.data());
  const auto end = static_cast<std::size_t>(last_word.data() + last_word.size() - name.data());
  std::string out;
  for (const char c : name.substr(begin, end - begin)) {
    if (!is_white_space(c)) {
      out += c;
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

}  // namespace yjs
