#include "render/shader_program.hpp"

#include <algorithm>
#include <string>

#include "embedded_myoscope_shaders.hpp"

namespace myo::render {
namespace {

Result<Shader> compile(GLenum stage, std::string_view name, std::string_view defines) {
  auto source = shaderSource(name);
  if (!source) return source.error();
  if (!defines.empty()) {
    const size_t afterVersion = source->find('\n') + 1;
    source->insert(afterVersion, std::string(defines) + "#line 2\n");
  }
  Shader shader(glCreateShader(stage));
  const char* text = source->c_str();
  const auto length = static_cast<GLint>(source->size());
  glShaderSource(shader.get(), 1, &text, &length);
  glCompileShader(shader.get());
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
  if (ok == GL_TRUE) return shader;
  GLint logLength = 0;
  glGetShaderiv(shader.get(), GL_INFO_LOG_LENGTH, &logLength);
  std::string log(static_cast<size_t>(std::max(logLength, 1)), '\0');
  glGetShaderInfoLog(shader.get(), logLength, nullptr, log.data());
  return Error{"Renderer::create(): " + std::string(name), "the driver rejected the shader:\n" + log};
}

}  // namespace

Result<std::string> shaderSource(std::string_view name) {
  const std::string_view text = shaders::find(name);
  if (text.empty()) return Error{"shaderSource()", "no embedded shader named " + std::string(name)};
  std::string out;
  out.reserve(text.size() * 2);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    constexpr std::string_view kInclude = "#include \"";
    if (line.starts_with(kInclude) && line.ends_with('"')) {
      const std::string_view included = line.substr(kInclude.size(), line.size() - kInclude.size() - 1);
      const std::string_view body = shaders::find(included);
      if (body.empty())
        return Error{"shaderSource(): " + std::string(name), "includes a missing file " + std::string(included)};
      out.append(body);
      out.append("\n#line " +
                 std::to_string(std::count(text.begin(), text.begin() + static_cast<long>(end), '\n') + 2) + "\n");
    } else {
      out.append(line);
      out.push_back('\n');
    }
    start = end + 1;
  }
  return out;
}

Result<Program> buildProgram(std::string_view vertexFile, std::string_view fragmentFile,
                             std::initializer_list<const char*> fragmentOutputs, std::string_view defines) {
  auto vertex = compile(GL_VERTEX_SHADER, vertexFile, {});
  if (!vertex) return vertex.error();
  auto fragment = compile(GL_FRAGMENT_SHADER, fragmentFile, defines);
  if (!fragment) return fragment.error();
  Program program(glCreateProgram());
  glAttachShader(program.get(), vertex->get());
  glAttachShader(program.get(), fragment->get());
  // Attribute slots are fixed for every program so one vertex array serves them all.
  glBindAttribLocation(program.get(), 0, "a_position");
  glBindAttribLocation(program.get(), 1, "a_normal");
  glBindAttribLocation(program.get(), 2, "a_fibre");
  GLuint slot = 0;
  for (const char* output : fragmentOutputs) glBindFragDataLocation(program.get(), slot++, output);
  glLinkProgram(program.get());
  GLint ok = GL_FALSE;
  glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
  if (ok == GL_TRUE) return program;
  GLint logLength = 0;
  glGetProgramiv(program.get(), GL_INFO_LOG_LENGTH, &logLength);
  std::string log(static_cast<size_t>(std::max(logLength, 1)), '\0');
  glGetProgramInfoLog(program.get(), logLength, nullptr, log.data());
  return Error{"Renderer::create(): " + std::string(vertexFile) + " + " + std::string(fragmentFile),
               "the driver could not link the program:\n" + log};
}

}  // namespace myo::render
