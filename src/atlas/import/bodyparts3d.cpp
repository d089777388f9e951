#include "atlas/import/bodyparts3d.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <initializer_list>
#include <utility>
#include <vector>

#include "atlas/file_io.hpp"
#include "atlas/import/frame.hpp"
#include "atlas/import/mesh_file.hpp"
#include "atlas/import/obj_reader.hpp"
#include "core/ids.hpp"
#include "core/strings.hpp"

namespace myo::atlas {
namespace {

// "FJ441" with prefix "FJ": the prefix followed by one or more digits and nothing else.
bool isPrefixedNumber(std::string_view token, std::string_view prefix) {
  if (token.size() <= prefix.size() || !startsWith(token, prefix)) return false;
  return std::all_of(token.begin() + static_cast<std::ptrdiff_t>(prefix.size()), token.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0) {
      word += static_cast<char>(std::tolower(u));
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// True when the words hold `phrase` ("fasciae latae") as consecutive whole words.
bool hasPhrase(const std::vector<std::string>& text, std::string_view phrase) {
  const auto parts = splitWhitespace(phrase);
  if (parts.empty() || parts.size() > text.size()) return false;
  for (size_t i = 0; i + parts.size() <= text.size(); ++i) {
    bool all = true;
    for (size_t j = 0; j < parts.size() && all; ++j) all = text[i + j] == parts[j];
    if (all) return true;
  }
  return false;
}

template <class Phrases>
bool hasAnyOf(const std::vector<std::string>& text, const Phrases& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) { return hasPhrase(text, p); });
}
bool hasAny(const std::vector<std::string>& text, std::initializer_list<std::string_view> phrases) {
  return hasAnyOf(text, phrases);
}

std::optional<glm::vec3> parseTriple(std::string_view text) {
  const auto parts = split(text, ',');
  if (parts.size() != 3) return std::nullopt;
  glm::vec3 v;
  for (int i = 0; i < 3; ++i) {
    const auto value = parseDouble(parts[static_cast<size_t>(i)]);
    if (!value) return std::nullopt;
    v[i] = static_cast<float>(*value);
  }
  return v;
}

// "(x,y,z)-(x,y,z)"
std::optional<Bounds> parseBox(std::string_view text) {
  const size_t open1 = text.find('(');
  const size_t close1 = text.find(')', open1);
  const size_t open2 = text.find('(', close1);
  const size_t close2 = text.find(')', open2);
  if (close2 == std::string_view::npos) return std::nullopt;
  const auto a = parseTriple(text.substr(open1 + 1, close1 - open1 - 1));
  const auto b = parseTriple(text.substr(open2 + 1, close2 - open2 - 1));
  if (!a || !b) return std::nullopt;
  Bounds box;
  box.add(*a);
  box.add(*b);
  return box;
}

}  // namespace

BodyParts3DInfo parseBodyParts3DFileName(std::string_view fileName) {
  BodyParts3DInfo info;
  std::string stem = std::filesystem::path(fileName).filename().string();
  if (endsWith(toLower(stem), ".obj")) stem.resize(stem.size() - 4);
  const auto tokens = split(stem, '_');
  size_t used = 0;
  for (; used < tokens.size(); ++used) {
    const auto token = tokens[used];
    if (info.fileId.empty() && isPrefixedNumber(token, "FJ"))
      info.fileId = token;
    else if (info.partId.empty() && isPrefixedNumber(token, "BP"))
      info.partId = token;
    else if (info.fma.empty() && isPrefixedNumber(token, "FMA"))
      info.fma = token;
    else
      break;
  }
  if (used == 0) return info;  // not a BodyParts3D name: nothing to say
  std::string name;
  for (size_t i = used; i < tokens.size(); ++i) {
    if (!name.empty()) name += ' ';
    name += trim(tokens[i]);
  }
  info.englishName = std::string(trim(name));
  return info;
}

BodyParts3DInfo parseBodyParts3DHeader(std::string_view text) {
  BodyParts3DInfo info;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    if (line.front() != '#') break;  // the header is the leading comment block
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view key = trim(line.substr(1, colon - 1));
    const std::string_view value = trim(line.substr(colon + 1));
    if (key == "File ID")
      info.fileId = value;
    else if (key == "Representation ID")
      info.partId = value;
    else if (key == "Concept ID")
      info.fma = value;
    else if (key == "English name")
      info.englishName = value;
    else if (key == "Bounds(mm)")
      info.boundsMm = parseBox(value);
    else if (key == "Volume(cm3)") {
      if (const auto volume = parseDouble(value)) info.volumeCm3 = *volume;
    }
  }
  return info;
}

BodyParts3DInfo mergeBodyParts3DInfo(const BodyParts3DInfo& header, const BodyParts3DInfo& fileName) {
  BodyParts3DInfo info = header;
  const auto fill = [](std::string& field, const std::string& fallback) {
    if (field.empty()) field = fallback;
  };
  fill(info.fileId, fileName.fileId);
  fill(info.partId, fileName.partId);
  fill(info.fma, fileName.fma);
  fill(info.englishName, fileName.englishName);
  return info;
}

bool looksLikeBodyParts3D(std::string_view fileName, std::string_view head) {
  const std::string name = std::filesystem::path(fileName).filename().string();
  const size_t end = std::min(name.find_first_of("_."), name.size());
  if (isPrefixedNumber(std::string_view(name).substr(0, end), "FJ")) return true;
  const BodyParts3DInfo header = parseBodyParts3DHeader(head);
  return isPrefixedNumber(header.fma, "FMA") && (isPrefixedNumber(header.fileId, "FJ") || !header.englishName.empty());
}

Tissue classifyTissue(std::string_view englishName) {
  const auto w = words(englishName);
  // The soft tissues that name themselves come first: "Tendon of biceps", "Fascia of deltoid".
  if (hasAny(w, {"ligament", "ligaments", "ligamentum"})) return Tissue::Ligament;
  if (hasAny(w, {"tendon", "tendons", "aponeurosis", "retinaculum"})) return Tissue::Tendon;
  if (hasAny(w, {"fascia", "galea aponeurotica"})) return Tissue::Fascia;  // not "fasciae" (tensor fasciae latae)
  if (hasAny(w, {"cartilage", "meniscus", "intervertebral disc"})) return Tissue::Cartilage;
  if (hasAny(w, {"skin"})) return Tissue::Skin;
  // Muscles before bones: whole words keep "levator scapulae" off "scapula", "trapezius" off "trapezoid".
  if (hasAny(w, {"muscle",
                 "muscles",
                 "musculus",
                 "deltoid",
                 "trapezius",
                 "infraspinatus",
                 "supraspinatus",
                 "subscapularis",
                 "teres",
                 "levator",
                 "levatores",
                 "rhomboid",
                 "gluteus",
                 "piriformis",
                 "quadratus",
                 "sternocleidomastoid",
                 "tensor",
                 "biceps",
                 "triceps",
                 "brachialis",
                 "coracobrachialis",
                 "brachioradialis",
                 "anconeus",
                 "pectoralis",
                 "latissimus",
                 "serratus",
                 "scalene",
                 "scalenus",
                 "splenius",
                 "semispinalis",
                 "longissimus",
                 "iliocostalis",
                 "spinalis",
                 "multifidus",
                 "rotatores",
                 "masseter",
                 "temporalis",
                 "pterygoid",
                 "digastric",
                 "platysma",
                 "sartorius",
                 "gracilis",
                 "vastus",
                 "rectus",
                 "adductor",
                 "abductor",
                 "flexor",
                 "extensor",
                 "pronator",
                 "supinator",
                 "gastrocnemius",
                 "soleus",
                 "plantaris",
                 "popliteus",
                 "tibialis",
                 "fibularis",
                 "peroneus",
                 "iliacus",
                 "psoas",
                 "iliopsoas",
                 "oblique",
                 "obliquus",
                 "transversus",
                 "diaphragm",
                 "intercostal",
                 "subcostal",
                 "lumbrical",
                 "interosseous muscle",
                 "opponens",
                 "obturator",
                 "gemellus",
                 "pectineus",
                 "semitendinosus",
                 "semimembranosus",
                 "orbicularis",
                 "buccinator",
                 "zygomaticus",
                 "frontalis",
                 "occipitalis",
                 "occipitofrontalis",
                 "sphincter",
                 "erector",
                 "omohyoid",
                 "sternohyoid",
                 "thyrohyoid",
                 "stylohyoid",
                 "mylohyoid",
                 "geniohyoid",
                 "sternothyroid",
                 "longus colli",
                 "longus capitis",
                 "subclavius",
                 "palmaris",
                 "quadriceps",
                 "risorius",
                 "mentalis",
                 "procerus",
                 "nasalis",
                 "corrugator",
                 "depressor",
                 "coccygeus",
                 "pyramidalis",
                 "interspinales",
                 "intertransversarii"}))
    return Tissue::Muscle;
  if (hasAny(w,
             {"bone",     "bones",      "vertebra", "vertebrae", "rib",       "ribs",      "phalanx",    "phalanges",
              "scapula",  "clavicle",   "humerus",  "radius",    "ulna",      "femur",     "patella",    "tibia",
              "fibula",   "calcaneus",  "talus",    "cuboid",    "cuneiform", "navicular", "metatarsal", "metacarpal",
              "sesamoid", "sacrum",     "coccyx",   "mandible",  "maxilla",   "vomer",     "ethmoid",    "sphenoid",
              "concha",   "hyoid",      "sternum",  "manubrium", "xiphoid",   "atlas",     "axis",       "scaphoid",
              "lunate",   "triquetral", "pisiform", "trapezium", "trapezoid", "capitate",  "hamate",     "skull",
              "cranium",  "ilium",      "ischium",  "pubis"}))
    return Tissue::Bone;
  return Tissue::Other;
}

std::string guessRegion(std::string_view englishName) {
  const auto w = words(englishName);
  // Checked in order: the first match wins ("biceps femoris" is thigh before "biceps" is arm).
  static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> kRules{
      {"neck",
       {"levator scapulae", "sternocleidomastoid", "scalene", "scalenus", "splenius", "cervical", "atlas", "axis",
        "hyoid", "omohyoid", "sternohyoid", "thyrohyoid", "platysma", "longus colli", "capitis"}},
      {"head", {"frontal",   "parietal",    "occipital",   "temporal",   "sphenoid",  "ethmoid",    "nasal",
                "maxilla",   "mandible",    "zygomatic",   "lacrimal",   "palatine",  "vomer",      "concha",
                "skull",     "cranium",     "masseter",    "temporalis", "pterygoid", "buccinator", "orbicularis",
                "frontalis", "occipitalis", "zygomaticus", "digastric"}},
      {"hand",
       {"hand", "finger", "thumb", "pollicis", "metacarpal", "scaphoid", "lunate", "triquetral", "pisiform",
        "trapezium", "trapezoid", "capitate", "hamate"}},
      {"foot",
       {"foot", "toe", "hallucis", "pedis", "plantae", "calcaneus", "talus", "cuboid", "cuneiform", "navicular",
        "metatarsal"}},
      {"leg",
       {"tibia", "fibula", "gastrocnemius", "soleus", "tibialis", "fibularis", "peroneus", "popliteus", "plantaris"}},
      {"thigh",
       {"femur", "femoris", "patella", "vastus", "sartorius", "gracilis", "tensor fasciae latae", "semitendinosus",
        "semimembranosus", "pectineus", "adductor"}},
      {"pelvis",
       {"hip", "sacrum", "coccyx", "gluteus", "piriformis", "obturator", "gemellus", "iliacus", "psoas", "ilium",
        "ischium", "pubis", "levator ani", "coccygeus"}},
      {"forearm", {"radius", "ulna", "pronator", "supinator", "brachioradialis", "carpi", "anconeus", "palmaris"}},
      {"arm", {"humerus", "biceps", "triceps", "brachialis", "coracobrachialis"}},
      {"shoulder",
       {"scapula", "clavicle", "deltoid", "supraspinatus", "infraspinatus", "subscapularis", "teres", "trapezius"}},
      {"trunk", {"vertebra",    "thoracic",     "lumbar",     "rib",         "sternum", "rhomboid",
                 "serratus",    "latissimus",   "pectoralis", "lumborum",    "erector", "spinalis",
                 "longissimus", "iliocostalis", "multifidus", "intercostal", "oblique", "obliquus",
                 "abdominis",   "transversus",  "diaphragm",  "subclavius"}},
  };
  for (const auto& [region, phrases] : kRules)
    if (hasAnyOf(w, phrases)) return std::string(region);
  return {};
}

Structure bodyParts3DStructure(const BodyParts3DInfo& info, std::string_view fileStem) {
  Structure s;
  s.name = info.englishName.empty() ? std::string(fileStem) : info.englishName;
  s.id = idFromName(s.name, &s.side);
  if (s.id.empty()) s.id = idFromName(fileStem, nullptr);
  if (s.id.empty()) s.id = "structure";
  s.id = withSide(s.id, s.side);
  s.fma = info.fma;
  s.tissue = classifyTissue(s.name);
  s.layer = defaultLayerFor(s.tissue);
  s.region = guessRegion(s.name);
  return s;
}

Result<Structure> loadBodyParts3DFile(const std::string& path) {
  const std::string where = "loadMeshFile(): " + path;
  const std::filesystem::path fsPath(path);
  const std::string stem = fsPath.stem().string();
  BodyParts3DInfo info = parseBodyParts3DFileName(fsPath.filename().string());
  Mesh mesh;
  if (toLower(fsPath.extension().string()) == ".obj") {
    auto bytes = readFileBytes(path);
    if (!bytes) return Error{where, bytes.error().message};
    if (bytes->empty()) return Error{where, "empty file"};
    auto parsed = parseObj(*bytes);
    if (!parsed) return Error{where, parsed.error().message};
    mesh = std::move(*parsed);
    info = mergeBodyParts3DInfo(parseBodyParts3DHeader(*bytes), info);
  } else {
    auto loaded = loadMeshFile(path);
    if (!loaded) return loaded.error();
    mesh = std::move(*loaded);
  }
  applyFrame(bodyParts3DFrame(), mesh);
  finishImportedMesh(mesh);
  if (mesh.empty()) return Error{where, "no triangles (the file holds only points, lines or nothing)"};
  Structure s = bodyParts3DStructure(info, stem);
  s.mesh = std::move(mesh);
  s.sourcePath = path;
  return s;
}

}  // namespace myo::atlas
