// The headless EGL context: OpenGL 3.3 core without X, and the whole renderer under Mesa's 3.3 override.
#include <glad/gl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "gl_test_support.hpp"

extern char** environ;

namespace myo::testing {
namespace {

TEST(HeadlessContextGLTest, CreatesCoreProfile33OrLater) {
  MYO_REQUIRE_GL_CONTEXT();
  EXPECT_NE(std::string(glContext()->rendererName()), "unknown");
  GLint major = 0;
  GLint minor = 0;
  GLint profile = 0;
  glGetIntegerv(GL_MAJOR_VERSION, &major);
  glGetIntegerv(GL_MINOR_VERSION, &minor);
  glGetIntegerv(GL_CONTEXT_PROFILE_MASK, &profile);
  EXPECT_GE(major * 10 + minor, 33);
  EXPECT_TRUE(profile & GL_CONTEXT_CORE_PROFILE_BIT);
  const std::string version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
  const std::string glsl = reinterpret_cast<const char*>(glGetString(GL_SHADING_LANGUAGE_VERSION));
  std::printf("GL_RENDERER %s\nGL_VERSION %s\nGLSL %s\n", glContext()->rendererName(), version.c_str(), glsl.c_str());
  // Set by RunsUnderMesaGl33Override for the child it starts.
  if (std::getenv("MYOSCOPE_EXPECT_GL33") != nullptr) {
    EXPECT_EQ(version.rfind("3.3", 0), 0u) << version;
    EXPECT_EQ(glsl.rfind("3.30", 0), 0u) << glsl;
  }
}

// Mesa reads MESA_GL_VERSION_OVERRIDE once per process, before the first context, so this test runs the
// context test and the image tests again in a child process of this binary with the overrides set.
TEST(HeadlessContextGLTest, RunsUnderMesaGl33Override) {
  const std::string exe = binaryFolder() / std::filesystem::read_symlink("/proc/self/exe").filename();
  std::vector<std::string> environment;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string entry = *e;
    if (entry.rfind("MESA_GL_VERSION_OVERRIDE=", 0) == 0 || entry.rfind("MESA_GLSL_VERSION_OVERRIDE=", 0) == 0 ||
        entry.rfind("GTEST_", 0) == 0)
      continue;
    environment.push_back(entry);
  }
  environment.insert(environment.end(),
                     {"MESA_GL_VERSION_OVERRIDE=3.3", "MESA_GLSL_VERSION_OVERRIDE=330", "MYOSCOPE_EXPECT_GL33=1"});
  std::vector<char*> envp;
  for (auto& entry : environment) envp.push_back(entry.data());
  envp.push_back(nullptr);
  std::string filter = "--gtest_filter=HeadlessContextGLTest.CreatesCoreProfile33OrLater:SyntheticSceneGLTest.*";
  std::string self = exe;
  char* argv[] = {self.data(), filter.data(), nullptr};
  pid_t child = 0;
  ASSERT_EQ(posix_spawn(&child, exe.c_str(), nullptr, nullptr, argv, envp.data()), 0) << "cannot start " << exe;
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status)) << "the child was killed (signal " << WTERMSIG(status) << ")";
  EXPECT_EQ(WEXITSTATUS(status), 0) << "context or image tests failed under MESA_GL_VERSION_OVERRIDE=3.3 "
                                       "MESA_GLSL_VERSION_OVERRIDE=330 (see the child's output above)";
}

TEST(HeadlessContextGLTest, RendererCreatesWithItsShaders) {
  MYO_REQUIRE_GL_CONTEXT();
  auto renderer = render::Renderer::create();
  ASSERT_TRUE(renderer.ok()) << renderer.error().text();
  (*renderer)->resize(64, 48);
  EXPECT_EQ((*renderer)->width(), 64);
  EXPECT_EQ((*renderer)->height(), 48);
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}

}  // namespace
}  // namespace myo::testing
