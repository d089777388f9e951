// Body regions: regions.yaml holds every id of the shared vocabulary (../shared/body-regions.md), ids resolve
// with sides, unknown ids suggest close ones, and bad files give `file:line:col` errors.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>

#include "trigger/pain_finder.hpp"
#include "trigger/regions.hpp"
#include "trigger_test_support.hpp"

namespace myo::trigger {
namespace {

using testing::realCatalog;
using testing::sourceAssets;

TEST(TriggerRegionsTest, RegionsFileLoads) {
  const auto regions = RegionSet::load(sourceAssets() / kRegionsFile);
  ASSERT_TRUE(regions.ok()) << regions.error().text();
  EXPECT_GE(regions->all().size(), 78u);
  const Region* temple = regions->find("temple");
  ASSERT_NE(temple, nullptr);
  EXPECT_EQ(temple->name, "Temple");
  EXPECT_EQ(temple->group, "Head & face");
  EXPECT_FALSE(temple->definition.empty());
}

// body-regions.md is the shared vocabulary: none of its ids may be missing here.
TEST(TriggerRegionsTest, EveryBodyRegionsMdIdIsPresent) {
  const std::filesystem::path md = std::filesystem::path(MYOSCOPE_SHARED_DIR) / "body-regions.md";
  std::ifstream in(md);
  if (!in) GTEST_SKIP() << md << " is absent";
  const auto regions = RegionSet::load(sourceAssets() / kRegionsFile);
  ASSERT_TRUE(regions.ok()) << regions.error().text();
  const std::regex row(R"(^\| `([a-z0-9_]+)` \|)");
  std::string line;
  size_t ids = 0;
  while (std::getline(in, line)) {
    std::smatch match;
    if (!std::regex_search(line, match, row)) continue;
    ++ids;
    EXPECT_NE(regions->find(match[1].str()), nullptr) << "regions.yaml lacks '" << match[1] << "' of body-regions.md";
  }
  EXPECT_GE(ids, 78u);
}

// Every region answers a pain query: it resolves and at least one TrP refers there (shin: only spillover).
TEST(TriggerRegionsTest, EveryRegionAnswers) {
  const Catalog* catalog = realCatalog();
  ASSERT_NE(catalog, nullptr);
  for (const auto& region : catalog->regions().all()) {
    for (const char* suffix : {"", ".l", ".r"}) {
      const auto painful = parseRegionList(catalog->regions(), region.id + suffix);
      ASSERT_TRUE(painful.ok()) << painful.error().text();
      const PainAnswer answer = findPain(*catalog, *painful);
      EXPECT_FALSE(answer.candidates.empty()) << region.id << suffix << ": no TrP refers there";
    }
  }
}

TEST(TriggerRegionsTest, ResolveSidesAndCase) {
  const Catalog* catalog = realCatalog();
  ASSERT_NE(catalog, nullptr);
  const auto right = catalog->regions().resolve(" Temple.R ");
  ASSERT_TRUE(right.ok()) << right.error().text();
  EXPECT_EQ(right->region->id, "temple");
  EXPECT_EQ(right->side, Side::Right);
  EXPECT_EQ(right->text(), "temple.r");
  const auto both = catalog->regions().resolve("low_back");
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both->side, Side::None);
}

TEST(TriggerRegionsTest, UnknownIdSuggestsCloseOnes) {
  const Catalog* catalog = realCatalog();
  ASSERT_NE(catalog, nullptr);
  const auto typo = catalog->regions().resolve("tempel.r");
  ASSERT_FALSE(typo.ok());
  EXPECT_NE(typo.error().message.find("unknown region 'tempel.r'"), std::string::npos) << typo.error().message;
  EXPECT_NE(typo.error().message.find("did you mean temple"), std::string::npos) << typo.error().message;
  const auto prefix = catalog->regions().resolve("knee");
  ASSERT_FALSE(prefix.ok());
  EXPECT_NE(prefix.error().message.find("knee_"), std::string::npos) << prefix.error().message;
  EXPECT_FALSE(catalog->regions().resolve("temple.x").ok());
  EXPECT_FALSE(catalog->regions().resolve("").ok());
}

TEST(TriggerRegionsTest, MalformedRegionsFileNamesLine) {
  auto missingName = RegionSet::parse("regions:\n  - {id: temple, group: g, definition: d}\n", "r.yaml");
  ASSERT_FALSE(missingName.ok());
  EXPECT_EQ(missingName.error().text(), "r.yaml:2:5: missing `name`: expected a non-empty text");
  auto twice = RegionSet::parse(
      "regions:\n  - {id: temple, name: n, group: g, definition: d}\n  - {id: temple, name: n, group: g, definition: "
      "d}\n",
      "r.yaml");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().text(), "r.yaml:3:10: region 'temple' is defined twice");
  auto sided = RegionSet::parse("regions:\n  - {id: temple.r, name: n, group: g, definition: d}\n", "r.yaml");
  ASSERT_FALSE(sided.ok());
  EXPECT_EQ(sided.error().where, "r.yaml:2:10");
  EXPECT_FALSE(RegionSet::parse("regions: 3\n", "r.yaml").ok());
  EXPECT_FALSE(RegionSet::parse("regions: [\n", "r.yaml").ok());
}

}  // namespace
}  // namespace myo::trigger
