#pragma once
// Shared by the trigger tests: the real catalog, loaded once.
#include <gtest/gtest.h>

#include <filesystem>

#include "trigger/catalog.hpp"

namespace myo::trigger::testing {

inline std::filesystem::path sourceAssets() { return std::filesystem::path(MYOSCOPE_SOURCE_DIR) / "assets"; }

// The catalog of the checkout; a failed load fails the calling test with the loader's message.
inline const Catalog* realCatalog() {
  static const Result<Catalog> catalog = Catalog::load(sourceAssets());
  if (!catalog) {
    ADD_FAILURE() << catalog.error().text();
    return nullptr;
  }
  return &*catalog;
}

}  // namespace myo::trigger::testing
