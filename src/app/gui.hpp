#pragma once
// The interactive window: Explore mode, or Lesson mode with a lesson file.
#include <string>

#include "app/session.hpp"

namespace myo::app {

struct GuiOptions {
  AtlasSource atlas;
  std::string scriptPath;  // optional: commands run once the window is up (tests drive the window with it)
  int frames = 0;          // > 0: close after this many frames (window tests)
  std::string screenshotOnExit;  // optional PNG of the last frame, with the panels
  int width = 0;                 // window size; 0: the default
  int height = 0;
  std::string lessonPath;  // optional: Lesson mode, playing this file (reloaded when it changes)
  bool client = false;     // Client mode: mark where it hurts, see the likely TrPs, self-care and safety
  bool present = false;    // Present mode: the lesson full screen, large text, clicker keys, B blacks out
  int monitor = 0;         // the monitor Present mode fills
};

int runGui(const GuiOptions& options);

}  // namespace myo::app
