#include "app/overlay_commands.hpp"

#include <optional>

#include "commands/chart_usage.hpp"
#include "core/log.hpp"
#include "core/strings.hpp"

namespace myo::app {
namespace {

using Handler = CommandHandler;

// Every sided TrP the ids name; `trps` also takes muscles and regions.
Result<std::vector<SidedTrp>> collect(OverlayBook& book, const CommandArgs& args, size_t from, bool ofMuscle) {
  std::vector<SidedTrp> out;
  if (from >= args.size()) return Error{"", "expected one or more trigger point ids after '" + args[0] + "'"};
  for (size_t i = from; i < args.size(); ++i) {
    auto found = ofMuscle ? book.trpsOf(args[i]) : book.resolveTrp(args[i]);
    if (!found) return found.error();
    out.insert(out.end(), found->begin(), found->end());
  }
  return out;
}

// The zones `zone` ids or `zones` groups name, merged.
Result<ZoneSelection> collectZones(OverlayBook& book, const CommandArgs& args, bool groups) {
  if (args.size() < 2) return Error{"", "expected one or more zone ids after '" + args[0] + "'"};
  ZoneSelection out;
  for (size_t i = 1; i < args.size(); ++i) {
    auto found = groups ? book.zoneGroup(args[i]) : book.resolveZone(args[i]);
    if (!found) return found.error();
    out.referral.insert(out.referral.end(), found->referral.begin(), found->referral.end());
    out.zones.insert(out.zones.end(), found->zones.begin(), found->zones.end());
  }
  return out;
}

bool isAll(const CommandArgs& a) { return a.size() == 2 && a[1] == "all"; }

// `show` / `hide` of TrPs (`trp`, `trps`) and zones (`zone`, `zones`); nothing when the first word is none of
// those (the words name structures).
std::optional<Status> changeChart(OverlayBook& book, const CommandArgs& a, bool show) {
  const std::string& what = a[0];
  const bool zones = what == "zone" || what == "zones";
  if (!zones && what != "trp" && what != "trps") return std::nullopt;
  if (!show && isAll(a)) {
    if (zones)
      book.hideAllZones();
    else
      book.hideAllTrps();
    return Status{};
  }
  if (zones) {
    auto found = collectZones(book, a, what == "zones");
    if (!found) return Status(found.error());
    if (show)
      book.showZones(*found);
    else
      book.hideZones(*found);
  } else {
    auto found = collect(book, a, 1, what == "trps");
    if (!found) return Status(found.error());
    if (show)
      book.showTrps(*found);
    else
      book.hideTrps(*found);
  }
  return Status{};
}

}  // namespace

void registerOverlayCommands(CommandRegistry& registry, Scene& scene, OverlayBook& book) {
  const CommandSpec* show = registry.find("show");
  const CommandSpec* hide = registry.find("hide");
  const Handler showStructures = show ? show->handler : Handler{};
  const Handler hideStructures = hide ? hide->handler : Handler{};
  const auto rebuild = [&scene, &book] { book.rebuild(scene.view.overlays); };

  registry.add({"show", chart_usage::kShow, chart_usage::kShowSummary, 1, -1,
                [&book, showStructures, rebuild](const CommandArgs& a) -> Status {
                  if (auto changed = changeChart(book, a, true)) {
                    if (changed->ok()) rebuild();
                    return *changed;
                  }
                  if (!showStructures) return Error{"", "no structures to show"};
                  return showStructures(a);
                }});
  registry.add({"hide", chart_usage::kHide, chart_usage::kHideSummary, 1, -1,
                [&book, hideStructures, rebuild](const CommandArgs& a) -> Status {
                  if (auto changed = changeChart(book, a, false)) {
                    if (changed->ok()) rebuild();
                    return *changed;
                  }
                  if (!hideStructures) return Error{"", "no structures to hide"};
                  return hideStructures(a);
                }});
  registry.add({"pain", chart_usage::kPain, chart_usage::kPainSummary, 1, -1,
                [&scene, &book, rebuild](const CommandArgs& a) -> Status {
                  if (a.size() == 1 && a[0] == "none") {
                    book.clearPaint();
                  } else if (a[0] == "at") {
                    const auto x = a.size() == 3 ? parseDouble(a[1]) : std::nullopt;
                    const auto y = a.size() == 3 ? parseDouble(a[2]) : std::nullopt;
                    if (!x || !y) return Error{"", "expected 'pain at <x> <y>' with pixel coordinates"};
                    const auto point = scene.pickPoint(static_cast<float>(*x), static_cast<float>(*y));
                    if (!point) return Error{"", "nothing under that pixel; expected a click on the body"};
                    if (Status painted = book.paintAt(*point); !painted) return painted;
                  } else if (Status painted = book.paint(a); !painted) {
                    return painted;
                  }
                  if (!book.painted().empty()) {
                    std::string marked;
                    for (const auto& ref : book.painted()) marked += (marked.empty() ? "" : ", ") + ref.text();
                    log::info("pain marked: " + marked);
                  }
                  rebuild();
                  return {};
                }});
  registry.add(
      {"palette", chart_usage::kPalette, chart_usage::kPaletteSummary, 1, 1, [&scene](const CommandArgs& a) -> Status {
         if (a[0] != "chart" && a[0] != "colourblind")
           return Error{"", "expected chart or colourblind, got '" + a[0] + "'"};
         scene.view.overlays.colourBlind = a[0] == "colourblind";
         ++scene.view.overlays.revision;
         return {};
       }});
}

}  // namespace myo::app
