#pragma once
// The built-in atlas as the build generated it (target builtin_atlas) and the spec it came from, shared
// by the tests that check it.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "atlas/import/atlas_pack.hpp"
#include "atlas_gen/spec.hpp"

namespace myo::atlas_gen {

inline const std::string kSource = MYOSCOPE_SOURCE_DIR;

inline const landmarks::LandmarkSet& marks() {
  static const auto set = landmarks::LandmarkSet::load(kSource + "/assets/atlas/landmarks.yaml");
  return *set;
}

inline const Spec& spec() {
  static const Spec s = [] {
    auto loaded = loadSpec(kSource + "/assets/atlas/spec", marks());
    EXPECT_TRUE(loaded) << loaded.error().text();
    return loaded ? *loaded : Spec{};
  }();
  return s;
}

// The pack the build generated (target builtin_atlas): ctest runs each test in its own process, and
// generating the whole skeleton again in each would cost seconds apiece (minutes under the sanitizers).
inline const atlas::Atlas& generated() {
  static const atlas::Atlas a = [] {
    auto loaded = atlas::loadAtlasPack(MYOSCOPE_BUILTIN_PACK);
    EXPECT_TRUE(loaded) << loaded.error().text();
    return loaded ? *loaded : atlas::Atlas{};
  }();
  return a;
}

#define MYO_REQUIRE_BUILTIN_PACK()                     \
  if (!std::filesystem::exists(MYOSCOPE_BUILTIN_PACK)) \
  GTEST_SKIP() << "no " << MYOSCOPE_BUILTIN_PACK << ": the builtin_atlas target builds it (GL builds only)"

}  // namespace myo::atlas_gen
