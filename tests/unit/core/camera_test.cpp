#include <gtest/gtest.h>

#include <glm/gtc/matrix_transform.hpp>

#include "core/camera.hpp"

namespace myo {
namespace {
void expectNear(glm::vec3 a, glm::vec3 b, float tolerance = 1e-4f) {
  EXPECT_NEAR(a.x, b.x, tolerance);
  EXPECT_NEAR(a.y, b.y, tolerance);
  EXPECT_NEAR(a.z, b.z, tolerance);
}
}  // namespace

TEST(Camera, StandardViewsLookFromTheNamedSide) {
  // Body frame: +Z anterior, +X the subject's left, +Y up.
  const auto eyeDirection = [](StandardView v) {
    Camera c;
    c.pivot = glm::vec3(0.0f);
    c.distance = 1.0f;
    c.orientation = standardViewOrientation(v);
    return c.position();
  };
  expectNear(eyeDirection(StandardView::Anterior), {0, 0, 1});
  expectNear(eyeDirection(StandardView::Posterior), {0, 0, -1});
  expectNear(eyeDirection(StandardView::Left), {1, 0, 0});
  expectNear(eyeDirection(StandardView::Right), {-1, 0, 0});
  expectNear(eyeDirection(StandardView::Superior), {0, 1, 0});
  expectNear(eyeDirection(StandardView::Inferior), {0, -1, 0});
}

TEST(Camera, AnteriorViewShowsSubjectLeftOnScreenRight) {
  Camera c;
  c.orientation = standardViewOrientation(StandardView::Anterior);
  expectNear(c.right(), {1, 0, 0});
  expectNear(c.up(), {0, 1, 0});
  // From above, the subject's front is at the top of the screen.
  c.orientation = standardViewOrientation(StandardView::Superior);
  expectNear(c.up(), {0, 0, 1});
}

TEST(Camera, CentreRayHitsThePivot) {
  Camera c;
  c.pivot = {0.1f, 1.2f, -0.3f};
  c.distance = 2.0f;
  c.orbit(30.0f, -20.0f);
  const Ray ray = c.rayThroughPixel(50.0f, 40.0f, 100, 80);
  expectNear(ray.origin + ray.direction * 2.0f, c.pivot);
}

TEST(Camera, RayMatchesTheProjection) {
  Camera c;
  c.orientation = standardViewOrientation(StandardView::Left);
  const glm::mat4 vp = c.projection(2.0f, 1.0f) * c.view();
  const Ray ray = c.rayThroughPixel(150.0f, 20.0f, 200, 100);
  const glm::vec4 clip = vp * glm::vec4(ray.origin + ray.direction * c.distance, 1.0f);
  const glm::vec2 ndc = glm::vec2(clip) / clip.w;
  EXPECT_NEAR(ndc.x, 0.5f, 1e-4f);   // pixel 150 of 200
  EXPECT_NEAR(ndc.y, 0.6f, 1e-4f);   // pixel 20 of 100, y down
}

TEST(Camera, AnimationEasesFromStartToEnd) {
  Camera a;
  Camera b;
  b.pivot = {1, 0, 0};
  b.distance = 6.0f;
  b.orientation = standardViewOrientation(StandardView::Posterior);
  const CameraAnimation animation{a, b, 10.0, 1.0};
  expectNear(animation.at(10.0).pivot, a.pivot);
  expectNear(animation.at(11.0).pivot, b.pivot);
  EXPECT_NEAR(animation.at(10.5).pivot.x, 0.5f, 1e-5f);  // smoothstep is symmetric
  EXPECT_GT(animation.at(10.5).distance, a.distance);
  EXPECT_LT(animation.at(10.5).distance, b.distance);
  EXPECT_TRUE(animation.finished(11.0));
}

TEST(Camera, FrameSphereFitsTheSphere) {
  const Camera c = frameSphere({0, 1, 0}, 0.5f, standardViewOrientation(StandardView::Anterior));
  // The sphere's top must be inside the vertical field of view.
  const glm::mat4 vp = c.projection(1.0f, 0.5f) * c.view();
  const glm::vec4 top = vp * glm::vec4(0.0f, 1.5f, 0.0f, 1.0f);
  EXPECT_LT(top.y / top.w, 1.0f);
  EXPECT_GT(top.y / top.w, 0.8f);
}

}  // namespace myo
