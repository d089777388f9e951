#include "atlas/landmarks/bone_vertices.hpp"

#include <charconv>
#include <fstream>
#include <sstream>

namespace myo::landmarks {
namespace {

bool parseNumber(std::string_view& rest, double& out) {
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), out);
  if (ec != std::errc()) return false;
  rest.remove_prefix(static_cast<size_t>(end - rest.data()));
  return true;
}

// "FJ495_BP4006_FMA13395_Right scapula.obj" -> {"FMA13395", "Right scapula"}.
bool splitFileName(const std::string& stem, std::string& fma, std::string& name) {
  const auto start = stem.find("_FMA");
  if (start == std::string::npos) return false;
  const auto end = stem.find('_', start + 1);
  if (end == std::string::npos) return false;
  fma = stem.substr(start + 1, end - start - 1);
  name = stem.substr(end + 1);
  return true;
}

}  // namespace

glm::vec3 fromBodyParts3D(glm::dvec3 mm) {
  return glm::vec3(static_cast<float>(mm.x / 1000.0), static_cast<float>(mm.z / 1000.0),
                   static_cast<float>(-mm.y / 1000.0));
}

Result<std::vector<glm::vec3>> parseObjVertices(std::string_view text) {
  std::vector<glm::vec3> out;
  size_t lineNumber = 0;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    ++lineNumber;
    if (line.size() < 2 || line[0] != 'v' || (line[1] != ' ' && line[1] != '\t')) continue;  // vn, vt, f, #...
    std::string_view rest = line.substr(2);
    glm::dvec3 mm;
    if (!parseNumber(rest, mm.x) || !parseNumber(rest, mm.y) || !parseNumber(rest, mm.z))
      return Error{"", "line " + std::to_string(lineNumber) + ": a vertex needs three numbers"};
    out.push_back(fromBodyParts3D(mm));
  }
  return out;
}

BoneLibrary::BoneLibrary(std::filesystem::path bodyParts3DDir) : dir_(std::move(bodyParts3DDir)) {}

Status BoneLibrary::scan() {
  if (scanned_) return {};
  const auto skeleton = dir_ / "skeleton";
  std::error_code ec;
  if (!std::filesystem::is_directory(skeleton, ec)) return Error{"BoneLibrary", "no folder " + skeleton.string()};
  for (const auto& entry : std::filesystem::directory_iterator(skeleton, ec)) {
    if (entry.path().extension() != ".obj") continue;
    std::string fma, name;
    if (splitFileName(entry.path().stem().string(), fma, name)) files_[fma] = File{entry.path(), name};
  }
  scanned_ = true;
  return {};
}

Result<std::span<const glm::vec3>> BoneLibrary::vertices(const BoneRef& bone) {
  if (auto status = scan(); !status) return status.error();
  const auto file = files_.find(bone.fma);
  if (file == files_.end()) return Error{"BoneLibrary", "no bone file with " + bone.fma + " in " + dir_.string()};
  if (file->second.name != bone.name)
    return Error{"BoneLibrary", bone.fma + " is '" + file->second.name + "', not '" + bone.name + "'"};
  auto cached = cache_.find(bone.fma);
  if (cached == cache_.end()) {
    std::ifstream in(file->second.path, std::ios::binary);
    if (!in) return Error{"BoneLibrary", "cannot read " + file->second.path.string()};
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = parseObjVertices(text.str());
    if (!parsed) return Error{file->second.path.string(), parsed.error().message};
    if (parsed->empty()) return Error{file->second.path.string(), "has no vertices"};
    cached = cache_.emplace(bone.fma, std::move(*parsed)).first;
  }
  return std::span<const glm::vec3>(cached->second);
}

Result<std::vector<glm::vec3>> BoneLibrary::vertices(const std::vector<BoneRef>& bones) {
  std::vector<glm::vec3> all;
  for (const auto& bone : bones) {
    auto one = vertices(bone);
    if (!one) return one.error();
    all.insert(all.end(), one->begin(), one->end());
  }
  return all;
}

}  // namespace myo::landmarks
