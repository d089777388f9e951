#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lesson/atomic_file.hpp"
#include "lesson/progress_json.hpp"
#include "lesson/progress_store.hpp"
#include "lesson_test_support.hpp"

namespace myo::lesson {
namespace {

namespace fs = std::filesystem;

UserProgress sample(const std::string& user = "anna") {
  UserProgress progress;
  progress.user = user;
  LessonProgress& lesson = progress.lessons["rotator_cuff_tour"];
  lesson.lessonId = "rotator_cuff_tour";
  lesson.currentStep = "supraspinatus_again";
  lesson.detour = {"abduction_quiz"};
  lesson.steps["find_infraspinatus"] = {true, 2, false};
  lesson.steps["abduction_quiz"] = {false, 1, false};
  LessonProgress& done = progress.lessons["neck_and_shoulder_blade"];
  done.lessonId = "neck_and_shoulder_blade";
  done.finished = true;
  return progress;
}

std::vector<std::string> filesIn(const fs::path& folder) {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(folder)) out.push_back(entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

class ProgressStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("myoscope-progress-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

  fs::path folder_;
};

TEST(ProgressJson, RoundTrip) {
  const UserProgress progress = sample();
  const auto back = progressFromJson(progressToJson(progress));
  ASSERT_TRUE(back) << back.error().text();
  EXPECT_EQ(*back, progress);
}

TEST(ProgressJson, EveryCutOfAGoodFileIsRejected) {
  // What a torn write would leave: no prefix of a progress file reads as (less) progress.
  const std::string text = progressToJson(sample());
  for (size_t size = 0; size + 1 < text.size(); size += 7)
    EXPECT_FALSE(progressFromJson(text.substr(0, size))) << "prefix of " << size << " bytes";
}

TEST(ProgressJson, SaysWhatIsWrong) {
  EXPECT_EQ(progressFromJson(R"({"format": "myoscope-progress", "version": 1, "user": "a", "lessons": {"x": {
              "current_step": "s", "finished": "no", "detour": [], "steps": {}}}})")
                .error()
                .message,
            "expected true or false for 'lessons.x.finished'");
  EXPECT_EQ(
      progressFromJson(R"({"format": "myoscope-progress", "version": 2, "user": "a", "lessons": {}})").error().message,
      "version 2 (expected 1 to 1; a newer Myoscope wrote it)");
  EXPECT_EQ(progressFromJson("[1, 2]").error().message, "expected a JSON object");
}

TEST_F(ProgressStoreTest, SaveAndLoadRoundTrip) {
  const ProgressStore store(folder_);
  const auto empty = store.load("anna");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->user, "anna");
  EXPECT_TRUE(empty->lessons.empty());

  ASSERT_TRUE(store.save(sample()).ok());
  const auto loaded = store.load("anna");
  ASSERT_TRUE(loaded) << loaded.error().text();
  EXPECT_EQ(*loaded, sample());
  EXPECT_EQ(filesIn(folder_), std::vector<std::string>{"anna.json"}) << "no temporary file is left behind";
}

TEST_F(ProgressStoreTest, AnyUserNameMakesOneSafeFile) {
  const ProgressStore store(folder_);
  EXPECT_EQ(store.fileFor("Anna Müller/../x")->filename().string(), "Anna%20M%C3%BCller%2F%2E%2E%2Fx.json");
  EXPECT_FALSE(store.fileFor(""));
  ASSERT_TRUE(store.save(sample("Anna Müller")).ok());
  EXPECT_EQ(store.load("Anna Müller")->lessons.size(), 2u);
}

TEST_F(ProgressStoreTest, ADamagedFileIsReportedAndKeptAside) {
  const ProgressStore store(folder_);
  fs::create_directories(folder_);
  write(folder_ / "anna.json", "{\"format\": \"myoscope-progress\", \"vers");
  const auto loaded = store.load("anna");
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("damaged progress (not valid JSON (damaged or cut short)); kept as "),
            std::string::npos)
      << loaded.error().text();
  const auto files = filesIn(folder_);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].rfind("anna.json.corrupt-", 0), 0u) << files[0];
  EXPECT_EQ(testing::readText((folder_ / files[0]).string()), "{\"format\": \"myoscope-progress\", \"vers");

  // The user starts afresh; the damaged file stays for a person to look at.
  EXPECT_TRUE(store.load("anna"));
  ASSERT_TRUE(store.save(sample()).ok());
  EXPECT_EQ(filesIn(folder_).size(), 2u);
}

TEST_F(ProgressStoreTest, SavingOverADamagedFileNobodyLoadedKeepsItToo) {
  const ProgressStore store(folder_);
  fs::create_directories(folder_);
  write(folder_ / "anna.json", "garbage");
  ASSERT_TRUE(store.save(sample()).ok());
  EXPECT_EQ(filesIn(folder_).size(), 2u);
  EXPECT_EQ(*store.load("anna"), sample());
}

TEST_F(ProgressStoreTest, AFileFromANewerVersionIsNeitherMovedNorOverwritten) {
  const ProgressStore store(folder_);
  fs::create_directories(folder_);
  const std::string newer = R"({"format": "myoscope-progress", "version": 9, "user": "anna", "lessons": {}})";
  write(folder_ / "anna.json", newer);
  EXPECT_FALSE(store.load("anna"));
  EXPECT_FALSE(store.save(sample()).ok());
  EXPECT_EQ(filesIn(folder_), std::vector<std::string>{"anna.json"});
  EXPECT_EQ(testing::readText((folder_ / "anna.json").string()), newer);
}

TEST_F(ProgressStoreTest, ACrashMidSaveLosesNothing) {
  const ProgressStore store(folder_);
  ASSERT_TRUE(store.save(sample()).ok());
  const std::string good = testing::readText((folder_ / "anna.json").string());

  // A save that dies while writing, and one that dies just before the rename: the temporary files stay,
  // the saved progress is untouched and still loads.
  UserProgress newer = sample();
  newer.lessons["rotator_cuff_tour"].currentStep = "referral";
  const auto json = progressToJson(newer);
  EXPECT_FALSE(writeFileAtomically(folder_ / "anna.json", json, SimulatedCrash::MidWrite).ok());
  EXPECT_FALSE(writeFileAtomically(folder_ / "anna.json", json, SimulatedCrash::BeforeRename).ok());
  EXPECT_EQ(filesIn(folder_).size(), 3u);
  EXPECT_EQ(testing::readText((folder_ / "anna.json").string()), good);
  EXPECT_EQ(*store.load("anna"), sample());

  // The next save replaces the file whole; the fresh temporaries of the dead saves are left alone (they
  // might belong to a save still running elsewhere) and are cleaned once stale.
  ASSERT_TRUE(store.save(newer).ok());
  EXPECT_EQ(*store.load("anna"), newer);
  for (const auto& name : filesIn(folder_))
    if (name != "anna.json")
      fs::last_write_time(folder_ / name, fs::file_time_type::clock::now() - std::chrono::hours(1));
  ASSERT_TRUE(store.save(newer).ok());
  EXPECT_EQ(filesIn(folder_), std::vector<std::string>{"anna.json"});
}

}  // namespace
}  // namespace myo::lesson
