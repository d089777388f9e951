#pragma once
// A value or an error, for runtime failures on bad data (Magnum style: return failure, assert only on
// programmer error). std::expected is C++23; this is the small subset we need.
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace myo {

// An error says where it comes from (a function, or file:line:col) and what was expected.
struct Error {
  std::string where;    // "loadMesh(): /path/file.obj" or "lesson.yaml:12:3"
  std::string message;  // what went wrong and what was expected

  std::string text() const { return where.empty() ? message : where + ": " + message; }
};

template <class T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}               // NOLINT(google-explicit-constructor)
  Result(Error error) : data_(std::move(error)) {}           // NOLINT(google-explicit-constructor)

  bool ok() const { return data_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { assert(ok()); return std::get<0>(data_); }
  const T& value() const { assert(ok()); return std::get<0>(data_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { assert(!ok()); return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

// Success, or an error, for operations without a value.
class Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT(google-explicit-constructor)
  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { assert(failed_); return error_; }

 private:
  Error error_;
  bool failed_ = false;
};

}  // namespace myo
