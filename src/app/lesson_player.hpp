#pragma once
// Lesson mode's engine, shared by the window and `--headless --lesson`: loads a lesson file with the
// same checks as `myoscope lint`, plays it with a LessonRunner, runs the runner's commands through the
// session's registry, saves progress per user (atomically, by the ProgressStore) and resumes from it,
// and reloads the file when it changes (a broken edit keeps the last good version playing).
//
// The lesson is driven through the one command vocabulary (registerCommands): `lesson next`, `lesson
// back`, `lesson answer N`, `lesson click ID`, `lesson mark REGION`, `lesson goto STEP`, `lesson restart`,
// and for test scripts `lesson expect-step STEP` and `lesson expect-score N/M`.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/session.hpp"
#include "lesson/diagnostic.hpp"
#include "lesson/progress.hpp"
#include "lesson/progress_store.hpp"
#include "lesson/runner.hpp"
#include "lesson/validator.hpp"
#include "trigger/regions.hpp"

namespace myo::app {

// MYOSCOPE_PROGRESS_DIR, else $XDG_DATA_HOME/myoscope/progress, else ~/.local/share/myoscope/progress.
std::filesystem::path defaultProgressFolder();
// MYOSCOPE_USER, else $USER, else "student".
std::string defaultUserName();

// The validator of `myoscope lint`: the registry's command vocabulary and the atlas's structure ids.
lesson::Validator makeLessonValidator(Session& session);

struct LessonPlayerOptions {
  std::filesystem::path progressFolder;  // empty: progress is neither loaded nor saved
  std::string user;
  double pollIntervalSeconds = 0.25;  // hot reload: how often the file's modification time is checked
};

class LessonPlayer {
 public:
  // Builds the validator from the session's registry as it is now (call before adding mode commands such
  // as `quit`, so lessons are checked exactly as lint checks them), then loads the lesson. A lesson with
  // errors leaves the player without a runner; errors() says why, and poll() keeps trying.
  LessonPlayer(Session& session, std::string path, LessonPlayerOptions options);
  ~LessonPlayer();
  LessonPlayer(const LessonPlayer&) = delete;
  LessonPlayer& operator=(const LessonPlayer&) = delete;

  // Adds `lesson ...` to the session's registry.
  void registerCommands();

  // Runs the commands the runner queued through the registry: on a replay, the view is reset first and
  // camera moves of the replayed lines finish at once. A failing line is logged with its file:line:col.
  void applyCommands();
  // Lets time pass for `wait` steps (then applies what the next step queued and saves).
  void advanceTime(double seconds);
  // Hot reload: at most every pollIntervalSeconds (on the caller's clock), checks the file's modification
  // time and reloads it when it changed. True when it reloaded (successfully or not).
  bool poll(double nowSeconds);
  // Reloads the file now. True when the edit is good (or a first good version loaded).
  bool reload();

  const lesson::LessonRunner* runner() const { return runner_.get(); }
  // Problems of the last load or reload, errors and warnings in file order; with errors, the last good
  // version (if any) keeps playing.
  const std::vector<lesson::Diagnostic>& problems() const { return problems_; }
  bool hasErrors() const;
  const std::string& path() const { return path_; }
  // Body regions for mark steps (empty when the region list cannot be read).
  const std::vector<trigger::Region>& regions() const;
  // The last progress load or save problem, empty when none.
  const std::string& progressProblem() const { return progressProblem_; }

  // Saves the runner's progress when it changed since the last save.
  void saveProgress();

 private:
  Status runLessonCommand(const CommandArgs& args);
  Status expectStep(const std::string& stepId) const;
  Status expectScore(const std::string& score) const;
  std::string expectedAction() const;  // what the current step waits for, in words
  void afterChange();                  // apply commands, log the step, save
  void startRunner(lesson::Lesson lesson);
  void readModificationTime();

  Session& session_;
  std::string path_;
  LessonPlayerOptions options_;
  lesson::Validator validator_;
  std::unique_ptr<lesson::LessonRunner> runner_;
  std::vector<lesson::Diagnostic> problems_;
  std::optional<trigger::RegionSet> regions_;
  std::optional<lesson::ProgressStore> store_;
  lesson::UserProgress userProgress_;
  std::optional<lesson::LessonProgress> lastSaved_;
  std::string progressProblem_;
  std::optional<std::filesystem::file_time_type> modified_;
  double lastPoll_ = -1e300;
  std::string lastStepShown_;
};

}  // namespace myo::app
