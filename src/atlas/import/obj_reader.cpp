#include "atlas/import/obj_reader.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace myo::atlas {
namespace {

constexpr std::uint32_t kNoIndex = std::numeric_limits<std::uint32_t>::max();

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
void skipBlanks(const char*& p, const char* end) {
  while (p < end && isBlank(*p)) ++p;
}
bool atTokenEnd(const char* p, const char* end) { return p == end || isBlank(*p); }

bool parseFloat(const char*& p, const char* end, float& out) {
  skipBlanks(p, end);
  if (p < end && *p == '+') ++p;
  const auto [next, ec] = std::from_chars(p, end, out);
  if (ec != std::errc() || !atTokenEnd(next, end) || !std::isfinite(out)) return false;
  p = next;
  return true;
}

bool parseLong(const char*& p, const char* end, long& out) {
  const auto [next, ec] = std::from_chars(p, end, out);
  if (ec != std::errc()) return false;
  p = next;
  return true;
}

// OBJ indices are 1-based, or negative counting back from the latest element.
bool resolveIndex(long raw, size_t count, std::uint32_t& out) {
  if (raw > 0) {
    if (static_cast<unsigned long>(raw) > std::numeric_limits<std::uint32_t>::max()) return false;
    out = static_cast<std::uint32_t>(raw - 1);  // checked against the final count at the end
    return true;
  }
  if (raw < 0 && static_cast<size_t>(-raw) <= count) {
    out = static_cast<std::uint32_t>(static_cast<long>(count) + raw);
    return true;
  }
  return false;
}

bool isTextByte(unsigned char c) { return c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lineError(size_t line, std::string_view what) {
  return "line " + std::to_string(line) + ": " + std::string(what);
}

// The words of a statement that was cut off: too few numbers or corners, or a number cut mid-way.
bool statementLooksCut(std::string_view line) {
  while (!line.empty() && isBlank(line.back())) line.remove_suffix(1);
  size_t start = 0;
  while (start < line.size() && isBlank(line[start])) ++start;
  line.remove_prefix(start);
  if (line.empty() || line.front() == '#') return false;
  size_t words = 0;
  std::string_view keyword;
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && isBlank(line[i])) ++i;
    const size_t begin = i;
    while (i < line.size() && !isBlank(line[i])) ++i;
    if (i > begin) {
      if (words == 0) keyword = line.substr(begin, i - begin);
      ++words;
    }
  }
  const char last = line.back();
  if (keyword == "v" || keyword == "vn") return words < 4 || last == '-' || last == '+' || last == '.' || last == 'e';
  if (keyword == "f") return words < 4 || last == '/' || last == '-';
  return keyword.size() == 1 && words == 1;  // a lone "v" / "f"
}

}  // namespace

Result<Mesh> parseObj(std::string_view text, ObjParseInfo* info) {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;
  std::vector<std::uint32_t> cornerPositions;
  std::vector<std::uint32_t> cornerNormals;  // kNoIndex where a corner names no normal
  positions.reserve(text.size() / 64);
  cornerPositions.reserve(text.size() / 16);
  cornerNormals.reserve(text.size() / 16);
  size_t dropped = 0;
  std::uint32_t face[2] = {0, 0};  // first and previous corners of the polygon being fanned

  const char* p = text.data();
  const char* const textEnd = p + text.size();
  size_t lineNumber = 0;
  while (p < textEnd) {
    ++lineNumber;
    const char* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(textEnd - p)));
    const char* end = newline != nullptr ? newline : textEnd;
    const char* const lineStart = p;
    const char* const next = newline != nullptr ? newline + 1 : textEnd;
    // A statement broken off at the very end (no newline) is a truncated file, whatever it looked like.
    const auto fail = [&](std::string_view what) -> Result<Mesh> {
      if (newline == nullptr && statementLooksCut(std::string_view(lineStart, static_cast<size_t>(end - lineStart))))
        return Error{"", lineError(lineNumber, "the file is truncated (its last statement is cut off)")};
      return Error{"", lineError(lineNumber, what)};
    };
    skipBlanks(p, end);
    if (p == end || *p == '#') {
      p = next;
      continue;
    }
    if (*p == 'v' && p + 1 < end && isBlank(p[1])) {
      ++p;
      glm::vec3 v;
      if (!parseFloat(p, end, v.x) || !parseFloat(p, end, v.y) || !parseFloat(p, end, v.z))
        return fail("expected three numbers after 'v'");
      positions.push_back(v);  // anything after x y z (w, or vertex colours) is ignored
    } else if (*p == 'v' && p + 2 < end && p[1] == 'n' && isBlank(p[2])) {
      p += 2;
      glm::vec3 n;
      if (!parseFloat(p, end, n.x) || !parseFloat(p, end, n.y) || !parseFloat(p, end, n.z))
        return fail("expected three numbers after 'vn'");
      normals.push_back(n);
    } else if (*p == 'f' && p + 1 < end && isBlank(p[1])) {
      ++p;
      int corners = 0;
      std::uint32_t firstNormal = kNoIndex;
      std::uint32_t previousNormal = kNoIndex;
      while (true) {
        skipBlanks(p, end);
        if (p == end) break;
        long raw = 0;
        std::uint32_t vertex = 0;
        std::uint32_t normal = kNoIndex;
        if (!parseLong(p, end, raw) || !resolveIndex(raw, positions.size(), vertex))
          return fail("expected a vertex index (v, v/vt, v//vn or v/vt/vn) in the face");
        if (p < end && *p == '/') {
          ++p;
          if (p < end && *p != '/' && !isBlank(*p)) {
            long ignored = 0;  // texture coordinates are not used
            if (!parseLong(p, end, ignored)) return fail("expected a texture index after '/'");
          }
          if (p < end && *p == '/') {
            ++p;
            if (!parseLong(p, end, raw) || !resolveIndex(raw, normals.size(), normal))
              return fail("expected a normal index after '//'");
          }
        }
        if (!atTokenEnd(p, end)) return fail("unexpected character in a face corner");
        if (corners == 0) {
          face[0] = vertex;
          firstNormal = normal;
        } else if (corners >= 2) {
          cornerPositions.insert(cornerPositions.end(), {face[0], face[1], vertex});
          cornerNormals.insert(cornerNormals.end(), {firstNormal, previousNormal, normal});
        }
        face[1] = vertex;
        previousNormal = normal;
        ++corners;
      }
      if (corners < 3) return fail("a face needs at least 3 corners, found " + std::to_string(corners));
    } else if ((*p == 'l' || *p == 'p') && p + 1 < end && isBlank(p[1])) {
      ++dropped;  // stray line and point elements: not part of a surface
    } else {
      // Other statements (vt, o, g, s, usemtl, mtllib, curves) are ignored, but a line that is not a
      // statement at all means the file is not OBJ text.
      const auto c = static_cast<unsigned char>(*p);
      const bool keyword = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      bool printable = keyword;
      for (const char* q = p; printable && q < end; ++q) printable = isTextByte(static_cast<unsigned char>(*q));
      if (!printable)
        return Error{"", lineError(lineNumber, "binary data where an OBJ statement was expected: not a text OBJ file")};
    }
    p = next;
  }

  for (const auto index : cornerPositions)
    if (index >= positions.size())
      return Error{"", "face refers to vertex " + std::to_string(index + 1) + " but the file has " +
                           std::to_string(positions.size())};
  bool allNormals = !normals.empty();
  bool sameIndices = true;
  for (size_t i = 0; i < cornerNormals.size() && allNormals; ++i) {
    if (cornerNormals[i] == kNoIndex)
      allNormals = false;
    else if (cornerNormals[i] >= normals.size())
      return Error{"", "face refers to normal " + std::to_string(cornerNormals[i] + 1) + " but the file has " +
                           std::to_string(normals.size())};
    else if (cornerNormals[i] != cornerPositions[i])
      sameIndices = false;
  }
  for (auto& n : normals) {
    const float length = glm::length(n);
    if (!(length > 1e-12f))
      allNormals = false;  // a zero normal: recompute them all
    else
      n /= length;
  }

  Mesh mesh;
  if (!allNormals || sameIndices) {
    // The common case (BodyParts3D writes `f 1//1 2//2 3//3`): positions and normals share indices.
    mesh.positions = std::move(positions);
    mesh.indices = std::move(cornerPositions);
    if (allNormals) {
      normals.resize(mesh.positions.size(), glm::vec3(0.0f, 1.0f, 0.0f));  // unused vertices, dropped by welding
      mesh.normals = std::move(normals);
    }
  } else {
    // Separate normal indices (flat or split normals): one vertex per corner; welding merges the equal ones.
    mesh.positions.reserve(cornerPositions.size());
    mesh.normals.reserve(cornerPositions.size());
    mesh.indices.reserve(cornerPositions.size());
    for (size_t i = 0; i < cornerPositions.size(); ++i) {
      mesh.positions.push_back(positions[cornerPositions[i]]);
      mesh.normals.push_back(normals[cornerNormals[i]]);
      mesh.indices.push_back(static_cast<std::uint32_t>(i));
    }
  }
  if (info != nullptr) info->droppedElements = dropped;
  return mesh;
}

std::string objTextProblem(std::string_view head, std::string_view tail) {
  for (size_t i = 0; i < head.size(); ++i)
    if (!isTextByte(static_cast<unsigned char>(head[i])))
      return "binary data at byte " + std::to_string(i) + ": not a text OBJ file";
  if (!tail.empty() && tail.back() != '\n') {
    const size_t lineStart = tail.find_last_of('\n');
    const std::string_view last = lineStart == std::string_view::npos ? tail : tail.substr(lineStart + 1);
    if (statementLooksCut(last)) return "the file is truncated (its last statement is cut off)";
  }
  return {};
}

}  // namespace myo::atlas
