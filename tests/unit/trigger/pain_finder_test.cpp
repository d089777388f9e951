// The pain finder's ranking rule (pain_finder.hpp, docs/pain-finder.md) on a small hand-made catalog, its
// sides and local pain, and the literature accuracy check on the real catalog.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <iomanip>
#include <optional>
#include <sstream>

#include "trigger/pain_finder.hpp"
#include "trigger_test_support.hpp"

namespace myo::trigger {
namespace {

using testing::realCatalog;

TriggerPoint makeTrp(const std::string& id, const std::string& muscle, std::vector<std::string> essential,
                     std::vector<std::string> spillover) {
  TriggerPoint trp;
  trp.id = id;
  trp.muscle = muscle;
  trp.essential = std::move(essential);
  trp.spillover = std::move(spillover);
  return trp;
}

class RankingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto regions = RegionSet::parse(
        "regions:\n"
        "  - {id: a, name: A, group: G, definition: d}\n"
        "  - {id: b, name: B, group: G, definition: d}\n"
        "  - {id: c, name: C, group: G, definition: d}\n",
        "regions.yaml");
    ASSERT_TRUE(regions.ok()) << regions.error().text();
    catalog_.emplace(std::move(*regions),
                     std::vector<TriggerPoint>{
                         makeTrp("m1.trp1", "m1", {"a"}, {}),          // a only: 1.0
                         makeTrp("m1.trp2", "m1", {"a"}, {"b"}),       // a + b spill: 1.4
                         makeTrp("m2.trp1", "m2", {"a", "b"}, {}),     // both essential: 2.0
                         makeTrp("m3.trp1", "m3", {"c"}, {"a", "b"}),  // both spill: 0.8
                         makeTrp("m4.trp1", "m4", {"b"}, {}),          // b only: 1.0
                         makeTrp("m5.trp1", "m5", {"c"}, {}),          // neither
                         makeTrp("m0.trp9", "m0", {"a"}, {}),          // a only: 1.0
                     },
                     std::map<std::string, std::vector<std::string>>{{"a", {"m1", "m9"}}, {"b", {"m1"}}});
  }

  std::vector<std::string> ranked(const std::string& query, std::vector<double>* scores = nullptr) {
    const auto painful = parseRegionList(catalog_->regions(), query);
    EXPECT_TRUE(painful.ok()) << painful.error().text();
    if (!painful) return {};
    std::vector<std::string> ids;
    for (const auto& c : findPain(*catalog_, *painful).candidates) {
      ids.push_back(c.id);
      if (scores) scores->push_back(c.score());
    }
    return ids;
  }

  std::optional<Catalog> catalog_;
};

TEST_F(RankingTest, MultiRegionTrPsRankFirst) {
  std::vector<double> scores;
  EXPECT_EQ(ranked("a,b", &scores),
            (std::vector<std::string>{"m2.trp1", "m1.trp2", "m0.trp9", "m1.trp1", "m4.trp1", "m3.trp1"}));
  EXPECT_EQ(scores, (std::vector<double>{2.0, 1.4, 1.0, 1.0, 1.0, 0.8}));
}

TEST_F(RankingTest, OneTrPPerMuscleFirstWithinATie) {
  // Region a: m0.trp9, m1.trp1, m1.trp2, m2.trp1 all score 1.0 (one essential hit); m1's second TrP goes last.
  EXPECT_EQ(ranked("a"), (std::vector<std::string>{"m0.trp9", "m1.trp1", "m2.trp1", "m1.trp2", "m3.trp1"}));
}

TEST_F(RankingTest, Deterministic) {
  const auto first = ranked("b,a");
  for (int i = 0; i < 5; ++i) EXPECT_EQ(ranked("a,b"), first);
  EXPECT_EQ(ranked("a, b, a"), first);  // duplicates and spaces do not change the answer
}

TEST_F(RankingTest, SidedQueryGivesSidedIds) {
  EXPECT_EQ(ranked("b.r"), (std::vector<std::string>{"m2.trp1.r", "m4.trp1.r", "m1.trp2.r", "m3.trp1.r"}));
  // An unsided region counts for the side the query names.
  const auto withUnsided = ranked("a.r,b");
  ASSERT_FALSE(withUnsided.empty());
  EXPECT_EQ(withUnsided.front(), "m2.trp1.r");
  for (const auto& id : withUnsided) EXPECT_EQ(sideOf(id), Side::Right) << id;
  // Both sides named: each side answers for its own regions.
  const auto both = ranked("a.l,b.r");
  EXPECT_EQ(both.front(), "m0.trp9.l");
  EXPECT_NE(std::find(both.begin(), both.end(), "m4.trp1.r"), both.end());
  EXPECT_EQ(std::find(both.begin(), both.end(), "m4.trp1.l"), both.end());
}

TEST_F(RankingTest, ZonesAndHits) {
  const auto painful = parseRegionList(catalog_->regions(), "a,b");
  ASSERT_TRUE(painful.ok());
  const PainAnswer answer = findPain(*catalog_, *painful);
  const Candidate& top = answer.candidates[1];  // m1.trp2: a essential, b spillover
  EXPECT_EQ(top.id, "m1.trp2");
  EXPECT_EQ(top.zone(), Zone::Essential);
  EXPECT_EQ(top.essentialHits, std::vector<std::string>{"a"});
  EXPECT_EQ(top.spilloverHits, std::vector<std::string>{"b"});
  EXPECT_EQ(answer.candidates.back().zone(), Zone::Spillover);
  EXPECT_EQ(sideName(top.side), "both");
  // Local pain: m1 lies under both regions, m9 under one.
  ASSERT_EQ(answer.local.size(), 2u);
  EXPECT_EQ(answer.local[0].muscle, "m1");
  EXPECT_EQ(answer.local[0].regions, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(answer.local[1].muscle, "m9");
}

TEST_F(RankingTest, EmptyAndUnknownInputAreErrors) {
  EXPECT_FALSE(parseRegionList(catalog_->regions(), "").ok());
  EXPECT_FALSE(parseRegionList(catalog_->regions(), " , ,").ok());
  const auto unknown = parseRegionList(catalog_->regions(), "a,zz");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("unknown region 'zz'"), std::string::npos);
}

// The accuracy bar of issue 4: for every region of the literature tables (region -> the muscles whose
// essential zone covers it), every listed muscle has a TrP among the top 10 candidates for that region.
TEST(PainFinderAccuracyTest, LiteratureReferrersInTopTen) {
  const Catalog* catalog = realCatalog();
  ASSERT_NE(catalog, nullptr);
  const std::filesystem::path data = std::filesystem::path(MYOSCOPE_SOURCE_DIR) / "tests" / "data";
  std::ostringstream misses;
  size_t regions = 0;
  size_t pairs = 0;
  size_t missed = 0;
  for (const char* name : {"referral_accuracy_upper.yaml", "referral_accuracy_lower.yaml"}) {
    const YAML::Node table = YAML::LoadFile((data / name).string());
    ASSERT_TRUE(table["regions"].IsMap()) << name;
    for (const auto& entry : table["regions"]) {
      const std::string region = entry.first.as<std::string>();
      ++regions;
      const auto painful = parseRegionList(catalog->regions(), region);
      ASSERT_TRUE(painful.ok()) << name << ": " << painful.error().text();
      const PainAnswer answer = findPain(*catalog, *painful);
      const size_t top = std::min<size_t>(10, answer.candidates.size());
      for (const auto& muscleNode : entry.second) {
        const std::string muscle = muscleNode.as<std::string>();
        ++pairs;
        bool found = false;
        for (size_t i = 0; i < top && !found; ++i) found = idMatches(muscle, answer.candidates[i].trp->muscle);
        if (found) continue;
        ++missed;
        misses << "  " << std::left << std::setw(24) << region << std::setw(34) << muscle << "top 10:";
        for (size_t i = 0; i < top; ++i) misses << " " << answer.candidates[i].id;
        misses << "\n";
      }
    }
  }
  EXPECT_GE(regions, 70u);
  EXPECT_EQ(missed, 0u) << missed << " of " << pairs << " literature referrers are not in the top 10:\n"
                        << "  region                  muscle\n"
                        << misses.str();
  std::printf("[ accuracy ] %zu regions, %zu region-muscle pairs, %zu missed\n", regions, pairs, missed);
}

}  // namespace
}  // namespace myo::trigger
