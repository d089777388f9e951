#pragma once
// Move-only owners of OpenGL object names (buffers, vertex arrays, textures, renderbuffers, framebuffers,
// programs): the name is deleted when the owner goes, so no pass leaks GL objects on resize or reload.
#include <glad/gl.h>

#include <utility>

namespace myo::render {

template <void (*Delete)(GLuint)>
class GlHandle {
 public:
  GlHandle() = default;
  explicit GlHandle(GLuint name) : name_(name) {}
  ~GlHandle() { reset(); }
  GlHandle(GlHandle&& other) noexcept : name_(std::exchange(other.name_, 0)) {}
  GlHandle& operator=(GlHandle&& other) noexcept {
    if (this != &other) {
      reset();
      name_ = std::exchange(other.name_, 0);
    }
    return *this;
  }
  GlHandle(const GlHandle&) = delete;
  GlHandle& operator=(const GlHandle&) = delete;

  GLuint get() const { return name_; }
  explicit operator bool() const { return name_ != 0; }
  void reset() {
    if (name_ != 0) Delete(name_);
    name_ = 0;
  }

 private:
  GLuint name_ = 0;
};

namespace detail {
inline void deleteBuffer(GLuint name) { glDeleteBuffers(1, &name); }
inline void deleteVertexArray(GLuint name) { glDeleteVertexArrays(1, &name); }
inline void deleteTexture(GLuint name) { glDeleteTextures(1, &name); }
inline void deleteRenderbuffer(GLuint name) { glDeleteRenderbuffers(1, &name); }
inline void deleteFramebuffer(GLuint name) { glDeleteFramebuffers(1, &name); }
inline void deleteProgram(GLuint name) { glDeleteProgram(name); }
inline void deleteShader(GLuint name) { glDeleteShader(name); }
}  // namespace detail

using Buffer = GlHandle<detail::deleteBuffer>;
using VertexArray = GlHandle<detail::deleteVertexArray>;
using Texture = GlHandle<detail::deleteTexture>;
using Renderbuffer = GlHandle<detail::deleteRenderbuffer>;
using Framebuffer = GlHandle<detail::deleteFramebuffer>;
using Program = GlHandle<detail::deleteProgram>;
using Shader = GlHandle<detail::deleteShader>;

inline Buffer makeBuffer() {
  GLuint name = 0;
  glGenBuffers(1, &name);
  return Buffer(name);
}
inline VertexArray makeVertexArray() {
  GLuint name = 0;
  glGenVertexArrays(1, &name);
  return VertexArray(name);
}
inline Framebuffer makeFramebuffer() {
  GLuint name = 0;
  glGenFramebuffers(1, &name);
  return Framebuffer(name);
}

// One triangle covering the viewport (fullscreen.vert makes its corners from gl_VertexID); the core
// profile still wants a vertex array bound.
struct FullscreenTriangle {
  VertexArray vertexArray = makeVertexArray();
  void draw() const {
    glBindVertexArray(vertexArray.get());
    glDrawArrays(GL_TRIANGLES, 0, 3);
  }
};

// A 2D texture with nearest or linear filtering, clamped at the edges (screen-space targets).
Texture makeTexture2D(GLenum internalFormat, int width, int height, GLenum filter);
// A renderbuffer, multisampled when samples > 1.
Renderbuffer makeRenderbuffer(GLenum internalFormat, int width, int height, int samples);

}  // namespace myo::render
