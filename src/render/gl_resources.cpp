#include "render/gl_resources.hpp"

namespace myo::render {
namespace {

struct PixelTransfer {
  GLenum format;
  GLenum type;
};

// glTexImage2D needs a matching client format even when no data is passed.
PixelTransfer transferFor(GLenum internalFormat) {
  switch (internalFormat) {
    case GL_R8:
      return {GL_RED, GL_UNSIGNED_BYTE};
    case GL_R16F:
    case GL_R32F:
      return {GL_RED, GL_FLOAT};
    case GL_RGBA16F:
    case GL_RGBA32F:
      return {GL_RGBA, GL_FLOAT};
    case GL_DEPTH_COMPONENT24:
    case GL_DEPTH_COMPONENT32F:
      return {GL_DEPTH_COMPONENT, GL_FLOAT};
    default:
      return {GL_RGBA, GL_UNSIGNED_BYTE};
  }
}

}  // namespace

Texture makeTexture2D(GLenum internalFormat, int width, int height, GLenum filter) {
  GLuint name = 0;
  glGenTextures(1, &name);
  glBindTexture(GL_TEXTURE_2D, name);
  const PixelTransfer transfer = transferFor(internalFormat);
  glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(internalFormat), width, height, 0, transfer.format, transfer.type,
               nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, static_cast<GLint>(filter));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, static_cast<GLint>(filter));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
  glBindTexture(GL_TEXTURE_2D, 0);
  return Texture(name);
}

Renderbuffer makeRenderbuffer(GLenum internalFormat, int width, int height, int samples) {
  GLuint name = 0;
  glGenRenderbuffers(1, &name);
  glBindRenderbuffer(GL_RENDERBUFFER, name);
  if (samples > 1)
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, internalFormat, width, height);
  else
    glRenderbufferStorage(GL_RENDERBUFFER, internalFormat, width, height);
  glBindRenderbuffer(GL_RENDERBUFFER, 0);
  return Renderbuffer(name);
}

}  // namespace myo::render
