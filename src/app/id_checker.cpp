#include "app/id_checker.hpp"

namespace myo::app {

lesson::IdChecker sessionIdChecker(Session& session) {
  return [&session](lesson::IdKind kind, std::string_view id) -> std::optional<std::string> {
    switch (kind) {
      case lesson::IdKind::Structure: {
        if (session.scene.atlas == nullptr) return std::nullopt;
        const auto found = session.scene.resolve(id);
        return found ? std::nullopt : std::optional<std::string>(found.error().message);
      }
      case lesson::IdKind::TriggerPoint: {
        const auto found = session.overlays.resolveTrp(id);
        return found ? std::nullopt : std::optional<std::string>(found.error().message);
      }
      case lesson::IdKind::Zone: {
        const auto found = session.overlays.resolveZone(id);
        return found ? std::nullopt : std::optional<std::string>(found.error().message);
      }
      case lesson::IdKind::Region: {
        if (Status loaded = session.overlays.ensureLoaded(); !loaded) return loaded.error().message;
        const auto found = session.overlays.catalog()->regions().resolve(id);
        return found ? std::nullopt : std::optional<std::string>(found.error().message);
      }
    }
    return std::nullopt;
  };
}

}  // namespace myo::app
