// The load cache: a pack per source folder, reused while files keep their size and modification time,
// rebuilt when it is corrupt, truncated or of another version. And atlas packs (`--atlas PACK`).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <random>

#include "atlas/import/atlas_loader.hpp"
#include "atlas/import/atlas_pack.hpp"
#include "atlas_test_support.hpp"
#include "core/log.hpp"

namespace myo::atlas {
namespace {

using test::bodyParts3D;
using test::TempDir;
using test::writeFile;
namespace fs = std::filesystem;

// A folder with four real BodyParts3D files (one v4, one with underscores) and a cache folder of its own.
class AtlasCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!test::haveBodyParts3D()) GTEST_SKIP() << "needs ../shared/data/bodyparts3d";
    log::setLevel(log::Level::Silent);
    for (const char* file :
         {"skeleton/FJ101_BP4024_FMA23725_Right trapezoid.obj", "skeleton/FJ162_BP4023_FMA24439_Right triquetral.obj",
          "v4/FJ1468.obj", "messy/FJ533_BP4600_FMA22340_Right_piriformis.obj"})
      fs::copy_file(bodyParts3D() / file, source_.path() / fs::path(file).filename());
    options_.cacheDir = (cache_.path() / "nested" / "cache").string();  // created as needed
  }
  void TearDown() override { log::setLevel(log::Level::Info); }

  Atlas load(LoadReport& report) {
    auto atlas = loadAtlas(source_.path().string(), options_, &report);
    EXPECT_TRUE(atlas) << atlas.error().text();
    return atlas ? std::move(*atlas) : Atlas{};
  }
  std::string file(const std::string& name) const { return (source_.path() / name).string(); }

  TempDir source_;
  TempDir cache_;
  LoadOptions options_;
};

TEST_F(AtlasCacheTest, SecondLoadComesFromTheCacheAndIsIdentical) {
  LoadReport first;
  const Atlas parsed = load(first);
  EXPECT_EQ(first.parsed, 4u);
  EXPECT_EQ(first.cacheHits, 0u);
  EXPECT_FALSE(first.cacheRead);
  EXPECT_TRUE(first.cacheWritten);
  EXPECT_TRUE(fs::exists(first.cachePath));
  EXPECT_EQ(fs::path(first.cachePath).parent_path(), fs::path(options_.cacheDir));
  LoadReport second;
  const Atlas cached = load(second);
  EXPECT_TRUE(second.cacheRead);
  EXPECT_EQ(second.cacheHits, 4u);
  EXPECT_EQ(second.parsed, 0u);
  EXPECT_TRUE(second.parsedFiles.empty());
  EXPECT_FALSE(second.cacheWritten);  // nothing changed: the pack is left alone
  EXPECT_EQ(cached.name, parsed.name);
  test::expectSameAtlas(parsed, cached);
  // The cache off gives the same atlas again, and touches no pack.
  options_.useCache = false;
  LoadReport off;
  test::expectSameAtlas(parsed, load(off));
  EXPECT_TRUE(off.cachePath.empty());
  EXPECT_EQ(off.parsed, 4u);
}

TEST_F(AtlasCacheTest, TouchingOneFileReparsesJustThatFile) {
  LoadReport report;
  const Atlas before = load(report);
  const std::string touched = file("FJ162_BP4023_FMA24439_Right triquetral.obj");
  fs::last_write_time(touched, fs::last_write_time(touched) + std::chrono::seconds(2));
  const Atlas after = load(report);
  EXPECT_EQ(report.parsed, 1u);
  EXPECT_EQ(report.cacheHits, 3u);
  EXPECT_EQ(report.parsedFiles, std::vector<std::string>{touched});
  EXPECT_TRUE(report.cacheWritten);
  test::expectSameAtlas(before, after);
  load(report);
  EXPECT_EQ(report.cacheHits, 4u);  // the rewritten pack has the new time
}

TEST_F(AtlasCacheTest, ChangingOneFileReparsesItAndShowsTheChange) {
  LoadReport report;
  const Atlas before = load(report);
  // Same name, other content (another bone's mesh): the size differs.
  const std::string changed = file("FJ101_BP4024_FMA23725_Right trapezoid.obj");
  fs::copy_file(bodyParts3D() / "skeleton" / "FJ495_BP4006_FMA13395_Right scapula.obj", changed,
                fs::copy_options::overwrite_existing);
  const Atlas after = load(report);
  EXPECT_EQ(report.parsedFiles, std::vector<std::string>{changed});
  ASSERT_EQ(after.structures.size(), 4u);
  const Structure* s = after.find("FMA13395");  // the header now names the scapula
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->sourcePath, changed);
  EXPECT_NE(s->mesh.positions.size(), before.find("trapezoid.r")->mesh.positions.size());
}

TEST_F(AtlasCacheTest, AddedAndRemovedFiles) {
  LoadReport report;
  load(report);
  fs::remove(file("FJ1468.obj"));
  fs::copy_file(bodyParts3D() / "v4" / "FJ1513.obj", file("FJ1513.obj"));
  const Atlas atlas = load(report);
  EXPECT_EQ(atlas.structures.size(), 4u);
  EXPECT_EQ(report.parsedFiles, std::vector<std::string>{file("FJ1513.obj")});
  EXPECT_TRUE(report.cacheWritten);
  EXPECT_TRUE(report.errors.empty());
  fs::remove(file("FJ1513.obj"));
  const Atlas fewer = load(report);
  EXPECT_EQ(fewer.structures.size(), 3u);
  EXPECT_EQ(report.parsed, 0u);
  EXPECT_TRUE(report.cacheWritten);  // the entry for the removed file is dropped from the pack
}

TEST_F(AtlasCacheTest, AFailedFileIsRememberedAndReportedAgain) {
  writeFile(file("FJ9_BP9_FMA9_Broken.obj"), "v 0 0 0\nv 1 0 0\nf 1 2");
  LoadReport report;
  load(report);
  ASSERT_EQ(report.errors.size(), 1u);
  load(report);
  EXPECT_EQ(report.cacheHits, 5u);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].path, file("FJ9_BP9_FMA9_Broken.obj"));
  EXPECT_NE(report.errors[0].message.find("truncated"), std::string::npos);
}

// Damaged packs of every kind are ignored with a warning, everything is parsed again, and the pack is
// rewritten: the load after that comes from the cache again.
TEST_F(AtlasCacheTest, ADamagedPackIsRebuilt) {
  LoadReport report;
  const Atlas reference = load(report);
  const std::string pack = report.cachePath;
  const std::string good = test::readFile(pack);
  std::string flipped = good;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5a);
  std::string oldVersion = good;
  oldVersion[12] = static_cast<char>(oldVersion[12] + 1);  // the version field follows magic and mark
  const std::pair<std::string, std::string> damages[] = {
      {flipped, "checksum mismatch"},    {good.substr(0, good.size() / 3), "truncated"},   {oldVersion, "pack version"},
      {"MYOATLAS", "not an atlas pack"}, {std::string(5000, '\x7f'), "not an atlas pack"},
  };
  for (const auto& [bytes, reason] : damages) {
    writeFile(pack, bytes);
    const Atlas rebuilt = load(report);
    EXPECT_FALSE(report.cacheRead) << reason;
    EXPECT_EQ(report.parsed, 4u) << reason;
    EXPECT_TRUE(report.cacheWritten) << reason;
    ASSERT_EQ(report.warnings.size(), 1u) << reason;
    EXPECT_NE(report.warnings[0].find(reason), std::string::npos) << report.warnings[0];
    test::expectSameAtlas(reference, rebuilt);
    load(report);
    EXPECT_EQ(report.cacheHits, 4u) << reason;
  }
}

TEST_F(AtlasCacheTest, ParsePackRejectsEveryPrefix) {
  LoadReport report;
  load(report);
  const std::string good = test::readFile(report.cachePath);
  ASSERT_TRUE(parsePack(good, "p"));
  // Every cut is refused cleanly (sizes in the header, checksum); a sample keeps the test quick.
  for (size_t size = 0; size < good.size(); size += 1 + size / 3) EXPECT_FALSE(parsePack(good.substr(0, size), "p"));
}

// Damage inside the payload with a checksum made to match (what a bug, not a disk, would write): the
// structural checks still refuse what is unsafe, and nothing crashes.
TEST_F(AtlasCacheTest, ParsePackChecksStructureBehindTheChecksum) {
  LoadReport report;
  load(report);
  const std::string good = test::readFile(report.cachePath);
  constexpr size_t kHeader = 32;  // magic, byte-order mark, version, fingerprint, payload size
  std::mt19937 rng(17);
  int refused = 0;
  for (int round = 0; round < 400; ++round) {
    std::string bytes = good;
    // Early bytes hold the counts and names; hit them as often as the mesh arrays.
    const size_t span = bytes.size() - kHeader - 8;
    const size_t at = kHeader + (round % 2 == 0 ? rng() % std::min<size_t>(span, 600) : rng() % span);
    bytes[at] = static_cast<char>(rng() & 0xff);
    const std::uint64_t checksum = hashBytes(std::string_view(bytes).substr(kHeader, span));
    std::memcpy(bytes.data() + bytes.size() - 8, &checksum, 8);
    const auto pack = parsePack(bytes, "p");
    if (!pack) {
      ++refused;
      continue;
    }
    for (const auto& entry : pack->entries)
      for (const auto& s : entry.structures)
        for (const auto index : s.mesh.indices) ASSERT_LT(index, s.mesh.positions.size());
  }
  EXPECT_GT(refused, 10);
}

TEST_F(AtlasCacheTest, AtlasPacksSaveAndLoadWhole) {
  LoadReport report;
  Atlas atlas = load(report);
  atlas.structures[0].facts.origin = "Tubercle of the trapezium";
  atlas.structures[0].mesh.fibers.assign(atlas.structures[0].mesh.positions.size(), glm::vec3(0, 1, 0));
  const std::string path = cache_ / "out/atlas.myopack";
  const Status saved = saveAtlasPack(atlas, path);
  ASSERT_TRUE(saved) << saved.error().text();
  const auto loaded = loadAtlas(path, options_, &report);  // loadAtlas knows a pack by its header
  ASSERT_TRUE(loaded) << loaded.error().text();
  EXPECT_EQ(loaded->name, atlas.name);
  EXPECT_EQ(loaded->structures[0].facts.origin, "Tubercle of the trapezium");
  test::expectSameAtlas(atlas, *loaded);
  for (const auto& entry : fs::directory_iterator(cache_.path() / "out"))  // no temporary left behind
    EXPECT_EQ(entry.path().filename(), "atlas.myopack");
}

TEST(AtlasCacheDirTest, FollowsXdgCacheHomeThenHome) {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const std::string savedXdg = xdg != nullptr ? xdg : "";
  ::setenv("XDG_CACHE_HOME", "/somewhere/cache", 1);
  EXPECT_EQ(defaultCacheDir(), "/somewhere/cache/myoscope");
  ::unsetenv("XDG_CACHE_HOME");
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    EXPECT_EQ(defaultCacheDir(), (fs::path(home) / ".cache" / "myoscope").string());
  }
  if (xdg != nullptr) ::setenv("XDG_CACHE_HOME", savedXdg.c_str(), 1);
}

}  // namespace
}  // namespace myo::atlas
