#include "commands/chart_usage.hpp"

namespace myo::chart_usage {

void declareChartCommands(CommandRegistry& registry) {
  const auto appOnly = [](const CommandArgs&) -> Status {
    return Error{"", "the chart commands run in the app (they need the trigger-point catalog and the zones)"};
  };
  registry.add({"show", kShow, kShowSummary, 1, -1, appOnly});
  registry.add({"hide", kHide, kHideSummary, 1, -1, appOnly});
  registry.add({"pain", kPain, kPainSummary, 1, -1, appOnly});
  registry.add({"palette", kPalette, kPaletteSummary, 1, 1, appOnly});
}

}  // namespace myo::chart_usage
