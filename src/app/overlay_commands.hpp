#pragma once
// The chart's commands, added to a session's vocabulary (DESIGN.md: one vocabulary for keys, buttons, lessons,
// scripts and tests):
//   show trp <trp-id...>       a TrP's marker and referral zones (essential solid, spillover stippled)
//   show trps <muscle|region...>  every TrP of a muscle (`trapezius.r`) or lying in a body region (`neck`)
//   show zone <zone-id...>     a TrP's referral zones without its marker, a technique or a caution zone
//   show zones <group...>      a modality's technique zones (`deep_tissue`), technique, caution, pregnancy, all
//   hide trp|trps|zone|zones ...  the same ids, or `all`
//   pain <region-id...> | none  mark painful regions (the client's body chart)
//   palette <chart|colourblind>  the overlay colours
// `show` and `hide` keep their structure meaning for every other first word.
#include "app/overlay_book.hpp"
#include "commands/command_registry.hpp"
#include "commands/scene.hpp"

namespace myo::app {

void registerOverlayCommands(CommandRegistry& registry, Scene& scene, OverlayBook& book);

}  // namespace myo::app
