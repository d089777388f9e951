#pragma once
// Technique and caution zones in the window: pick a modality (its technique zones appear with moving strokes),
// the caution zones or the pregnancy points; read what the modality is, its benefits, how to prepare and the
// aftercare; and a legend of what is drawn: each technique zone's stroke, pressure, time and order, with a
// warning where it overlaps a caution zone, and each caution zone's what-to-avoid and why. Acts only through
// commands (`show zones`, `hide zone all`); the app passes the rows.
#include <functional>
#include <string>
#include <vector>

#include "commands/command_registry.hpp"
#include "ui/ui_state.hpp"

namespace myo::ui {

struct ModalityText {
  std::string id;  // `deep_tissue`
  std::string name;
  std::string description;
  std::vector<std::string> benefits;
  std::vector<std::string> preparation;
  std::vector<std::string> aftercare;
  std::string sessions;
};

struct TechniqueRow {
  std::string name;
  std::string how;  // "along the fibres, deep, 3-5 minutes a side, step 2"
  std::string purpose;
  std::vector<std::string> cautions;  // "Kidney area: avoid ...": the caution zones it overlaps
};

struct CautionRow {
  std::string name;
  std::string avoid;
  std::string why;
  bool pregnancy = false;
};

struct ContraindicationRow {
  std::string name;
  std::string scope;  // "no massage", "avoid the area", "doctor first"
  std::string guidance;
};

struct ZonesPanelInput {
  std::vector<ModalityText> modalities;
  std::string activeModality;            // the modality whose zones are all shown, or empty
  std::vector<TechniqueRow> techniques;  // shown technique zones (one row per zone, both sides together)
  std::vector<CautionRow> cautions;      // shown caution zones and pregnancy points
  std::vector<ContraindicationRow> contraindications;
  std::string loadError;  // the zone files failed to load: say so instead
};

// `zonesDrawn`: zones are drawn now (the panel opens as their legend when they appear). `rows` is asked for
// the panel's content only while the panel is open, so the zone files load when someone looks, not at start.
void drawZonesPanel(bool zonesDrawn, const std::function<const ZonesPanelInput&()>& rows,
                    const CommandRegistry& registry, UiState& ui);

}  // namespace myo::ui
