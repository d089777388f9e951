#pragma once
// An OpenGL 3.3 core context without a window or X server: EGL surfaceless on Mesa (llvmpipe in CI).
#include <memory>

#include "core/result.hpp"

namespace myo::platform {

class HeadlessContext {
 public:
  // Creates the context, makes it current and loads GL through glad.
  static Result<std::unique_ptr<HeadlessContext>> create();
  virtual ~HeadlessContext() = default;
  virtual const char* rendererName() const = 0;  // GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
};

}  // namespace myo::platform
