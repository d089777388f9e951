#include "app/bench.hpp"

#include <glad/gl.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>

#include "app/offscreen_view.hpp"
#include "core/log.hpp"
#include "trigger/pain_finder.hpp"

namespace myo::app {
namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

double peakMemoryMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

struct QueryTimes {
  double catalogLoadMs = 0.0;
  std::vector<double> regionUs;  // the pain finder over 1-3 random sided regions
  std::vector<double> pointUs;   // a click: the surface point under a pixel, its regions, the ranking
};

// The pain finder as the client panel and `query pain` use it (DESIGN: a query answers in under 1 ms).
QueryTimes benchQueries(Session& session, const std::vector<std::pair<int, int>>& bodyPixels) {
  QueryTimes times;
  // A fresh book: the session's own loaded the catalog already (the chart frames above).
  auto start = Clock::now();
  if (const Status loaded = OverlayBook().ensureLoaded(); !loaded) {
    log::warning("bench: " + loaded.error().text() + "; no query timings");
    return times;
  }
  times.catalogLoadMs = msSince(start);
  if (const Status loaded = session.overlays.ensureLoaded(); !loaded) return times;
  const trigger::Catalog& catalog = *session.overlays.catalog();
  const auto& regions = catalog.regions().all();
  std::mt19937 random(7);
  std::uniform_int_distribution<size_t> regionIndex(0, regions.size() - 1);
  std::uniform_int_distribution<int> count(1, 3);
  size_t answers = 0;
  for (int i = 0; i < 500; ++i) {
    std::vector<trigger::RegionRef> painful;
    for (int k = count(random); k > 0; --k)
      painful.push_back({&regions[regionIndex(random)], (random() & 1) != 0 ? Side::Left : Side::Right});
    start = Clock::now();
    const trigger::PainAnswer answer = trigger::findPain(catalog, painful);
    times.regionUs.push_back(msSince(start) * 1000.0);
    answers += answer.candidates.size();
  }
  std::uniform_int_distribution<size_t> pixelIndex(0, bodyPixels.empty() ? 0 : bodyPixels.size() - 1);
  for (int i = 0; i < 500 && !bodyPixels.empty(); ++i) {
    const auto [px, py] = bodyPixels[pixelIndex(random)];
    start = Clock::now();
    if (const auto point = session.scene.pickPoint(static_cast<float>(px) + 0.5f, static_cast<float>(py) + 0.5f)) {
      const trigger::PainAnswer answer = trigger::findPain(catalog, catalog.regions().regionsAt(*point));
      answers += answer.candidates.size();
    }
    times.pointUs.push_back(msSince(start) * 1000.0);
  }
  log::debug("bench: " + std::to_string(answers) + " candidates ranked");  // keeps the work from being optimised out
  return times;
}

}  // namespace

int runBench(const AtlasSource& source, bool json, int frames) {
  // A private cache folder makes the first load a real first load, and the second one a cached one.
  const auto cacheDir = std::filesystem::temp_directory_path() / ("myoscope-bench-" + std::to_string(::getpid()));
  std::filesystem::remove_all(cacheDir);
  AtlasSource cold = source;
  cold.cacheDir = cacheDir.string();
  cold.useCache = true;

  auto start = Clock::now();
  {
    // Its own scope, so peak memory reflects one loaded atlas.
    Session first;
    if (const Status s = first.load(cold); !s.ok()) {
      log::error(s.error().text());
      return 3;
    }
  }
  const double coldLoadMs = msSince(start);

  Session session;
  start = Clock::now();
  if (const Status s = session.load(cold); !s.ok()) {
    log::error(s.error().text());
    return 3;
  }
  const double warmLoadMs = msSince(start);
  std::filesystem::remove_all(cacheDir);

  start = Clock::now();
  auto view = OffscreenView::create(session, 1280, 720);
  if (!view) {
    log::error(view.error().text());
    return 3;
  }
  // Picks (below) aim at the pixels of the first frame where the body is drawn; the picture itself is not
  // kept, so peak memory is what a user's session holds rather than a copy of a frame.
  std::vector<std::pair<int, int>> bodyPixels;
  double firstFrameMs = 0.0;
  {
    const Image firstImage = (*view)->capture();  // reading the pixels back waits for the frame to finish
    firstFrameMs = msSince(start);
    const std::uint8_t* corner = firstImage.pixel(0, 0);
    for (int y = 0; y < firstImage.height; y += 2)
      for (int x = 0; x < firstImage.width; x += 2)
        if (std::memcmp(firstImage.pixel(x, y), corner, 3) != 0) bodyPixels.emplace_back(x, y);
  }
  // The picking BVH builds after the first frame (the window starts it on a thread then); the bench builds
  // it here so the timed frames below do not share the two cores with it.
  start = Clock::now();
  session.scene.pickingBvh();
  const double pickingReadyMs = msSince(start);

  // Orbiting, as the window draws while the camera moves: without multisampling (see gui.cpp), then the
  // same view held still, as the window draws once the camera stops and screenshots are taken: with it.
  render::Renderer& renderer = (*view)->renderer();
  const int stillSamples = renderer.samples();
  renderer.setSamples(1);
  const auto orbitFrames = [&] {
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
      session.scene.view.camera.orbit(360.0f / static_cast<float>(frames), 0.0f);
      const auto begin = Clock::now();
      (*view)->renderFrame();
      glFinish();
      ms.push_back(msSince(begin));
    }
    return ms;
  };
  const std::vector<double> frameMs = orbitFrames();
  // Every layer on (the skin is a translucent ghost, drawn by the order-independent pass), orbiting.
  const auto defaultLayers = session.scene.view.layerVisible;
  session.scene.view.layerVisible.fill(true);
  const std::vector<double> allLayersMs = orbitFrames();
  session.scene.view.layerVisible = defaultLayers;
  // The chart: skin on, a TrP with its referral and a modality's technique zones drawn (the zone volumes are
  // evaluated per pixel on the skin), orbiting.
  session.scene.view.layerVisible.fill(true);
  const bool chartShown = session.registry.execute("show trp trapezius.trp1.r").ok() &&
                          session.registry.execute("show zones deep_tissue").ok();
  const std::vector<double> chartMs = chartShown ? orbitFrames() : std::vector<double>{};
  const size_t chartShapes = session.scene.view.overlays.shapes.size();
  (void)session.registry.execute("hide trp all");
  (void)session.registry.execute("hide zone all");
  session.scene.view.layerVisible = defaultLayers;
  renderer.setSamples(stillSamples);
  (*view)->renderFrame();  // reallocates the multisampled targets
  glFinish();
  std::vector<double> stillMs;
  for (int i = 0; i < std::max(frames / 2, 1); ++i) {
    start = Clock::now();
    (*view)->renderFrame();
    glFinish();
    stillMs.push_back(msSince(start));
  }

  // Picks at random pixels of the first frame where the body is drawn: a pick that hits walks the BVH
  // down to triangles, the case a user feels.
  session.scene.view.camera = ViewState::forAtlas(session.atlas).camera;  // the camera of the first frame
  std::mt19937 random(42);
  std::uniform_int_distribution<size_t> pickIndex(0, bodyPixels.empty() ? 0 : bodyPixels.size() - 1);
  std::vector<double> pickUs;
  size_t hits = 0;
  for (int i = 0; i < 500 && !bodyPixels.empty(); ++i) {
    const auto [px, py] = bodyPixels[pickIndex(random)];
    const float x = static_cast<float>(px) + 0.5f;
    const float y = static_cast<float>(py) + 0.5f;
    start = Clock::now();
    const auto picked = session.scene.pick(x, y);
    pickUs.push_back(msSince(start) * 1000.0);
    hits += picked.has_value() ? 1 : 0;
  }

  const QueryTimes queries = benchQueries(session, bodyPixels);

  const nlohmann::json result = {
      {"atlas", session.atlas.name},
      {"structures", session.atlas.structures.size()},
      {"triangles", session.atlas.triangleCount()},
      {"gl_renderer", (*view)->glRenderer()},
      {"load_first_ms", coldLoadMs},
      {"load_cached_ms", warmLoadMs},
      {"first_frame_ms", firstFrameMs},
      {"first_time_total_ms", coldLoadMs + firstFrameMs},
      {"cached_total_ms", warmLoadMs + firstFrameMs},
      {"frame_size", "1280x720"},
      {"frame_ms_p50", percentile(frameMs, 0.5)},
      {"frame_ms_p95", percentile(frameMs, 0.95)},
      {"all_layers_frame_ms_p50", percentile(allLayersMs, 0.5)},
      {"still_frame_samples", renderer.samples()},
      {"still_frame_ms_p50", percentile(stillMs, 0.5)},
      {"still_frame_ms_p95", percentile(stillMs, 0.95)},
      {"picking_build_ms", pickingReadyMs},
      {"pick_us_p50", percentile(pickUs, 0.5)},
      {"pick_us_p95", percentile(pickUs, 0.95)},
      {"pick_hit_fraction", static_cast<double>(hits) / 500.0},
      {"chart_frame_ms_p50", percentile(chartMs, 0.5)},
      {"chart_zone_volumes", chartShapes},
      {"catalog_load_ms", queries.catalogLoadMs},
      {"pain_query_us_p50", percentile(queries.regionUs, 0.5)},
      {"pain_query_us_p95", percentile(queries.regionUs, 0.95)},
      {"pain_point_query_us_p50", percentile(queries.pointUs, 0.5)},
      {"pain_point_query_us_p95", percentile(queries.pointUs, 0.95)},
      {"peak_memory_mib", peakMemoryMiB()},
  };
  if (json) {
    std::printf("%s\n", result.dump(2).c_str());
    return 0;
  }
  std::printf("myoscope bench: %s, %zu structures, %zu triangles, on %s\n", session.atlas.name.c_str(),
              session.atlas.structures.size(), session.atlas.triangleCount(), (*view)->glRenderer());
  std::printf("  load, first time        %8.1f ms\n", coldLoadMs);
  std::printf("  load, cached            %8.1f ms\n", warmLoadMs);
  std::printf("  first frame             %8.1f ms  (context, shaders, upload, draw)\n", firstFrameMs);
  std::printf("  load + first frame      %8.1f ms first time, %.1f ms cached\n", coldLoadMs + firstFrameMs,
              warmLoadMs + firstFrameMs);
  std::printf("  frame at 1280x720       %8.1f ms p50, %.1f ms p95 (%d frames orbiting, the first view's layers)\n",
              percentile(frameMs, 0.5), percentile(frameMs, 0.95), frames);
  std::printf("  ... every layer on      %8.1f ms p50, %.1f ms p95 (the skin's translucent ghost included)\n",
              percentile(allLayersMs, 0.5), percentile(allLayersMs, 0.95));
  std::printf("  still frame, %dx MSAA    %8.1f ms p50, %.1f ms p95 (once the camera stops)\n", renderer.samples(),
              percentile(stillMs, 0.5), percentile(stillMs, 0.95));
  std::printf("  picking BVH build       %8.1f ms  (after the first frame, on a thread in the window)\n",
              pickingReadyMs);
  std::printf("  pick                    %8.1f us p50, %.1f us p95 (500 rays, %zu hits)\n", percentile(pickUs, 0.5),
              percentile(pickUs, 0.95), hits);
  std::printf(
      "  chart frame             %8.1f ms p50 (skin on, a TrP's referral and the deep tissue zones: %zu "
      "volumes per pixel)\n",
      percentile(chartMs, 0.5), chartShapes);
  std::printf("  TrP catalog load        %8.1f ms  (regions, TrPs, landmarks: on the first chart command)\n",
              queries.catalogLoadMs);
  std::printf("  pain query, regions     %8.1f us p50, %.1f us p95 (500 queries of 1-3 painful regions)\n",
              percentile(queries.regionUs, 0.5), percentile(queries.regionUs, 0.95));
  std::printf("  pain query, a point     %8.1f us p50, %.1f us p95 (500 clicks: pick, regions there, ranking)\n",
              percentile(queries.pointUs, 0.5), percentile(queries.pointUs, 0.95));
  std::printf("  peak memory             %8.1f MiB\n", peakMemoryMiB());
  return 0;
}

}  // namespace myo::app
