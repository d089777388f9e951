#pragma once
// Headless modes: `--headless --script FILE` and the no-display fallback that writes the standard views.
#include <string>

#include "app/session.hpp"

namespace myo::app {

struct HeadlessOptions {
  AtlasSource atlas;
  std::string scriptPath;
  std::string lessonPath;  // optional: play this lesson; the script drives it with `lesson ...` commands
  int width = 1024;
  int height = 768;
};

// The text of a --script file, or an error naming it (shared by the window and headless runs).
Result<std::string> readScript(const std::string& path);

// Exit status: 0 when every command ran, 1 on a script error (named file:line) or a lesson with errors
// (printed as file:line:col: error: ...), 3 when nothing could load. With a lesson, prints `score: N/M`
// (right first time / questions) at the end.
int runHeadlessScript(const HeadlessOptions& options);

// Renders the six standard views to PNG files in `outDir` and prints where they are.
int renderStandardViews(const AtlasSource& atlas, const std::string& outDir, int width, int height);

}  // namespace myo::app
