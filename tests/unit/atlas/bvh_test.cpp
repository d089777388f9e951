// The BVH agrees exactly with brute force, skips hidden structures, and copes with edge cases.
#include "atlas/bvh.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "atlas/import/atlas_loader.hpp"
#include "atlas_test_support.hpp"
#include "core/log.hpp"

namespace myo::atlas {
namespace {

// Brute force: every triangle of every visible structure, with the same Möller-Trumbore formulation.
std::optional<RayHit> bruteForce(const Atlas& atlas, const Ray& ray, const std::vector<bool>& visible = {}) {
  std::optional<RayHit> best;
  for (size_t s = 0; s < atlas.structures.size(); ++s) {
    if (!visible.empty() && !visible[s]) continue;
    const Mesh& m = atlas.structures[s].mesh;
    for (size_t t = 0; t < m.triangleCount(); ++t) {
      const glm::vec3 a = m.positions[m.indices[3 * t]];
      const glm::vec3 e1 = m.positions[m.indices[3 * t + 1]] - a;
      const glm::vec3 e2 = m.positions[m.indices[3 * t + 2]] - a;
      const glm::vec3 p = glm::cross(ray.direction, e2);
      const float det = glm::dot(e1, p);
      if (std::abs(det) < 1e-12f) continue;
      const float inverse = 1.0f / det;
      const glm::vec3 sv = ray.origin - a;
      const float u = glm::dot(sv, p) * inverse;
      if (u < 0.0f || u > 1.0f) continue;
      const glm::vec3 q = glm::cross(sv, e1);
      const float v = glm::dot(ray.direction, q) * inverse;
      if (v < 0.0f || u + v > 1.0f) continue;
      const float distance = glm::dot(e2, q) * inverse;
      if (distance >= 0.0f && (!best || distance < best->distance)) best = RayHit{s, t, distance, {}, {}};
    }
  }
  return best;
}

// Random triangle soup in several structures, some large, some tiny, overlapping.
Atlas randomAtlas(std::mt19937& rng, int structures, int trianglesEach) {
  std::uniform_real_distribution<float> position(-1.0f, 1.0f);
  std::uniform_real_distribution<float> size(0.001f, 0.3f);
  Atlas atlas;
  for (int s = 0; s < structures; ++s) {
    Structure structure;
    structure.id = "s";
    structure.id += std::to_string(s);  // not "s" + ...: GCC 12 warns falsely (-Wrestrict)
    for (int t = 0; t < trianglesEach; ++t) {
      const glm::vec3 c(position(rng), position(rng), position(rng));
      const float r = size(rng);
      const auto base = static_cast<std::uint32_t>(structure.mesh.positions.size());
      for (int k = 0; k < 3; ++k)
        structure.mesh.positions.push_back(c + r * glm::vec3(position(rng), position(rng), position(rng)));
      structure.mesh.indices.insert(structure.mesh.indices.end(), {base, base + 1, base + 2});
    }
    atlas.structures.push_back(std::move(structure));
  }
  return atlas;
}

Ray randomRay(std::mt19937& rng, const Bounds& box) {
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  const glm::vec3 target = box.min + (box.max - box.min) * glm::vec3(unit(rng), unit(rng), unit(rng));
  const glm::vec3 direction = glm::normalize(glm::vec3(unit(rng) - 0.5f, unit(rng) - 0.5f, unit(rng) - 0.5f));
  return {target - direction * box.radius() * 2.5f, direction};
}

void expectAgreement(const Atlas& atlas, const Bvh& bvh, const std::vector<Ray>& rays, const std::vector<bool>& visible,
                     int* hitCount) {
  int hits = 0;
  for (const Ray& ray : rays) {
    const auto expected = bruteForce(atlas, ray, visible);
    const auto actual = bvh.intersect(ray, visible);
    ASSERT_EQ(expected.has_value(), actual.has_value());
    if (!expected) continue;
    ++hits;
    EXPECT_EQ(actual->structure, expected->structure);
    EXPECT_EQ(actual->triangle, expected->triangle);
    EXPECT_NEAR(actual->distance, expected->distance, 1e-5f);
    EXPECT_NEAR(glm::length(actual->normal), 1.0f, 1e-5f);
    const glm::vec3 point = ray.origin + ray.direction * actual->distance;
    EXPECT_NEAR(glm::length(actual->point - point), 0.0f, 1e-5f);
  }
  *hitCount = hits;
}

TEST(BvhTest, AgreesWithBruteForceOnRandomTriangles) {
  std::mt19937 rng(42);
  const Atlas atlas = randomAtlas(rng, 7, 700);
  const Bvh bvh(atlas);
  EXPECT_GT(bvh.nodeCount(), 100u);
  std::vector<Ray> rays;
  for (int i = 0; i < 1000; ++i) rays.push_back(randomRay(rng, atlas.bounds()));
  int hits = 0;
  expectAgreement(atlas, bvh, rays, {}, &hits);
  EXPECT_GT(hits, 250);  // the test means something only if many rays hit
  std::vector<bool> visible{true, false, true, false, false, true, true};
  expectAgreement(atlas, bvh, rays, visible, &hits);
  EXPECT_GT(hits, 150);
}

// The real meshes: 10 BodyParts3D muscles (about 45k triangles).
TEST(BvhTest, AgreesWithBruteForceOnRealMuscles) {
  MYO_REQUIRE_BODYPARTS3D();
  LoadOptions options;
  options.useCache = false;
  const auto atlas = loadAtlas((test::bodyParts3D() / "muscles").string(), options);
  ASSERT_TRUE(atlas) << atlas.error().text();
  const Bvh bvh(*atlas);
  // Half the rays aim at a vertex of the meshes (picking hits something), half anywhere in the box.
  std::mt19937 rng(5);
  std::vector<Ray> rays;
  for (int i = 0; i < 160; ++i) {
    Ray ray = randomRay(rng, atlas->bounds());
    if (i % 2 == 0) {
      const Mesh& mesh = atlas->structures[rng() % atlas->structures.size()].mesh;
      const glm::vec3 target = mesh.positions[rng() % mesh.positions.size()] + glm::vec3(1e-4f, -2e-4f, 1e-4f);
      ray.origin = target - ray.direction * 2.0f;
    }
    rays.push_back(ray);
  }
  int hits = 0;
  expectAgreement(*atlas, bvh, rays, {}, &hits);
  EXPECT_GT(hits, 80);
  std::vector<bool> visible(atlas->structures.size(), true);
  visible[0] = visible[3] = visible[5] = false;
  expectAgreement(*atlas, bvh, rays, visible, &hits);
}

Structure quad(const std::string& id, float z) {
  Structure s;
  s.id = id;
  s.mesh.positions = {{-1, -1, z}, {1, -1, z}, {1, 1, z}, {-1, 1, z}};
  s.mesh.indices = {0, 1, 2, 0, 2, 3};
  return s;
}

TEST(BvhTest, HiddenStructuresAreSkipped) {
  Atlas atlas;
  atlas.structures = {quad("front", 1.0f), quad("back", -1.0f)};
  const Bvh bvh(atlas);
  const Ray ray{{0.25f, 0.5f, 5.0f}, {0.0f, 0.0f, -1.0f}};  // from the front, axis-parallel
  auto hit = bvh.intersect(ray);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->structure, 0u);
  EXPECT_FLOAT_EQ(hit->distance, 4.0f);
  EXPECT_EQ(hit->normal, glm::vec3(0, 0, 1));
  hit = bvh.intersect(ray, {false, true});
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->structure, 1u);
  EXPECT_FLOAT_EQ(hit->distance, 6.0f);
  EXPECT_EQ(hit->point, glm::vec3(0.25f, 0.5f, -1.0f));
  EXPECT_FALSE(bvh.intersect(ray, {false, false}));
  // Behind the origin does not count; a ray pointing away misses.
  EXPECT_FALSE(bvh.intersect(Ray{{0.0f, 0.0f, 5.0f}, {0.0f, 0.0f, 1.0f}}));
  // From inside the boxes (between the quads), both ways.
  hit = bvh.intersect(Ray{{0.25f, 0.5f, 0.0f}, {0.0f, 0.0f, -1.0f}});
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->structure, 1u);
  EXPECT_FLOAT_EQ(hit->distance, 1.0f);
  hit = bvh.intersect(Ray{{0.25f, 0.5f, 0.0f}, {0.0f, 0.0f, 1.0f}});
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->structure, 0u);
}

TEST(BvhTest, EmptyAndDegenerateInput) {
  const Bvh empty{Atlas{}};
  EXPECT_EQ(empty.nodeCount(), 0u);
  EXPECT_FALSE(empty.intersect(Ray{}));
  const Bvh defaulted;
  EXPECT_FALSE(defaulted.intersect(Ray{}));
  // Thousands of triangles with one centroid: no split separates them, the build still ends.
  Atlas same;
  Structure s;
  s.id = "same";
  for (std::uint32_t i = 0; i < 3000; ++i) {
    s.mesh.positions.insert(s.mesh.positions.end(), {{-1, 0, 0}, {1, 0, 0}, {0, 1, 0}});
    s.mesh.indices.insert(s.mesh.indices.end(), {3 * i, 3 * i + 1, 3 * i + 2});
  }
  same.structures.push_back(s);
  const Bvh bvh(same);
  const auto hit = bvh.intersect(Ray{{0.0f, 0.3f, 2.0f}, {0.0f, 0.0f, -1.0f}});
  ASSERT_TRUE(hit);
  EXPECT_FLOAT_EQ(hit->distance, 2.0f);
  EXPECT_EQ(hit->triangle, 0u);  // the first of equal hits
}

}  // namespace
}  // namespace myo::atlas
