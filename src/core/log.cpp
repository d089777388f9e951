#include "core/log.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>

namespace myo::log {
namespace {
std::atomic<Level> gLevel{Level::Info};
std::mutex gMutex;  // loaders log from worker threads; keep lines whole

void write(Level at, const char* tag, std::string_view message) {
  if (at < gLevel.load()) return;
  const std::lock_guard lock(gMutex);
  std::fprintf(stderr, "myoscope: %s%.*s\n", tag, static_cast<int>(message.size()), message.data());
}
}  // namespace

void setLevel(Level value) { gLevel = value; }
Level level() { return gLevel; }
void debug(std::string_view message) { write(Level::Debug, "debug: ", message); }
void info(std::string_view message) { write(Level::Info, "", message); }
void warning(std::string_view message) { write(Level::Warning, "warning: ", message); }
void error(std::string_view message) { write(Level::Error, "error: ", message); }

}  // namespace myo::log
