#include <gtest/gtest.h>

#include "commands/view_commands.hpp"
#include "synthetic_atlas.hpp"

namespace myo {

class ViewCommandsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    atlas_ = testing::fourBoxAtlas();
    bvh_ = atlas::Bvh(atlas_);
    scene_.atlas = &atlas_;
    scene_.bvh = &bvh_;
    scene_.view = ViewState::forAtlas(atlas_);
    scene_.viewportWidth = 200;
    scene_.viewportHeight = 200;
    registerViewCommands(registry_, scene_);
  }
  Status run(std::string_view line) { return registry_.execute(line); }

  atlas::Atlas atlas_;
  atlas::Bvh bvh_;
  Scene scene_;
  CommandRegistry registry_;
};

TEST_F(ViewCommandsTest, IsolateHidesEverythingElse) {
  ASSERT_TRUE(run("isolate infraspinatus.r").ok());
  EXPECT_TRUE(scene_.view.isVisible(atlas_, 0));
  EXPECT_FALSE(scene_.view.isVisible(atlas_, 1));
  EXPECT_FALSE(scene_.view.isVisible(atlas_, 2));
  ASSERT_TRUE(run("show all").ok());
  EXPECT_TRUE(scene_.view.isVisible(atlas_, 2));
}

TEST_F(ViewCommandsTest, IdWithoutSideSelectsBothSides) {
  ASSERT_TRUE(run("hide infraspinatus").ok());
  EXPECT_TRUE(scene_.view.hidden[0]);
  EXPECT_TRUE(scene_.view.hidden[1]);
  EXPECT_FALSE(scene_.view.hidden[2]);
}

TEST_F(ViewCommandsTest, FmaIdSelectsTheStructure) {
  ASSERT_TRUE(run("select FMA32547").ok());
  EXPECT_EQ(scene_.view.selected, 0u);
}

TEST_F(ViewCommandsTest, UnknownIdSuggestsCloseOnes) {
  const Status status = run("isolate infraspinatis.r");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().text().find("infraspinatus.r"), std::string::npos) << status.error().text();
  EXPECT_NE(status.error().text().find("did you mean"), std::string::npos);
}

TEST_F(ViewCommandsTest, BadArgumentsSayWhatWasExpected) {
  EXPECT_NE(run("view sideways").error().text().find("expected anterior"), std::string::npos);
  EXPECT_NE(run("xray maybe").error().text().find("expected on, off or toggle"), std::string::npos);
  EXPECT_NE(run("view").error().text().find("usage: view"), std::string::npos);
  EXPECT_NE(run("flyto x").error().text().find("unknown command 'flyto'"), std::string::npos);
  EXPECT_NE(run("zoom -1").error().text().find("above 0"), std::string::npos);
}

TEST_F(ViewCommandsTest, ViewAnimatesAndSettles) {
  ASSERT_TRUE(run("view posterior").ok());
  ASSERT_TRUE(scene_.view.animation.has_value());
  scene_.view.advanceTo(scene_.view.now + kCameraTransitionSeconds);
  EXPECT_FALSE(scene_.view.animation.has_value());
  EXPECT_LT(scene_.view.camera.position().z, scene_.view.camera.pivot.z);  // the eye is behind the body
}

TEST_F(ViewCommandsTest, AMoveDuringATransitionStartsFromItsEnd) {
  ASSERT_TRUE(run("view posterior").ok());
  const Camera target = scene_.view.animation->to;
  ASSERT_TRUE(run("zoom 2").ok());  // at once, mid-transition
  EXPECT_FALSE(scene_.view.animation.has_value());
  EXPECT_EQ(scene_.view.camera.orientation, target.orientation);  // the posterior view, not the start
  EXPECT_NEAR(scene_.view.camera.distance, target.distance / 2.0f, 1e-4f);
}

TEST_F(ViewCommandsTest, PickSelectsTheStructureUnderThePixel) {
  // Anterior view centred on all boxes: the right infraspinatus (x < 0) is on the screen's left half.
  ASSERT_TRUE(run("focus infraspinatus.r").ok());
  scene_.view.advanceTo(10.0);
  ASSERT_TRUE(run("pick 100 100").ok());
  EXPECT_EQ(scene_.view.selected, 0u);
  ASSERT_TRUE(run("pick 1 1").ok());
  EXPECT_FALSE(scene_.view.selected.has_value());
}

TEST_F(ViewCommandsTest, PickSkipsHiddenStructures) {
  ASSERT_TRUE(run("view posterior").ok());
  scene_.view.advanceTo(10.0);
  ASSERT_TRUE(run("focus scapula.r").ok());
  scene_.view.advanceTo(20.0);
  ASSERT_TRUE(run("pick 100 100").ok());
  EXPECT_EQ(scene_.view.selected, 3u);  // from behind, the scapula is in front of the muscle
  ASSERT_TRUE(run("layer bone off").ok());
  ASSERT_TRUE(run("pick 100 100").ok());
  EXPECT_EQ(scene_.view.selected, 0u);
}

TEST_F(ViewCommandsTest, PeelHidesOuterLayers) {
  ASSERT_TRUE(run("peel 3").ok());
  EXPECT_FALSE(scene_.view.isVisible(atlas_, 2));  // superficial
  EXPECT_TRUE(scene_.view.isVisible(atlas_, 0));   // deep
  EXPECT_TRUE(scene_.view.isVisible(atlas_, 3));   // bone
  EXPECT_FALSE(run("peel 7").ok());
}

TEST_F(ViewCommandsTest, PinAndUnpinLabels) {
  ASSERT_TRUE(run("pin infraspinatus").ok());
  EXPECT_EQ(scene_.view.pinned.size(), 2u);
  ASSERT_TRUE(run("unpin infraspinatus.l").ok());
  EXPECT_EQ(scene_.view.pinned.size(), 1u);
  ASSERT_TRUE(run("unpin all").ok());
  EXPECT_TRUE(scene_.view.pinned.empty());
}

TEST(CommandScript, ErrorsNameTheLine) {
  CommandRegistry registry;
  registry.add({"noop", "", "does nothing", 0, 0, [](const CommandArgs&) -> Status { return {}; }});
  const Status ok = runScript("# a comment\n\nnoop\n", "a.txt", registry);
  EXPECT_TRUE(ok.ok());
  const Status bad = runScript("noop\nnoop extra\n", "b.txt", registry);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "b.txt:2");
  EXPECT_NE(bad.error().message.find("takes no arguments"), std::string::npos) << bad.error().message;
}

TEST(CommandScript, QuotesGroupWords) {
  const auto words = tokenizeCommand("screenshot \"my file.png\"");
  ASSERT_TRUE(words.ok());
  ASSERT_EQ(words->size(), 2u);
  EXPECT_EQ((*words)[1], "my file.png");
  EXPECT_FALSE(tokenizeCommand("screenshot \"oops").ok());
}

}  // namespace myo
