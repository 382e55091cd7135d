// The yjsearch error hierarchy: what library code throws for expected failures.
// Xapian::Error and std::bad_alloc propagate unchanged; main.cc maps all to exit codes.
#pragma once

#include <stdexcept>
#include <string>

namespace yjs {

// Base of every error yjsearch raises itself.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A bad input article. what() reads "path:line: error: message" (line omitted when 0),
// the scriptindex convention that editors and CI logs can jump to.
class InputError : public Error {
 public:
  InputError(const std::string& path, std::size_t line, const std::string& message)
      : Error(located(path, line, message)), path_(path), line_(line) {}
  const std::string& path() const { return path_; }
  std::size_t line() const { return line_; }

 private:
  static std::string located(const std::string& path, std::size_t line,
                             const std::string& message) {
    std::string text = path;
    if (line) text.append(":").append(std::to_string(line));
    text.append(": error: ").append(message);
    return text;
  }

  std::string path_;
  std::size_t line_;
};

// A query the query parser rejected; what() names the problem and the query.
class QueryError : public Error {
 public:
  using Error::Error;
};

// A bad command-line argument or option value (exit status 2).
class UsageError : public Error {
 public:
  using Error::Error;
};

}  // namespace yjs
