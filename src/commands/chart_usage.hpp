#pragma once
// The chart commands' usage (show/hide of TrPs and zones, pain marks, palette): their handlers live in the app
// (app/overlay_commands.cpp, which knows the trigger-point catalog and the zones), but lessons are checked
// against their usage by the lesson library and its tests too, which have no app. One text for both, so a
// lesson checks as the app runs it.
#include "commands/command_registry.hpp"

namespace myo::chart_usage {

inline constexpr const char* kShow =
    "<all | id...> | trp <trp-id...> | trps <name...> | zone <zone-id...> | zones <name...>";
inline constexpr const char* kShowSummary =
    "show structures; TrPs with their referral; all TrPs of a muscle or region; zones (a TrP's referral, a "
    "technique or caution zone); groups of zones (a modality, technique, caution, pregnancy, all)";
inline constexpr const char* kHide =
    "<id...> | trp <trp-id... | all> | trps <name...> | zone <zone-id... | all> | zones <name...>";
inline constexpr const char* kHideSummary = "hide structures, TrPs, zones or groups of zones";
inline constexpr const char* kPain = "<region-id...> | at <x> <y> | none";
inline constexpr const char* kPainSummary =
    "mark painful body regions (the client's chart): by id, or the regions under a pixel; none clears";
inline constexpr const char* kPalette = "<chart|colourblind>";
inline constexpr const char* kPaletteSummary = "overlay colours: the chart reds or a colour-blind-safe set";

// Declares the four commands with these usages and handlers that only say the app runs them: for checking
// lessons where there is no app (the lesson library's tests). The app registers the real ones.
void declareChartCommands(CommandRegistry& registry);

}  // namespace myo::chart_usage
