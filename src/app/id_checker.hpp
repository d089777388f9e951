#pragma once
// The ids a lesson names, checked against what the session knows: structures against the atlas, trigger
// points and body regions against the trigger-point catalog, zones against the referral zones (a TrP id) and
// the technique and caution zones. One checker for `myoscope lint` and the lesson player, so both say the same.
#include "app/session.hpp"
#include "lesson/id_kind.hpp"

namespace myo::app {

// Structures are checked only when an atlas is loaded; the rest when the catalogs load (their load error is
// reported once through the message of the first id checked).
lesson::IdChecker sessionIdChecker(Session& session);

}  // namespace myo::app
