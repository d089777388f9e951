// myoscope: the command line of DESIGN.md. The GUI by default; headless scripts, queries, export and the
// benchmark as subcommands and flags. Exit status: 0 success, 1 a command or script failed, 2 bad
// command-line input, 3 the atlas or the GL context could not be set up.
#include <CLI/CLI.hpp>

#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "app/bench.hpp"
#include "app/gui.hpp"
#include "app/headless.hpp"
#include "app/lint.hpp"
#include "app/query.hpp"
#include "app/query_pain.hpp"
#include "app/query_zones.hpp"
#include "core/log.hpp"
#include "core/strings.hpp"
#include "platform/glfw_window.hpp"

namespace {

struct Options {
  myo::app::AtlasSource atlas;
  bool headless = false;
  std::string script;
  std::string lesson;
  bool client = false;
  std::string present;
  int monitor = 0;
  std::string size = "1024x768";
  std::string viewsDir = "myoscope-views";
  int frames = 0;
  std::string screenshotOnExit;
  bool quiet = false;
};

int run(int argc, char** argv) {
  CLI::App app{"Myoscope: 3D anatomy and myofascial trigger-point trainer", "myoscope"};
  app.set_version_flag("--version", "myoscope 0.1.0");
  Options o;
  app.add_option("--atlas", o.atlas.path, "atlas folder or mesh file (default: " + myo::app::defaultAtlasPath() + ")");
  app.add_flag(
      "--no-cache", [&o](std::int64_t) { o.atlas.useCache = false; }, "parse every mesh file again");
  app.add_flag("--headless", o.headless, "run without a window (EGL); needs --script");
  app.add_option("--script", o.script, "run the commands in FILE (with --headless; or in the window)");
  app.add_option("--lesson", o.lesson, "play a lesson file (in the window, or with --headless --script)");
  app.add_option("--present", o.present,
                 "present a lesson to a class: full screen, large text, clicker keys (PageDown/PageUp, arrows, "
                 "space), B blacks the screen out");
  app.add_option("--monitor", o.monitor, "the monitor --present fills (0 is the primary)")->capture_default_str();
  app.add_flag("--client", o.client,
               "the client screen: mark where it hurts, see which trigger points may cause it, self-care and safety");
  auto* sizeOption =
      app.add_option("--size", o.size, "view size WIDTHxHEIGHT (headless image, or the window)")->capture_default_str();
  app.add_option("--views-dir", o.viewsDir, "where the standard views go when no display is found")
      ->capture_default_str();
  app.add_option("--frames", o.frames, "close the window after N frames (tests)")->group("");
  app.add_option("--screenshot-on-exit", o.screenshotOnExit, "save the window's last frame (tests)")->group("");
  app.add_flag("-q,--quiet", o.quiet, "only print warnings and errors");

  auto* query = app.add_subcommand("query", "ask the atlas");
  query->require_subcommand(1);
  std::string structureId;
  bool json = false;
  auto* queryStructure = query->add_subcommand("structure", "facts about one structure (id or FMA id)");
  queryStructure->add_option("ID", structureId, "structure id (infraspinatus.r) or FMA id (FMA32547)")->required();
  queryStructure->add_flag("--json", json, "print JSON");
  auto* queryRegions = query->add_subcommand("regions", "list the body regions (the ids --region takes)");
  queryRegions->add_flag("--json", json, "print JSON");
  std::string painRegions;
  std::string painPoint;
  auto* queryPain = query->add_subcommand("pain", "ranked trigger points that refer pain to the painful regions");
  queryPain->add_option("--region", painRegions, "painful regions: ID[,ID...] such as temple.r,occiput");
  queryPain->add_option("--point", painPoint, "a painful point X,Y,Z on the skin (body frame, metres)");
  queryPain->add_flag("--json", json, "print JSON");
  std::string zonesKind;
  std::string zonesStructure;
  auto* queryZones = query->add_subcommand("zones", "massage technique zones, caution zones, contraindications");
  queryZones->add_option("--kind", zonesKind, "technique or caution");
  queryZones->add_option("--structure", zonesStructure, "only the zones on a muscle or fascia id (trapezius)");
  queryZones->add_flag("--json", json, "print JSON");

  auto* exportCommand = app.add_subcommand("export", "write a structure's mesh in the body frame (metres)");
  std::string format;
  std::string output;
  exportCommand->add_option("--structure", structureId, "structure id or FMA id")->required();
  exportCommand->add_option("--format", format, "obj or glb")->required()->check(CLI::IsMember({"obj", "glb"}));
  exportCommand->add_option("-o,--output", output, "output file")->required();

  auto* bench = app.add_subcommand("bench", "measure load, first frame, frame times, picking and memory");
  int benchFrames = 40;
  bench->add_flag("--json", json, "print JSON");
  bench->add_option("--frames", benchFrames, "frames to time")->check(CLI::Range(5, 10000))->capture_default_str();

  auto* lint = app.add_subcommand("lint", "check lesson files (exit status 1 on any error)");
  std::vector<std::string> lessonFiles;
  lint->add_option("FILE", lessonFiles, "lesson files")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (o.quiet) myo::log::setLevel(myo::log::Level::Warning);

  if (*queryStructure) return myo::app::runQueryStructure(o.atlas, structureId, json);
  if (*queryRegions) return myo::app::runQueryRegions(json);
  if (*queryPain) return myo::app::runQueryPain(painRegions, painPoint, json);
  if (*queryZones) return myo::app::runQueryZones(zonesKind, zonesStructure, json);
  if (*exportCommand) return myo::app::runExport(o.atlas, structureId, format, output);
  if (*bench) return myo::app::runBench(o.atlas, json, benchFrames);
  if (*lint) {
    myo::log::setLevel(myo::log::Level::Warning);  // the diagnostics are the output
    return myo::app::runLint(o.atlas, lessonFiles);
  }

  const auto size = myo::parseSize(o.size);
  if (!size) {
    std::fprintf(stderr, "myoscope: --size expects WIDTHxHEIGHT such as 800x600, got '%s'\n", o.size.c_str());
    return 2;
  }
  if (o.headless && !o.present.empty()) {
    std::fprintf(stderr,
                 "myoscope: --present is a window; headless, play the lesson with --lesson FILE --script FILE\n");
    return 2;
  }
  if (o.headless) {
    if (o.script.empty()) {
      std::fprintf(stderr, "myoscope: --headless needs --script FILE (the commands to run)\n");
      return 2;
    }
    return myo::app::runHeadlessScript({o.atlas, o.script, o.lesson, size->first, size->second});
  }
  if (!myo::platform::displayAvailable()) {
    if (!o.script.empty()) return myo::app::runHeadlessScript({o.atlas, o.script, o.lesson, size->first, size->second});
    if (o.client) {
      std::fprintf(stderr, "myoscope: no display for --client (it is the window where a client marks their pain)\n");
      return 2;
    }
    if (!o.present.empty()) {
      std::fprintf(stderr,
                   "myoscope: no display for --present (it fills a monitor); rehearse it with --headless "
                   "--lesson FILE --script FILE\n");
      return 2;
    }
    if (!o.lesson.empty()) {
      std::fprintf(stderr, "myoscope: no display for --lesson; play it with --headless --lesson FILE --script FILE\n");
      return 2;
    }
    return myo::app::renderStandardViews(o.atlas, o.viewsDir, 900, 1100);
  }
  const bool sizeGiven = sizeOption->count() > 0;
  if ((o.client ? 1 : 0) + (o.lesson.empty() ? 0 : 1) + (o.present.empty() ? 0 : 1) > 1) {
    std::fprintf(stderr, "myoscope: --client, --lesson and --present are different screens; choose one\n");
    return 2;
  }
  return myo::app::runGui({o.atlas, o.script, o.frames, o.screenshotOnExit, sizeGiven ? size->first : 0,
                           sizeGiven ? size->second : 0, o.present.empty() ? o.lesson : o.present, o.client,
                           !o.present.empty(), o.monitor});
}

}  // namespace

int main(int argc, char** argv) {
#ifdef __GLIBC__
  // Process-wide memory policy. Blocks of 256 KiB and up (file and pack bytes, meshes, the driver's buffers
  // and render targets) come straight from the system and go back to it when freed. glibc's default raises
  // that threshold to the largest block freed so far (up to 32 MiB), after which such blocks come from the
  // heap and their pages stay resident once freed: about 8 MiB of `myoscope bench`'s peak. The top of the
  // heap is still given back only past 8 MiB, so llvmpipe's per-frame scratch is not faulted in every frame.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  mallopt(M_TRIM_THRESHOLD, 8 * 1024 * 1024);
#endif
  // Errors are values everywhere; an exception reaching here (out of memory, a library's throw) is a bug
  // or an exhausted machine: say so plainly rather than abort with a core dump.
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "myoscope: error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "myoscope: error: unexpected failure\n");
  }
  return 1;
}
