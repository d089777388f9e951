#pragma once
// The kinds of ids a lesson names: in commands (`isolate supraspinatus.r`, `show trp trapezius.trp1.r`), in
// click targets and in marked regions. The app answers which ids exist (the atlas knows); the lesson
// library only asks.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace myo::lesson {

enum class IdKind { Structure, TriggerPoint, Zone, Region };

// "structure", "trigger point", "zone", "region": for messages.
std::string_view idKindName(IdKind kind);

// Returns nothing when `id` names something of that kind (an id without a side names both sides), or a
// message saying what was expected, e.g. "no structure matches 'supraspinatis' (did you mean
// supraspinatus.r?)". Injected so that TrPs, zones and regions can arrive later without changes here.
using IdChecker = std::function<std::optional<std::string>(IdKind kind, std::string_view id)>;

}  // namespace myo::lesson
