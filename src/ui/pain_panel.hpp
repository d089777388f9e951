#pragma once
// The pain finder in the window (DESIGN.md, Client mode): mark where it hurts by clicking the body (each
// click marks the body regions under it), see the trigger points whose referral covers the marked regions,
// best first, and pick one to see its X and pattern drawn. Acts only through commands (`pain at`, `pain
// none`, `show trp`, `hide trp all`); the app ranks the candidates (trigger/pain_finder.hpp) and passes rows.
#include <optional>
#include <string>
#include <vector>

#include "commands/command_registry.hpp"
#include "ui/ui_state.hpp"

namespace myo::ui {

struct PainCandidateRow {
  std::string trp;     // sided TrP id, `trapezius.trp1.r`
  std::string name;    // "Right trapezius TrP1 ..."
  std::string muscle;  // sided muscle id
  std::string zone;    // "essential" or "spillover"
  double score = 0.0;
  bool shown = false;  // its marker and pattern are drawn now
};

// The TrP whose pattern is drawn: what a client reads about it.
struct PainTrpDetail {
  std::string name;
  std::string pattern;
  std::string symptoms;
  std::string selfCareBall;     // ball or hand pressure at home
  std::string selfCareStretch;  // a stretch
  std::string cautions;
  std::string source;
};

struct PainPanelInput {
  std::vector<std::string> painted;  // sided region ids, in marking order
  std::vector<std::string> paintedNames;
  std::vector<PainCandidateRow> candidates;  // best first
  std::vector<std::string> localMuscles;     // muscles under the marked regions (local pain)
  std::string rankingRule;
  std::optional<PainTrpDetail> shown;  // the candidate drawn now
};

// `client`: the client screen's layout (the panel fills the left side, views and clearing at hand); else a
// panel in Explore mode's right column.
void drawPainPanel(const PainPanelInput& input, const CommandRegistry& registry, UiState& ui, bool client = false);

}  // namespace myo::ui
