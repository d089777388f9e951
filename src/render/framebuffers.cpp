#include "render/framebuffers.hpp"

#include <algorithm>
#include <string>

namespace myo::render {
namespace {

Status check(const char* name) {
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  if (status == GL_FRAMEBUFFER_COMPLETE) return {};
  return Error{"Renderer::resize()",
               std::string("the ") + name + " framebuffer is incomplete (status " + std::to_string(status) + ")"};
}

void attachTexture(GLenum attachment, const Texture& texture) {
  glFramebufferTexture2D(GL_FRAMEBUFFER, attachment, GL_TEXTURE_2D, texture.get(), 0);
}

}  // namespace

Status Framebuffers::resize(int newWidth, int newHeight, int requestedSamples) {
  GLint maxSamples = 1;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  width = std::max(newWidth, 1);
  height = std::max(newHeight, 1);
  samples = std::clamp(requestedSamples, 1, std::max(maxSamples, 1));

  sceneColour = makeRenderbuffer(GL_RGBA8, width, height, samples);
  sceneDepth = makeRenderbuffer(GL_DEPTH_COMPONENT24, width, height, samples);
  scene = makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, scene.get());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, sceneColour.get());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, sceneDepth.get());
  if (Status s = check("scene"); !s) return s;

  resolvedColour = makeTexture2D(GL_RGBA8, width, height, GL_NEAREST);
  depth = makeTexture2D(GL_DEPTH_COMPONENT24, width, height, GL_NEAREST);
  resolved = makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, resolved.get());
  attachTexture(GL_COLOR_ATTACHMENT0, resolvedColour);
  attachTexture(GL_DEPTH_ATTACHMENT, depth);
  if (Status s = check("resolved"); !s) return s;

  // The blur only needs its own scale: a quarter of the resolution from 480 lines up keeps it cheap.
  creaseDivisor = height >= 480 ? 4 : 2;
  creaseWidth = (width + creaseDivisor - 1) / creaseDivisor;
  creaseHeight = (height + creaseDivisor - 1) / creaseDivisor;
  creaseDepth = makeTexture2D(GL_R32F, creaseWidth, creaseHeight, GL_LINEAR);
  creaseTemp = makeTexture2D(GL_R32F, creaseWidth, creaseHeight, GL_LINEAR);
  creaseDepthTarget = makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, creaseDepthTarget.get());
  attachTexture(GL_COLOR_ATTACHMENT0, creaseDepth);
  if (Status s = check("crease depth"); !s) return s;
  creaseTempTarget = makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, creaseTempTarget.get());
  attachTexture(GL_COLOR_ATTACHMENT0, creaseTemp);
  if (Status s = check("crease blur"); !s) return s;

  // The selection mask and the OIT targets come with the first frame that needs them (ensureMask(),
  // ensureTranslucent()): a new size drops them.
  mask = Texture{};
  maskTarget = Framebuffer{};
  accumulation = Texture{};
  weights = Texture{};
  translucent = Framebuffer{};

  outputColour = makeTexture2D(GL_RGBA8, width, height, GL_NEAREST);
  compose = makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, compose.get());
  attachTexture(GL_COLOR_ATTACHMENT0, outputColour);
  if (Status s = check("compose"); !s) return s;
  output = makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, output.get());
  attachTexture(GL_COLOR_ATTACHMENT0, outputColour);
  attachTexture(GL_DEPTH_ATTACHMENT, depth);
  if (Status s = check("output"); !s) return s;

  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return {};
}

Status Framebuffers::ensureMask() {
  if (maskTarget) return {};
  mask = makeTexture2D(GL_R8, width, height, GL_NEAREST);
  maskTarget = makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, maskTarget.get());
  attachTexture(GL_COLOR_ATTACHMENT0, mask);
  attachTexture(GL_DEPTH_ATTACHMENT, depth);
  Status status = check("selection mask");
  if (!status) maskTarget = Framebuffer{};
  return status;
}

Status Framebuffers::ensureTranslucent() {
  if (translucent) return {};
  accumulation = makeTexture2D(GL_RGBA16F, width, height, GL_NEAREST);
  weights = makeTexture2D(GL_R16F, width, height, GL_NEAREST);
  translucent = makeFramebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, translucent.get());
  attachTexture(GL_COLOR_ATTACHMENT0, accumulation);
  attachTexture(GL_COLOR_ATTACHMENT1, weights);
  attachTexture(GL_DEPTH_ATTACHMENT, depth);
  const GLenum both[] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
  glDrawBuffers(2, both);
  Status status = check("translucent (OIT)");
  if (!status) translucent = Framebuffer{};
  return status;
}

void Framebuffers::resolveScene(const glm::ivec4& region) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, scene.get());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolved.get());
  glDisable(GL_SCISSOR_TEST);
  const int x1 = region.x + region.z;
  const int y1 = region.y + region.w;
  // Colour samples average; depth takes one sample (GL's rule for depth), enough for the screen passes.
  glBlitFramebuffer(region.x, region.y, x1, y1, region.x, region.y, x1, y1, GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT,
                    GL_NEAREST);
}

}  // namespace myo::render
