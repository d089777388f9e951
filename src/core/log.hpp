#pragma once
// Minimal leveled logging to stderr. Tests raise the level to keep output quiet.
#include <string_view>

namespace myo::log {

enum class Level { Debug, Info, Warning, Error, Silent };

void setLevel(Level level);
Level level();

void debug(std::string_view message);
void info(std::string_view message);
void warning(std::string_view message);
void error(std::string_view message);

}  // namespace myo::log
