#include "indexer/input_files.h"

#include <algorithm>
#include <system_error>
#include <utility>

#include "indexer/article_reader.h"
#include "indexer/identity.h"

namespace fs = std::filesystem;

namespace yjs {
namespace {

using Report = std::function<void(const std::string&)>;

// Adds `path` (whose real path is `real`) unless this run has it already.
void add_file(Inputs& inputs, const fs::path& path, const fs::path& real, const fs::path& root) {
  std::string id = file_id(root, real);
  if (inputs.seen.insert(id).second) inputs.files.push_back({path, std::move(id)});
}

// Walks one folder for its .txt and .jsonl files, in id order. Symbolic links to folders
// are not followed (so loops cannot hang a run); a link to a file counts as that file.
void collect_directory(const std::string& input, const fs::path& root, Inputs& inputs,
                       const Report& report) {
  const fs::path top(input);
  const fs::path real_top = real_path(top);
  std::vector<std::pair<fs::path, fs::path>> found;  // as spelled, real
  std::error_code ec;
  fs::recursive_directory_iterator it(top, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    const bool link = it->is_symlink(type_ec);
    if (link && !fs::exists(it->path(), type_ec)) {
      report(it->path().generic_string() + ": warning: skipped: dangling symbolic link");
      continue;
    }
    if (it->is_regular_file(type_ec) && is_article_file(it->path())) {
      found.emplace_back(
          it->path(), link ? real_path(it->path()) : real_top / it->path().lexically_relative(top));
    }
  }
  if (ec) {
    report(input + ": error: cannot read directory: " + ec.message());
    ++inputs.failures;
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  for (const auto& [path, real] : found) add_file(inputs, path, real, root);
}

}  // namespace

Inputs collect_inputs(const std::vector<std::string>& paths, const fs::path& root, bool prune,
                      const Report& report) {
  Inputs inputs;
  for (const std::string& input : paths) {
    inputs.scopes.push_back(real_path(input));
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      if (prune) {
        report(input + ": warning: no such file or directory; pruning what was indexed from it");
      } else {
        report(input + ": error: no such file or directory");
        ++inputs.failures;
      }
    } else if (fs::is_directory(status)) {
      collect_directory(input, root, inputs, report);
    } else {
      add_file(inputs, input, real_path(input), root);
    }
  }
  return inputs;
}

}  // namespace yjs
