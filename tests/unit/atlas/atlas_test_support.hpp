#pragma once
// Helpers shared by the atlas tests: the BodyParts3D data in ../shared, temporary folders, small files.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "atlas/atlas.hpp"

namespace myo::atlas::test {

namespace fs = std::filesystem;

inline fs::path bodyParts3D() { return fs::path(MYOSCOPE_SHARED_DIR) / "data" / "bodyparts3d"; }
inline bool haveBodyParts3D() { return fs::exists(bodyParts3D() / "index.tsv"); }

#define MYO_REQUIRE_BODYPARTS3D()                                                                 \
  do {                                                                                            \
    if (!::myo::atlas::test::haveBodyParts3D())                                                   \
      GTEST_SKIP() << "needs the BodyParts3D meshes in ../shared/data/bodyparts3d (absent here: " \
                   << ::myo::atlas::test::bodyParts3D().string() << ")";                          \
  } while (false)

// A fresh folder under the system temp folder, removed again at the end of the test. Named after the test
// and the process, so tests running in parallel (ctest -j) never share one.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const std::string name = info != nullptr ? std::string(info->test_suite_name()) + "." + info->name() : "test";
    path_ = fs::temp_directory_path() /
            ("myoscope-atlas-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

inline void writeFile(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

inline std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A closed tetrahedron as OBJ text, outward faces, scaled and moved.
inline std::string tetrahedronObj(float scale = 1.0f, float offsetX = 0.0f) {
  std::ostringstream out;
  const float v[4][3] = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  for (const auto& p : v) out << "v " << p[0] * scale + offsetX << ' ' << p[1] * scale << ' ' << p[2] * scale << '\n';
  out << "f 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n";
  return out.str();
}

// Every fact and every mesh array equal, structure by structure.
inline void expectSameAtlas(const Atlas& a, const Atlas& b) {
  ASSERT_EQ(a.structures.size(), b.structures.size());
  for (size_t i = 0; i < a.structures.size(); ++i) {
    const Structure& x = a.structures[i];
    const Structure& y = b.structures[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.fma, y.fma);
    EXPECT_EQ(x.side, y.side);
    EXPECT_EQ(x.tissue, y.tissue);
    EXPECT_EQ(x.layer, y.layer);
    EXPECT_EQ(x.region, y.region);
    EXPECT_EQ(x.sourcePath, y.sourcePath);
    EXPECT_EQ(x.facts.origin, y.facts.origin);
    EXPECT_TRUE(x.mesh.positions == y.mesh.positions) << x.id;
    EXPECT_TRUE(x.mesh.normals == y.mesh.normals) << x.id;
    EXPECT_TRUE(x.mesh.fibers == y.mesh.fibers) << x.id;
    EXPECT_TRUE(x.mesh.indices == y.mesh.indices) << x.id;
  }
}

}  // namespace myo::atlas::test
