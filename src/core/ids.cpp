#include "core/ids.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/strings.hpp"

namespace myo {

std::string_view sideSuffix(Side side) {
  switch (side) {
    case Side::Left:
      return ".l";
    case Side::Right:
      return ".r";
    case Side::None:
      break;
  }
  return "";
}

Side sideOf(std::string_view id) {
  if (endsWith(id, ".l")) return Side::Left;
  if (endsWith(id, ".r")) return Side::Right;
  return Side::None;
}

std::string_view withoutSide(std::string_view id) {
  return sideOf(id) == Side::None ? id : id.substr(0, id.size() - 2);
}

std::string withSide(std::string_view base, Side side) { return std::string(base) + std::string(sideSuffix(side)); }

bool idMatches(std::string_view query, std::string_view id) {
  const Side querySide = sideOf(query);
  if (querySide != Side::None && sideOf(id) != querySide) return false;
  const std::string_view q = withoutSide(query);
  const std::string_view base = withoutSide(id);
  if (!startsWith(base, q)) return false;
  return base.size() == q.size() || base[q.size()] == '.';
}

bool isValidId(std::string_view id) {
  if (id.empty() || id.front() == '.' || id.back() == '.') return false;
  char previous = 0;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    if (!ok || (c == '.' && previous == '.')) return false;
    previous = c;
  }
  return true;
}

std::string idFromName(std::string_view englishName, Side* side) {
  Side found = Side::None;
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (word.empty()) return;
    if (word == "right")
      found = Side::Right;
    else if (word == "left")
      found = Side::Left;
    else
      words.push_back(word);
    word.clear();
  };
  for (const char c : englishName) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0)
      word += static_cast<char>(std::tolower(u));
    else
      flush();
  }
  flush();
  // "of right thumb" loses "right" and keeps "of": "proximal_phalanx_of_thumb" reads fine.
  std::string id;
  for (const auto& w : words) {
    if (!id.empty()) id += '_';
    id += w;
  }
  if (side != nullptr) *side = found;
  return id;
}

std::vector<std::string> closeIds(std::string_view id, const std::vector<std::string>& candidates, size_t count) {
  const std::string wanted = toLower(trim(id));
  std::vector<std::pair<size_t, size_t>> scored;  // distance, candidate index
  for (size_t i = 0; i < candidates.size(); ++i) {
    const std::string& candidate = candidates[i];
    size_t distance = editDistance(wanted, candidate);
    const bool related = !wanted.empty() && (candidate.find(wanted) != std::string::npos ||
                                             (wanted.size() >= 3 && startsWith(wanted, candidate)));
    if (related) distance = std::min<size_t>(distance, 1);
    if (distance <= std::max<size_t>(2, wanted.size() / 3)) scored.emplace_back(distance, i);
  }
  std::stable_sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (const auto& [distance, index] : scored) {
    if (out.size() == count) break;
    if (std::find(out.begin(), out.end(), candidates[index]) == out.end()) out.push_back(candidates[index]);
  }
  return out;
}

std::string didYouMean(const std::vector<std::string>& close) {
  if (close.empty()) return "";
  std::string out = "; did you mean ";
  for (size_t i = 0; i < close.size(); ++i) out += (i ? ", " : "") + close[i];
  return out + "?";
}

}  // namespace myo
