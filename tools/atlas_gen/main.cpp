// myoscope_atlas_gen SPEC_DIR -o OUT.pack: builds the built-in atlas from its source spec.
// --compare DIR prints how close each bone is to the real BodyParts3D bones in DIR.
#include <chrono>
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "atlas/facts_book.hpp"
#include "atlas/import/atlas_pack.hpp"
#include "atlas/landmarks/landmarks.hpp"
#include "atlas_gen/compare.hpp"
#include "atlas_gen/generate.hpp"
#include "atlas_gen/muscle_fidelity.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Generates the Myoscope built-in atlas from its source spec"};
  std::string specDir, output, landmarksPath = std::string(MYOSCOPE_SOURCE_DIR) + "/assets/atlas/landmarks.yaml";
  std::string compareDir, mergePack, factsDir = std::string(MYOSCOPE_SOURCE_DIR) + "/assets/atlas/facts";
  std::vector<std::string> only;
  unsigned threads = 0;
  bool contacts = false;
  app.add_option("spec", specDir, "spec folder (assets/atlas/spec)")->required();
  app.add_option("-o,--output", output, "atlas pack to write");
  app.add_option("--landmarks", landmarksPath, "landmarks.yaml");
  app.add_option("--facts", factsDir, "muscle facts folder (assets/atlas/facts)");
  app.add_option("--compare", compareDir, "BodyParts3D folder (with index.tsv) to measure fidelity against");
  app.add_option("--threads", threads, "meshing threads (0: all cores)");
  app.add_option("--only", only, "mesh only structures whose id or spec file contains one of these (authoring)")
      ->delimiter(',');
  app.add_flag("--contacts", contacts, "print each muscle's attachment distances and bone penetration");
  app.add_option("--merge", mergePack, "add the structures of this pack that the spec did not make (authoring)");
  CLI11_PARSE(app, argc, argv);

  const auto start = std::chrono::steady_clock::now();
  auto landmarks = myo::landmarks::LandmarkSet::load(landmarksPath);
  if (!landmarks) return std::fprintf(stderr, "%s\n", landmarks.error().text().c_str()), 1;
  auto spec = myo::atlas_gen::loadSpec(specDir, *landmarks, only);
  if (!spec) return std::fprintf(stderr, "%s\n", spec.error().text().c_str()), 1;
  myo::atlas_gen::GenerateOptions options;
  options.threads = threads;
  options.only = only;
  auto facts = myo::atlas::FactsBook::loadDir(factsDir);
  if (!facts) return std::fprintf(stderr, "%s\n", facts.error().text().c_str()), 1;
  myo::atlas::Atlas atlas = myo::atlas_gen::generateAtlas(*spec, options);
  facts->applyTo(atlas);
  if (!mergePack.empty()) {
    auto extra = myo::atlas::loadAtlasPack(mergePack);
    if (!extra) return std::fprintf(stderr, "%s\n", extra.error().text().c_str()), 1;
    for (auto& s : extra->structures)
      if (!atlas.find(s.id)) atlas.structures.push_back(std::move(s));
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu structures, %zu triangles, %.2f s\n", atlas.structures.size(), atlas.triangleCount(), seconds);

  if (!output.empty()) {
    if (auto status = myo::atlas::saveAtlasPack(atlas, output); !status)
      return std::fprintf(stderr, "%s\n", status.error().text().c_str()), 1;
  }
  if (!compareDir.empty()) {
    auto rows = myo::atlas_gen::compareWithReal(*spec, atlas, compareDir);
    if (!rows) return std::fprintf(stderr, "%s\n", rows.error().text().c_str()), 1;
    std::printf("%s", myo::atlas_gen::fidelityTable(*rows).c_str());
    auto muscles = myo::atlas_gen::compareMusclesWithReal(*spec, atlas, compareDir);
    if (!muscles) return std::fprintf(stderr, "%s\n", muscles.error().text().c_str()), 1;
    std::printf("\n%s", myo::atlas_gen::muscleFidelityTable(*muscles).c_str());
  }
  if (contacts)
    std::printf("\n%s", myo::atlas_gen::muscleContactTable(myo::atlas_gen::muscleContacts(*spec, atlas)).c_str());
  return 0;
}
