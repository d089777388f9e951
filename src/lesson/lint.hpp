#pragma once
// `myoscope lint FILE...`: every problem of every file as `file:line:col: error: message`, one a line,
// in file order; nothing for clean files.
#include <ostream>
#include <string>
#include <vector>

#include "lesson/validator.hpp"

namespace myo::lesson {

// 0 when no file has an error (warnings are printed but pass), 1 otherwise; 1 as well for no files.
int lintFiles(const std::vector<std::string>& paths, const Validator& validator, std::ostream& out);

}  // namespace myo::lesson
