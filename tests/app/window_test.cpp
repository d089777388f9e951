// The window test: a real GLFW window under xvfb-run (ctest label `window`). xdotool clicks into it and
// presses keys, so the whole input path is exercised: X server -> GLFW -> ImGui -> commands -> picking.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "app_support.hpp"
#include "core/image.hpp"

namespace myo::testing {
namespace {

bool haveDisplayAndXdotool() {
  return std::getenv("DISPLAY") != nullptr && std::system("command -v xdotool >/dev/null 2>&1") == 0;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Window, OpensRunsAScriptAndDraws) {
  MYO_SKIP_WITHOUT_SHARED();
  if (std::getenv("DISPLAY") == nullptr) GTEST_SKIP() << "no DISPLAY: run under xvfb-run -a (ctest does)";
  const auto folder = testFolder("window");
  const std::string script =
      writeScript(folder, "window.txt", "select infraspinatus.r\npin infraspinatus.r\nxray on\nview posterior\n");
  const auto shot = (folder / "window.png").string();
  const auto run = runMyoscope("--atlas \"" + bodyParts3dDir() + "\" --size 900x600 --frames 12 --script " + script +
                               " --screenshot-on-exit " + shot);
  ASSERT_EQ(run.status, 0) << run.output;
  const auto image = loadPng(shot);
  ASSERT_TRUE(image.ok()) << image.error().text();
  EXPECT_EQ(image->width, 900);
  EXPECT_GT(foregroundFraction(*image), 0.1);
}

TEST(Window, ClickPicksAndCtrlQQuits) {
  MYO_SKIP_WITHOUT_SHARED();
  if (!haveDisplayAndXdotool()) GTEST_SKIP() << "needs an X display and xdotool (ctest runs it under xvfb-run)";
  const auto folder = testFolder("window-input");
  const auto log = folder / "log.txt";
  // The window is 1000x700; the panels leave x 350-650 free. The view centre is on the pelvis and spine.
  const std::string command = "timeout 90 sh -c '" + std::string(MYOSCOPE_BINARY) + " --atlas \"" + bodyParts3dDir() +
                              "\" --size 1000x700 > " + log.string() +
                              " 2>&1 & pid=$!; "
                              "xdotool search --sync --onlyvisible --name Myoscope > /dev/null; sleep 3; "
                              "xdotool mousemove 500 350; sleep 1; xdotool click 1; sleep 2; "
                              "xdotool key ctrl+q; wait $pid'";
  const int status = std::system(command.c_str());
  const std::string output = readFile(log);
  EXPECT_EQ(status, 0) << output;
  EXPECT_NE(output.find("selected "), std::string::npos) << "the click selected nothing:\n" << output;
}

// The client screen: a click on the body marks pain there (the regions under the cursor) and ranks the TrPs.
TEST(Window, ClientScreenMarksPainWhereClicked) {
  if (!haveDisplayAndXdotool()) GTEST_SKIP() << "needs an X display and xdotool (ctest runs it under xvfb-run)";
  const auto folder = testFolder("window-client");
  const auto log = folder / "log.txt";
  // 1000x700 with the client panel over x < 430: the body stands in the free part, its chest near (715, 200).
  const std::string command = "timeout 90 sh -c '" + std::string(MYOSCOPE_BINARY) + " --client --size 1000x700 > " +
                              log.string() +
                              " 2>&1 & pid=$!; "
                              "xdotool search --sync --onlyvisible --name Myoscope > /dev/null; sleep 3; "
                              "xdotool mousemove 715 200; sleep 1; xdotool click 1; sleep 2; "
                              "xdotool key ctrl+q; wait $pid'";
  const int status = std::system(command.c_str());
  const std::string output = readFile(log);
  EXPECT_EQ(status, 0) << output;
  EXPECT_NE(output.find("pain marked: "), std::string::npos) << "the click marked nothing:\n" << output;
}

// Present mode: a clicker's Right arrow steps the lesson; `blackout on` (the B key) leaves a black screen.
TEST(Window, PresentModeStepsByClickerAndBlacksOut) {
  if (!haveDisplayAndXdotool()) GTEST_SKIP() << "needs an X display and xdotool (ctest runs it under xvfb-run)";
  const auto folder = testFolder("window-present");
  const std::string lesson = std::string(MYOSCOPE_SOURCE_DIR) + "/lessons/rotator-cuff-tour.yaml";
  const std::string progress = "MYOSCOPE_PROGRESS_DIR=" + (folder / "progress").string() + " MYOSCOPE_USER=presenter ";
  const auto log = folder / "log.txt";
  const std::string command = "timeout 90 sh -c '" + progress + std::string(MYOSCOPE_BINARY) + " --present " + lesson +
                              " --size 1000x700 > " + log.string() +
                              " 2>&1 & pid=$!; "
                              "xdotool search --sync --onlyvisible --name Myoscope > /dev/null; sleep 3; "
                              "xdotool key Right; sleep 2; xdotool key ctrl+q; wait $pid'";
  const int status = std::system(command.c_str());
  const std::string output = readFile(log);
  EXPECT_EQ(status, 0) << output;
  EXPECT_NE(output.find("step 2 of"), std::string::npos) << "Right did not step the lesson:\n" << output;

  const std::string script = writeScript(folder, "blackout.txt", "blackout on\n");
  const auto shot = (folder / "blackout.png").string();
  const auto run = runMyoscope(
      "--present " + lesson + " --size 640x480 --frames 8 --script " + script + " --screenshot-on-exit " + shot,
      progress);
  ASSERT_EQ(run.status, 0) << run.output;
  const auto image = loadPng(shot);
  ASSERT_TRUE(image.ok()) << image.error().text();
  EXPECT_LT(foregroundFraction(*image), 0.001) << "the screen is not black";
  bool black = true;
  for (size_t i = 0; i < image->rgba.size(); i += 4) black = black && image->rgba[i] < 8 && image->rgba[i + 1] < 8;
  EXPECT_TRUE(black);
}

}  // namespace
}  // namespace myo::testing
