#include "platform/headless_context.hpp"

#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <glad/gl.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace myo::platform {
namespace {

constexpr const char* kWhere = "HeadlessContext::create()";

Error eglFailure(const std::string& step) {
  char code[16];
  std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(eglGetError()));
  return Error{kWhere, step + " failed (EGL error " + code +
                           "); a headless run needs Mesa's EGL with the surfaceless platform (libegl-mesa0)"};
}

bool hasExtension(const char* list, const char* name) {
  if (list == nullptr) return false;
  const size_t length = std::strlen(name);
  for (const char* p = std::strstr(list, name); p != nullptr; p = std::strstr(p + length, name)) {
    const bool startOk = p == list || p[-1] == ' ';
    const bool endOk = p[length] == '\0' || p[length] == ' ';
    if (startOk && endOk) return true;
  }
  return false;
}

// glad wants `GLADapiproc (*)(const char*)`; eglGetProcAddress returns core functions too on Mesa
// (EGL_KHR_get_all_proc_addresses).
GLADapiproc loadGl(const char* name) { return reinterpret_cast<GLADapiproc>(eglGetProcAddress(name)); }

// Surfaceless first (Mesa, no X and no DRM node needed), then the default display, then the first device.
EGLDisplay openDisplay() {
  const char* clientExtensions = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
  if (hasExtension(clientExtensions, "EGL_MESA_platform_surfaceless")) {
    EGLDisplay display = eglGetPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr) == EGL_TRUE) return display;
  }
  if (EGLDisplay display = eglGetDisplay(EGL_DEFAULT_DISPLAY);
      display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr) == EGL_TRUE)
    return display;
  if (hasExtension(clientExtensions, "EGL_EXT_platform_device")) {
    auto queryDevices = reinterpret_cast<PFNEGLQUERYDEVICESEXTPROC>(eglGetProcAddress("eglQueryDevicesEXT"));
    EGLDeviceEXT device = nullptr;
    EGLint count = 0;
    if (queryDevices != nullptr && queryDevices(1, &device, &count) == EGL_TRUE && count > 0) {
      EGLDisplay display = eglGetPlatformDisplay(EGL_PLATFORM_DEVICE_EXT, device, nullptr);
      if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr) == EGL_TRUE) return display;
    }
  }
  return EGL_NO_DISPLAY;
}

class EglContext final : public HeadlessContext {
 public:
  EglContext(EGLDisplay display, EGLContext context) : display_(display), context_(context) {}
  ~EglContext() override {
    eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display_, context_);
    // No eglTerminate: the display is shared by every context of the process (tests make several), and
    // terminating it would pull the others from under them. Mesa frees it at exit.
    eglReleaseThread();
  }
  EglContext(const EglContext&) = delete;
  EglContext& operator=(const EglContext&) = delete;

  const char* rendererName() const override {
    const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return name != nullptr ? name : "unknown";
  }

 private:
  EGLDisplay display_;
  EGLContext context_;
};

}  // namespace

Result<std::unique_ptr<HeadlessContext>> HeadlessContext::create() {
  EGLDisplay display = openDisplay();
  if (display == EGL_NO_DISPLAY) return eglFailure("opening an EGL display (surfaceless, default, device)");
  if (eglBindAPI(EGL_OPENGL_API) != EGL_TRUE) return eglFailure("eglBindAPI(EGL_OPENGL_API)");

  const char* extensions = eglQueryString(display, EGL_EXTENSIONS);
  if (!hasExtension(extensions, "EGL_KHR_surfaceless_context"))
    return Error{kWhere, "the EGL display lacks EGL_KHR_surfaceless_context, needed to render without a surface"};

  // A config is only needed where EGL_KHR_no_config_context is missing; we draw into our own FBOs.
  EGLConfig config = EGL_NO_CONFIG_KHR;
  if (!hasExtension(extensions, "EGL_KHR_no_config_context")) {
    const EGLint attributes[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLint count = 0;
    if (eglChooseConfig(display, attributes, &config, 1, &count) != EGL_TRUE || count < 1)
      return eglFailure("eglChooseConfig(EGL_OPENGL_BIT)");
  }

  const EGLint contextAttributes[] = {
      EGL_CONTEXT_MAJOR_VERSION,           3,       EGL_CONTEXT_MINOR_VERSION, 3, EGL_CONTEXT_OPENGL_PROFILE_MASK,
      EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
  EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, contextAttributes);
  if (context == EGL_NO_CONTEXT) return eglFailure("eglCreateContext(OpenGL 3.3 core)");
  if (eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context) != EGL_TRUE) {
    Error error = eglFailure("eglMakeCurrent(EGL_NO_SURFACE)");
    eglDestroyContext(display, context);
    return error;
  }
  auto result = std::make_unique<EglContext>(display, context);
  const int version = gladLoadGL(loadGl);
  if (version == 0) return Error{kWhere, "gladLoadGL() could not load the OpenGL functions"};
  if (GLAD_VERSION_MAJOR(version) * 10 + GLAD_VERSION_MINOR(version) < 33)
    return Error{kWhere, "the driver gave OpenGL " + std::to_string(GLAD_VERSION_MAJOR(version)) + "." +
                             std::to_string(GLAD_VERSION_MINOR(version)) + "; Myoscope needs 3.3 core"};
  return std::unique_ptr<HeadlessContext>(std::move(result));
}

}  // namespace myo::platform
