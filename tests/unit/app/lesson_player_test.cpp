// The lesson player without a window: commands through the registry, hot reload (a good edit keeps the
// step, a broken one keeps the last good version), progress saved and resumed.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "app/lesson_player.hpp"
#include "synthetic_atlas.hpp"

namespace myo::app {
namespace {

const char* const kLesson =
    "id: hot\n"
    "title: Hot reload\n"
    "audience: [student]\n"
    "duration: 2 min\n"
    "objectives: [Reload]\n"
    "steps:\n"
    "  - id: one\n"
    "    title: One\n"
    "    narration: First.\n"
    "    commands:\n"
    "      - isolate infraspinatus.r scapula.r\n"
    "  - id: two\n"
    "    title: Two\n"
    "    narration: Click it.\n"
    "    click: infraspinatus\n"
    "  - id: three\n"
    "    title: Three\n"
    "    narration: Done.\n";

struct LessonPlayerTest : ::testing::Test {
  void SetUp() override {
    // One folder per test: ctest runs the tests of this fixture as parallel processes.
    folder = std::filesystem::temp_directory_path() /
             (std::string("myoscope-lesson-player-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    path = (folder / "hot.yaml").string();
    write(kLesson);
    session.atlas = testing::fourBoxAtlas();
    session.scene.atlas = &session.atlas;
    session.scene.view = ViewState::forAtlas(session.atlas);
  }
  // Writes the file and moves its time on, so a change is seen whatever the file system's clock grain.
  void write(const std::string& text) {
    std::ofstream(path, std::ios::trunc) << text;
    std::filesystem::last_write_time(path, std::filesystem::last_write_time(path) + std::chrono::seconds(++edits));
  }
  LessonPlayerOptions options() const { return {folder / "progress", "tester", 0.25}; }
  std::string stepId(const LessonPlayer& player) const {
    const auto* step = player.runner()->currentStep();
    return step == nullptr ? "finished" : step->id.value;
  }

  std::filesystem::path folder;
  std::string path;
  int edits = 0;
  Session session;
};

TEST_F(LessonPlayerTest, RunsCommandsThroughTheRegistry) {
  LessonPlayer player(session, path, options());
  ASSERT_NE(player.runner(), nullptr);
  player.registerCommands();
  // The first step's commands ran: only the two isolated structures are visible.
  EXPECT_FALSE(session.scene.view.isVisible(session.atlas, 2));  // trapezius.upper.r
  EXPECT_TRUE(session.registry.execute("lesson expect-step one").ok());
  const Status early = session.registry.execute("lesson click infraspinatus.r");
  ASSERT_FALSE(early.ok());
  EXPECT_NE(early.error().message.find("step 'one' is waiting for `lesson next`"), std::string::npos)
      << early.error().text();
  ASSERT_TRUE(session.registry.execute("lesson next").ok());
  ASSERT_TRUE(session.registry.execute("lesson click infraspinatus.l").ok());
  EXPECT_TRUE(session.registry.execute("lesson expect-score 1/1").ok());
  const Status wrongScore = session.registry.execute("lesson expect-score 0/1");
  ASSERT_FALSE(wrongScore.ok());
  EXPECT_NE(wrongScore.error().message.find("expected score 0/1, but it is 1/1"), std::string::npos);
  // Back replays from a fresh view: the isolation of step one is rebuilt.
  ASSERT_TRUE(session.registry.execute("show all").ok());
  ASSERT_TRUE(session.registry.execute("lesson back").ok());
  EXPECT_FALSE(session.scene.view.isVisible(session.atlas, 2));
  EXPECT_FALSE(session.scene.view.animation.has_value());  // replayed camera moves are settled
}

TEST_F(LessonPlayerTest, HotReloadKeepsTheStepAndSurvivesBrokenEdits) {
  LessonPlayer player(session, path, options());
  player.registerCommands();
  ASSERT_TRUE(session.registry.execute("lesson next").ok());
  ASSERT_TRUE(session.registry.execute("lesson click infraspinatus.r").ok());
  EXPECT_FALSE(player.poll(0.0));  // nothing changed

  std::string edited = kLesson;
  edited.replace(edited.find("title: Two"), 10, "title: Two, edited");
  write(edited);
  EXPECT_FALSE(player.poll(0.1));  // polls at most every 250 ms
  EXPECT_TRUE(player.poll(0.3));
  EXPECT_FALSE(player.hasErrors());
  EXPECT_EQ(stepId(player), "two");
  EXPECT_EQ(player.runner()->currentStep()->title.value, "Two, edited");
  EXPECT_EQ(player.runner()->score().correctFirstTry, 1);  // answers survive the reload

  std::string broken = edited;
  broken.replace(broken.find("isolate"), 7, "isolat");
  write(broken);
  EXPECT_TRUE(player.poll(0.6));
  ASSERT_TRUE(player.hasErrors());
  EXPECT_NE(player.problems().front().text().find("hot.yaml:11:9: error:"), std::string::npos)
      << player.problems().front().text();
  ASSERT_NE(player.runner(), nullptr);  // the last good version keeps playing
  EXPECT_EQ(player.runner()->currentStep()->title.value, "Two, edited");
  EXPECT_TRUE(session.registry.execute("lesson next").ok());
  EXPECT_EQ(stepId(player), "three");

  // Fixing it clears the banner; deleting the current step moves to the nearest earlier one.
  std::string withoutThree = edited.substr(0, edited.find("  - id: three"));
  write(withoutThree);
  EXPECT_TRUE(player.poll(0.9));
  EXPECT_FALSE(player.hasErrors());
  EXPECT_EQ(stepId(player), "two");
}

TEST_F(LessonPlayerTest, StartsOnceABrokenLessonIsFixed) {
  write(
      "id: hot\ntitle: Hot\naudience: [student]\nduration: 1 min\nobjectives: [x]\nsteps:\n  - id: one\n    title: "
      "One\n    narration: x\n    commands: [flyto]\n");
  LessonPlayer player(session, path, options());
  player.registerCommands();
  EXPECT_EQ(player.runner(), nullptr);
  ASSERT_TRUE(player.hasErrors());
  const Status refused = session.registry.execute("lesson next");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("the lesson did not load"), std::string::npos);
  write(kLesson);
  EXPECT_TRUE(player.poll(1.0));
  ASSERT_NE(player.runner(), nullptr);
  EXPECT_EQ(stepId(player), "one");
}

TEST_F(LessonPlayerTest, SavesProgressAndResumes) {
  {
    LessonPlayer player(session, path, options());
    player.registerCommands();
    ASSERT_TRUE(session.registry.execute("lesson next").ok());
    ASSERT_TRUE(session.registry.execute("lesson click scapula.r").ok());  // wrong first
    ASSERT_TRUE(session.registry.execute("lesson click infraspinatus.r").ok());
    EXPECT_TRUE(player.progressProblem().empty()) << player.progressProblem();
  }
  EXPECT_TRUE(std::filesystem::exists(folder / "progress" / "tester.json"));
  Session again;
  again.atlas = testing::fourBoxAtlas();
  again.scene.atlas = &again.atlas;
  again.scene.view = ViewState::forAtlas(again.atlas);
  LessonPlayer resumed(again, path, options());
  ASSERT_NE(resumed.runner(), nullptr);
  EXPECT_EQ(stepId(resumed), "two");
  EXPECT_TRUE(resumed.runner()->stepComplete());
  EXPECT_EQ(resumed.runner()->score().correctFirstTry, 0);
  EXPECT_EQ(resumed.runner()->score().answered, 1);
}

TEST(LessonPlayerDefaults, ProgressFolderAndUserFollowTheEnvironment) {
  ::setenv("MYOSCOPE_PROGRESS_DIR", "/tmp/somewhere", 1);
  EXPECT_EQ(defaultProgressFolder(), std::filesystem::path("/tmp/somewhere"));
  ::unsetenv("MYOSCOPE_PROGRESS_DIR");
  ::setenv("XDG_DATA_HOME", "/tmp/data", 1);
  EXPECT_EQ(defaultProgressFolder(), std::filesystem::path("/tmp/data/myoscope/progress"));
  ::setenv("MYOSCOPE_USER", "ada", 1);
  EXPECT_EQ(defaultUserName(), "ada");
  ::unsetenv("MYOSCOPE_USER");
}

}  // namespace
}  // namespace myo::app
