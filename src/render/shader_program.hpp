#pragma once
// Compiles and links GLSL 330 core programs from the shaders embedded in the binary (shaders/), with a
// one-level `#include "file.glsl"` so the passes share their lighting and material code.
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "render/gl_resources.hpp"

namespace myo::render {

// The embedded shader file's text after includes are expanded; an Error names a missing file.
Result<std::string> shaderSource(std::string_view name);

// Builds a program from a vertex and a fragment shader file; the Error carries the driver's info log.
// `fragmentOutputs` names the fragment outputs in colour-attachment order (bound before linking);
// `defines` ("#define X\n" lines) go right after the fragment shader's #version line, for variants.
Result<Program> buildProgram(std::string_view vertexFile, std::string_view fragmentFile,
                             std::initializer_list<const char*> fragmentOutputs = {"o_colour"},
                             std::string_view defines = {});

// Uniform location, -1 when the linker removed it (setting -1 is a no-op in GL).
inline GLint uniform(const Program& program, const char* name) { return glGetUniformLocation(program.get(), name); }

}  // namespace myo::render
