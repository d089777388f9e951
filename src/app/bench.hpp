#pragma once
// `myoscope bench [--json]`: load time (first and cached), time to first frame, frame times at
// 1280x720 with everything visible, picking latency and peak memory, on this machine's GL.
#include "app/session.hpp"

namespace myo::app {

int runBench(const AtlasSource& atlas, bool json, int frames);

}  // namespace myo::app
