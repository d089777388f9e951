#include "render/scene_pass.hpp"

#include "render/shader_program.hpp"

namespace myo::render {

float structureCode(std::uint32_t structure) { return static_cast<float>((structure * 97u) % 251u + 1u) / 255.0f; }

Result<ScenePass::Variant> ScenePass::makeVariant(bool fibrous) {
  auto program = buildProgram("surface.vert", "opaque.frag", {"o_colour"}, fibrous ? "#define FIBROUS 1\n" : "");
  if (!program) return program.error();
  Variant v;
  v.program = std::move(*program);
  v.frame.locate(v.program);
  v.surface.locate(v.program);
  v.code = uniform(v.program, "u_code");
  return v;
}

Result<ScenePass> ScenePass::create() {
  auto plain = makeVariant(false);
  if (!plain) return plain.error();
  auto fibrous = makeVariant(true);
  if (!fibrous) return fibrous.error();
  ScenePass pass;
  pass.plain_ = std::move(*plain);
  pass.fibrous_ = std::move(*fibrous);
  return pass;
}

void ScenePass::draw(const FrameContext& frame, const Framebuffers& targets, const MeshBuffers& meshes,
                     const FramePlan& plan, const atlas::Atlas& atlas, glm::vec3 background) const {
  glBindFramebuffer(GL_FRAMEBUFFER, targets.scene.get());
  glViewport(0, 0, targets.width, targets.height);
  glDisable(GL_BLEND);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  glEnable(GL_SCISSOR_TEST);
  scissorTo(frame.region);
  glClearColor(background.r, background.g, background.b, 0.0f);
  glClearDepth(1.0);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  if (plan.opaque.empty()) return;

  meshes.bind();
  CullSwitch cull;
  const Variant* current = nullptr;
  for (const DrawItem& item : plan.opaque) {
    const Variant* wanted = item.fibrous ? &fibrous_ : &plain_;
    if (wanted != current) {  // the plan sorts by variant: at most two switches a frame
      current = wanted;
      glUseProgram(current->program.get());
      current->frame.set(frame);
    }
    const StructureRange& range = meshes.ranges()[item.structure];
    current->surface.set(materialFor(atlas.structures[item.structure].tissue), tintFor(item.emphasis),
                         range.bounds.center());
    current->surface.setOverlay(item.overlay);
    glUniform1f(current->code, structureCode(item.structure));
    cull.set(range.cullBackFaces);
    meshes.draw(item.structure, item.lod);
  }
  glDisable(GL_CULL_FACE);
}

}  // namespace myo::render
