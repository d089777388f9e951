#include "render/overlay_uniforms.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

#include "core/log.hpp"

namespace myo::render {
namespace {

// std140 layout of the block: four vec4 arrays, the palette, the parameters.
struct Block {
  std::array<glm::vec4, kMaxOverlayShapes> a;
  std::array<glm::vec4, kMaxOverlayShapes> b;
  std::array<glm::vec4, kMaxOverlayShapes> radii;
  std::array<glm::vec4, kMaxOverlayShapes> stroke;
  std::array<glm::vec4, kOverlayStyleCount> palette;
  glm::vec4 params;
  glm::vec4 boxMin;
  glm::vec4 boxMax;
};

// A sphere holding the volume, a little larger so the dark outline just outside a zone's edge is drawn too
// (overlay.glsl's overlayBound, for the box round all volumes).
glm::vec4 boundingSphere(const OverlayShape& s) {
  constexpr float kMargin = 0.002f;
  switch (s.kind) {
    case 0:
      return {s.a, s.r + kMargin};
    case 1:
      return {(s.a + s.b) * 0.5f, glm::distance(s.a, s.b) * 0.5f + std::max(s.radii.x, s.radii.y) + kMargin};
    default:  // ellipsoid (semi-axes) and box (half sizes): the corner of the box round it
      return {s.a, glm::length(s.radii) + kMargin};
  }
}
constexpr GLintptr kParamsOffset = offsetof(Block, params);
static_assert(sizeof(Block) <= 16384, "GL 3.3 guarantees uniform blocks of 16 KiB only");

}  // namespace

glm::vec3 overlayColour(OverlayStyle style, bool colourBlind) {
  // Chart colours: the red of the trigger-point charts for both referral zones (the stipple tells them apart),
  // teal technique zones, amber caution hatching, magenta pregnancy points, blue client marks. The colour-blind
  // set keeps every pair apart for protan, deutan and tritan vision: vermillion, bluish green, yellow, reddish
  // purple, blue.
  static constexpr std::array<glm::vec3, kOverlayStyleCount> kChart = {
      glm::vec3{0.86f, 0.07f, 0.09f}, glm::vec3{0.86f, 0.07f, 0.09f}, glm::vec3{0.0f, 0.66f, 0.72f},
      glm::vec3{0.98f, 0.70f, 0.05f}, glm::vec3{0.82f, 0.22f, 0.72f}, glm::vec3{0.20f, 0.45f, 0.95f}};
  static constexpr std::array<glm::vec3, kOverlayStyleCount> kColourBlind = {
      glm::vec3{0.835f, 0.369f, 0.0f},   glm::vec3{0.835f, 0.369f, 0.0f},   glm::vec3{0.0f, 0.620f, 0.451f},
      glm::vec3{0.941f, 0.894f, 0.259f}, glm::vec3{0.800f, 0.475f, 0.655f}, glm::vec3{0.0f, 0.447f, 0.698f}};
  const auto index = static_cast<size_t>(style);
  return colourBlind ? kColourBlind[index] : kChart[index];
}

void OverlayUniforms::attach(const Program& program) {
  const GLuint block = glGetUniformBlockIndex(program.get(), "Overlays");
  if (block != GL_INVALID_INDEX) glUniformBlockBinding(program.get(), block, kOverlayBinding);
}

void OverlayUniforms::update(const Overlays& overlays, double seconds, float mute) {
  if (!buffer_) {
    buffer_ = makeBuffer();
    glBindBuffer(GL_UNIFORM_BUFFER, buffer_.get());
    glBufferData(GL_UNIFORM_BUFFER, sizeof(Block), nullptr, GL_DYNAMIC_DRAW);
  }
  glBindBuffer(GL_UNIFORM_BUFFER, buffer_.get());
  if (overlays.revision != revision_) {
    revision_ = overlays.revision;
    if (overlays.shapes.size() > kMaxOverlayShapes)
      log::warning("overlays: " + std::to_string(overlays.shapes.size()) + " zone volumes, drawing the first " +
                   std::to_string(kMaxOverlayShapes));
    count_ = static_cast<int>(std::min<size_t>(overlays.shapes.size(), kMaxOverlayShapes));
    Block block{};
    for (int i = 0; i < count_; ++i) {
      const OverlayShape& s = overlays.shapes[static_cast<size_t>(i)];
      const auto k = static_cast<size_t>(i);
      block.a[k] = glm::vec4(s.a, static_cast<float>(s.kind));
      block.b[k] = glm::vec4(s.b, s.r);
      block.radii[k] = glm::vec4(s.radii, static_cast<float>(s.style));
      block.stroke[k] = glm::vec4(s.stroke, static_cast<float>(s.motion));
    }
    glm::vec3 lo(1e9f), hi(-1e9f);
    for (int i = 0; i < count_; ++i) {
      const glm::vec4 b = boundingSphere(overlays.shapes[static_cast<size_t>(i)]);
      lo = glm::min(lo, glm::vec3(b) - glm::vec3(b.w));
      hi = glm::max(hi, glm::vec3(b) + glm::vec3(b.w));
    }
    block.boxMin = glm::vec4(lo, 0.0f);
    block.boxMax = glm::vec4(hi, 0.0f);
    for (int style = 0; style < kOverlayStyleCount; ++style)
      block.palette[static_cast<size_t>(style)] =
          glm::vec4(overlayColour(static_cast<OverlayStyle>(style), overlays.colourBlind), 1.0f);
    block.params = glm::vec4(static_cast<float>(count_), 0.0f, 0.0f, 0.0f);
    glBufferSubData(GL_UNIFORM_BUFFER, 0, sizeof(Block), &block);
  }
  // The clock wraps every 10 minutes so single precision keeps the strokes smooth in a long session.
  const glm::vec4 params(static_cast<float>(count_), static_cast<float>(std::fmod(seconds, 600.0)), mute, 0.0f);
  glBufferSubData(GL_UNIFORM_BUFFER, kParamsOffset, sizeof(glm::vec4), &params);
  glBindBufferBase(GL_UNIFORM_BUFFER, kOverlayBinding, buffer_.get());
}

}  // namespace myo::render
