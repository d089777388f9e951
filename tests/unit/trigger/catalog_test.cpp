// The trigger-point catalog: the real files load clean, and malformed snippets give `file:line:col` errors
// that say what was expected.
#include <gtest/gtest.h>

#include <map>

#include "trigger/catalog.hpp"
#include "trigger_test_support.hpp"

namespace myo::trigger {
namespace {

using testing::realCatalog;
using testing::sourceAssets;

TEST(TriggerCatalogTest, RealCatalogLoadsClean) {
  const Catalog* catalog = realCatalog();
  ASSERT_NE(catalog, nullptr);
  EXPECT_EQ(catalog->triggerPoints().size(), 168u);
  EXPECT_GE(catalog->muscles().size(), 60u);  // DESIGN.md: about 60+ muscles
  std::map<std::string, size_t> perFile;
  for (const auto& trp : catalog->triggerPoints()) ++perFile[std::filesystem::path(trp.file).filename().string()];
  EXPECT_EQ(perFile["head_neck.yaml"], 30u);
  EXPECT_EQ(perFile["shoulder_arm.yaml"], 62u);
  EXPECT_EQ(perFile["trunk_hip.yaml"], 34u);
  EXPECT_EQ(perFile["leg_foot.yaml"], 42u);
  const TriggerPoint* trp = catalog->find("trapezius.trp1");
  ASSERT_NE(trp, nullptr);
  EXPECT_EQ(trp->muscle, "trapezius.upper");
  EXPECT_FALSE(trp->essential.empty());
  EXPECT_FALSE(trp->selfCare.ball.empty());
  EXPECT_FALSE(trp->source.empty());
  EXPECT_GT(trp->line, 0);
  EXPECT_EQ(catalog->find("trapezius.trp99"), nullptr);
}

TEST(TriggerCatalogTest, LocalRegionsNameEveryRegion) {
  const Catalog* catalog = realCatalog();
  ASSERT_NE(catalog, nullptr);
  EXPECT_EQ(catalog->localMuscles("temple"), std::vector<std::string>{"temporalis"});
  size_t withMuscles = 0;
  for (const auto& region : catalog->regions().all()) withMuscles += catalog->localMuscles(region.id).empty() ? 0 : 1;
  EXPECT_GE(withMuscles, 70u);
}

// A small vocabulary and a valid entry to break one field at a time.
class MalformedCatalogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto regions = RegionSet::parse(
        "regions:\n"
        "  - {id: temple, name: Temple, group: Head, definition: side of the head}\n"
        "  - {id: occiput, name: Back of the head, group: Head, definition: back of the head}\n",
        "regions.yaml");
    ASSERT_TRUE(regions.ok()) << regions.error().text();
    regions_ = std::move(*regions);
    vocabulary_ = Vocabulary{&regions_, {"temporalis", "trapezius.upper"}};
  }

  // One entry; `{{field}}` lines are replaced by the test.
  static std::string entry(const std::string& id, const std::string& muscle, const std::string& essential) {
    return "  - id: " + id +
           "\n"  // line 2
           "    muscle: " +
           muscle +
           "\n"                              // line 3
           "    name: A TrP\n"               // line 4
           "    location: somewhere\n"       // line 5
           "    landmark: {near: tragus}\n"  // line 6
           "    essential: " +
           essential +
           "\n"                                                   // line 7
           "    spillover: [occiput]\n"                           // line 8
           "    pattern: a pattern\n"                             // line 9
           "    symptoms: symptoms\n"                             // line 10
           "    perpetuating: [stress]\n"                         // line 11
           "    techniques: [self_care]\n"                        // line 12
           "    self_care: {ball: a ball, stretch: a stretch}\n"  // line 13
           "    cautions: none\n"                                 // line 14
           "    source: a book\n";                                // line 15
  }

  std::string errorOf(const std::string& text) {
    std::vector<TriggerPoint> out;
    const Status status = parseTriggerPoints(text, "snippet.yaml", vocabulary_, out);
    return status.ok() ? std::string("(no error)") : status.error().text();
  }

  RegionSet regions_;
  Vocabulary vocabulary_;
};

TEST_F(MalformedCatalogTest, ValidSnippetParses) {
  std::vector<TriggerPoint> out;
  const Status status = parseTriggerPoints("trigger_points:\n" + entry("temporalis.trp1", "temporalis", "[temple]"),
                                           "snippet.yaml", vocabulary_, out);
  ASSERT_TRUE(status.ok()) << status.error().text();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].line, 2);
  EXPECT_EQ(out[0].spillover, std::vector<std::string>{"occiput"});
}

TEST_F(MalformedCatalogTest, UnknownMuscleNamesLineAndColumn) {
  EXPECT_EQ(errorOf("trigger_points:\n" + entry("temporalis.trp1", "temporalys", "[temple]")),
            "snippet.yaml:3:13: unknown muscle 'temporalys'; expected an id of muscle_ids.txt");
}

TEST_F(MalformedCatalogTest, UnknownRegionNamesTheListEntry) {
  EXPECT_EQ(errorOf("trigger_points:\n" + entry("temporalis.trp1", "temporalis", "[temple, tempel]")),
            "snippet.yaml:7:25: `essential`: unknown region 'tempel' (close: temple); expected a region id of "
            "regions.yaml");
}

TEST_F(MalformedCatalogTest, DuplicateIdNamesTheFirstDefinition) {
  EXPECT_EQ(errorOf("trigger_points:\n" + entry("temporalis.trp1", "temporalis", "[temple]") +
                    entry("temporalis.trp1", "temporalis", "[temple]")),
            "snippet.yaml:16:9: trigger point 'temporalis.trp1' is already defined at snippet.yaml:2");
}

TEST_F(MalformedCatalogTest, MissingFieldNamesTheEntry) {
  std::string text = "trigger_points:\n" + entry("temporalis.trp1", "temporalis", "[temple]");
  text.erase(text.find("    source: a book\n"));
  EXPECT_EQ(errorOf(text), "snippet.yaml:2:5: missing `source`: expected a non-empty text");
}

TEST_F(MalformedCatalogTest, WrongTypesAreErrorsNotCrashes) {
  EXPECT_EQ(errorOf("trigger_points:\n" + entry("temporalis.trp1", "temporalis", "temple")),
            "snippet.yaml:7:16: `essential` must be a list such as [a, b]");
  EXPECT_EQ(errorOf("trigger_points:\n" + entry("temporalis.trp1", "[temporalis]", "[temple]")),
            "snippet.yaml:3:13: `muscle` must be a text, not a list or map");
  EXPECT_EQ(errorOf("trigger_points:\n" + entry("temporalis.trp1", "temporalis", "[temple, [x]]")),
            "snippet.yaml:7:25: each entry of `essential` must be a non-empty text");
  EXPECT_EQ(errorOf("trigger_points:\n  - just a string\n"),
            "snippet.yaml:2:5: each trigger point is a map starting with `id:`");
  EXPECT_EQ(errorOf("something_else: []\n"), "snippet.yaml:1:1: expected a map with a `trigger_points:` list");
  EXPECT_EQ(errorOf(""), "snippet.yaml: expected a map with a `trigger_points:` list");
}

TEST_F(MalformedCatalogTest, SyntaxErrorNamesThePosition) {
  const std::string message = errorOf("trigger_points:\n  - id: [unclosed\n");
  EXPECT_EQ(message.rfind("snippet.yaml:", 0), 0u) << message;
  EXPECT_NE(message.find("YAML syntax"), std::string::npos) << message;
}

TEST_F(MalformedCatalogTest, RegionInBothZonesIsAnError) {
  std::string text = "trigger_points:\n" + entry("temporalis.trp1", "temporalis", "[temple, occiput]");
  EXPECT_EQ(errorOf(text), "snippet.yaml:8:17: region 'occiput' is in both `essential` and `spillover`");
}

TEST(TriggerCatalogLoadTest, MissingFolderIsAnError) {
  const auto catalog = Catalog::load("/nonexistent/assets");
  ASSERT_FALSE(catalog.ok());
  EXPECT_NE(catalog.error().text().find("regions.yaml"), std::string::npos) << catalog.error().text();
}

TEST(TriggerCatalogLoadTest, MuscleIdsLoad) {
  const auto muscles = loadMuscleIds(sourceAssets() / kMuscleIdsFile);
  ASSERT_TRUE(muscles.ok()) << muscles.error().text();
  EXPECT_EQ(muscles->count("trapezius.upper"), 1u);
  EXPECT_EQ(muscles->count("#"), 0u);
}

}  // namespace
}  // namespace myo::trigger
