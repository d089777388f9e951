// Atlas load and picking timings: `myoscope_atlas_bench [FOLDER] [--threads N] [--runs N] [--bvh-only]`.
// First load = parse everything and write a fresh cache pack; cached load = the same folder again.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "atlas/bvh.hpp"
#include "atlas/import/atlas_loader.hpp"
#include "core/log.hpp"

namespace {
using Clock = std::chrono::steady_clock;
double ms(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }
double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}
}  // namespace

int main(int argc, char** argv) {
  std::string folder = std::string(MYOSCOPE_SHARED_DIR) + "/data/bodyparts3d";
  unsigned threads = 0;
  int runs = 5;
  bool bvhOnly = false;  // one uncached load, then only BVH builds and queries (for profiling the BVH)
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--threads" && i + 1 < argc)
      threads = static_cast<unsigned>(std::atoi(argv[++i]));
    else if (arg == "--runs" && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--bvh-only")
      bvhOnly = true;
    else
      folder = arg;
  }
  myo::log::setLevel(myo::log::Level::Error);
  const auto cacheDir = std::filesystem::temp_directory_path() / "myoscope-atlas-bench";
  std::vector<double> first, cached, uncached;
  myo::atlas::Atlas atlas;
  for (int run = 0; run < (bvhOnly ? 1 : runs); ++run) {
    std::filesystem::remove_all(cacheDir);
    myo::atlas::LoadOptions options;
    options.cacheDir = cacheDir.string();
    options.threads = threads;
    myo::atlas::LoadReport report;
    auto start = Clock::now();
    auto loaded = myo::atlas::loadAtlas(folder, options, &report);
    first.push_back(ms(start));
    if (!loaded) {
      std::fprintf(stderr, "%s\n", loaded.error().text().c_str());
      return 1;
    }
    start = Clock::now();
    loaded = myo::atlas::loadAtlas(folder, options, &report);
    cached.push_back(ms(start));
    if (report.cacheHits != report.files)
      std::fprintf(stderr, "warning: cache hits %zu of %zu\n", report.cacheHits, report.files);
    options.useCache = false;
    start = Clock::now();
    loaded = myo::atlas::loadAtlas(folder, options, &report);
    uncached.push_back(ms(start));
    if (run == 0)
      std::printf("%s: %zu files, %zu structures, %zu triangles, %zu errors\n", folder.c_str(), report.files,
                  report.structures, report.triangles, report.errors.size());
    atlas = std::move(*loaded);
  }
  std::printf("load, first (parse + write cache): median %.1f ms, best %.1f ms\n", median(first),
              *std::min_element(first.begin(), first.end()));
  std::printf("load, from cache:                  median %.1f ms, best %.1f ms\n", median(cached),
              *std::min_element(cached.begin(), cached.end()));
  std::printf("load, cache off (parse only):      median %.1f ms, best %.1f ms\n", median(uncached),
              *std::min_element(uncached.begin(), uncached.end()));

  std::vector<double> builds;
  myo::atlas::Bvh bvh;
  for (int run = 0; run < runs; ++run) {
    const auto start = Clock::now();
    bvh = myo::atlas::Bvh(atlas);
    builds.push_back(ms(start));
  }
  std::printf("BVH build over %zu triangles: median %.1f ms, best %.1f ms (%zu nodes)\n", atlas.triangleCount(),
              median(builds), *std::min_element(builds.begin(), builds.end()), bvh.nodeCount());

  // Rays from outside the body towards random points inside its box: the picking case.
  const auto box = atlas.bounds();
  std::mt19937 rng(1);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  constexpr int kRays = 20000;
  std::vector<myo::Ray> rays;
  for (int i = 0; i < kRays; ++i) {
    const glm::vec3 target = box.min + (box.max - box.min) * glm::vec3(unit(rng), unit(rng), unit(rng));
    const glm::vec3 dir = glm::normalize(glm::vec3(unit(rng) - 0.5f, unit(rng) - 0.5f, unit(rng) - 0.5f));
    rays.push_back({target - dir * 3.0f, dir});
  }
  int hits = 0;
  const auto start = Clock::now();
  for (const auto& ray : rays) hits += bvh.intersect(ray).has_value() ? 1 : 0;
  const double total = ms(start);
  std::printf("BVH ray query: %.2f us per ray (%d of %d rays hit)\n", total * 1000.0 / kRays, hits, kRays);
  std::filesystem::remove_all(cacheDir);
  return 0;
}
