// yjs-index: indexes articles (plain text or JSON Lines) into a Xapian database.
// The only place in the indexer that parses argv, prints and picks exit codes.
#include <unicode/uversion.h>
#include <xapian.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <optional>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

#include "common/default_db.h"
#include "common/errors.h"
#include "common/extract/extract.h"
#include "indexer/article_reader.h"
#include "indexer/explain.h"
#include "indexer/indexer.h"

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

struct Arguments {
  std::string db;
  std::vector<std::string> inputs;
  yjs::IndexerOptions options;
  bool explain = false;
  bool json = false;
};

// One file to read, with the id and display path its articles get.
struct InputFile {
  fs::path path;
  std::string id;
};

void report(const std::string& message) { std::cerr << message << '\n'; }

// Calls `use` with every article in one file. Bad input is reported on stderr and
// counted in `failures`, never thrown, so one bad article never stops a run.
template <typename Use>
void for_each_article(const InputFile& input, std::size_t& failures, Use&& use) {
  const std::string display = input.path.generic_string();
  auto fail = [&failures](const yjs::InputError& e) {
    report(e.what());
    ++failures;
  };
  try {
    const std::string content = yjs::read_file(input.path);
    if (yjs::format_of(input.path) == yjs::InputFormat::kText) {
      use(yjs::parse_text_article(content, input.id, display));
      return;
    }
    std::size_t line_number = 0;
    for (std::size_t pos = 0; pos < content.size();) {
      const std::size_t eol = std::min(content.find('\n', pos), content.size());
      const std::string_view line = std::string_view(content).substr(pos, eol - pos);
      pos = eol + 1;
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      try {
        use(yjs::parse_jsonl_line(line, display, line_number));
      } catch (const yjs::InputError& e) {
        fail(e);
      }
    }
  } catch (const yjs::InputError& e) {
    fail(e);
  }
}

bool is_indexable_in_directory(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".txt" || ext == ".jsonl" || ext == ".TXT" || ext == ".JSONL";
}

// Expands the command-line inputs into files, in a stable (sorted) order. Directories are
// walked recursively and contribute their .txt and .jsonl files, identified by their path
// relative to the directory; a file named directly is identified by its file name.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& inputs, std::size_t& failures) {
  std::vector<InputFile> files;
  for (const std::string& input : inputs) {
    const fs::path root(input);
    std::error_code ec;
    const fs::file_status status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      report(input + ": error: no such file or directory");
      ++failures;
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back({root, root.filename().generic_string()});
      continue;
    }
    std::vector<InputFile> found;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_regular_file(type_ec) && is_indexable_in_directory(it->path())) {
        found.push_back({it->path(), it->path().lexically_relative(root).generic_string()});
      }
    }
    if (ec) {
      report(input + ": error: cannot read directory: " + ec.message());
      ++failures;
    }
    std::sort(found.begin(), found.end(),
              [](const InputFile& a, const InputFile& b) { return a.id < b.id; });
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Returns nullopt after printing help or version (exit 0). Throws po::error or
// yjs::UsageError for bad usage.
std::optional<Arguments> parse_arguments(int argc, char** argv) {
  Arguments args;
  po::options_description visible(
      "Usage: yjs-index [--db DIR] [options] PATH...\n"
      "       yjs-index --explain [--json] PATH...\n"
      "Index articles into a Xapian database. PATH is a .txt article (first non-empty\n"
      "line is the title), a .jsonl file (one JSON article a line), or a directory\n"
      "searched recursively for both.\n\nOptions");
  visible.add_options()
      ("help,h", "show this help and exit")
      ("version", "show version information and exit")
      ("db,d", po::value(&args.db)->default_value(yjs::default_database_path()),
       "database directory (created if missing; default from $YJS_DB, else the XDG data dir)")
      ("language,l", po::value(&args.options.language)->default_value("english"),
       "Snowball stemming language, or 'none'")
      ("batch", po::value(&args.options.batch_size)->default_value(1000),
       "commit every N changed documents")
      ("explain", po::bool_switch(&args.explain),
       "print each article's facets and the sentences they came from; no database is touched")
      ("json", po::bool_switch(&args.json), "with --explain: one JSON object per article");
  po::options_description hidden;
  hidden.add_options()("input", po::value(&args.inputs));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << visible << "\nExit status: 0 all inputs indexed or skipped as unchanged, "
                 "1 some input failed or the database could not be written, 2 usage error.\n";
    return std::nullopt;
  }
  if (vm.count("version")) {
    std::cout << "yjs-index " << YJS_VERSION << " (Xapian " << Xapian::version_string()
              << ", ICU " << U_ICU_VERSION << ")\n";
    return std::nullopt;
  }
  po::notify(vm);
  if (args.inputs.empty()) throw yjs::UsageError("no PATH to index");
  if (args.options.batch_size == 0) throw yjs::UsageError("--batch must be at least 1");
  try {
    Xapian::Stem check(args.options.language);
  } catch (const Xapian::InvalidArgumentError&) {
    throw yjs::UsageError("unknown --language '" + args.options.language +
                          "'; available: none " + Xapian::Stem::get_available_languages());
  }
  return args;
}

// --explain: facets and their evidence for each article, on stdout.
int explain(const Arguments& args) {
  std::size_t failures = 0;
  for (const InputFile& file : collect_inputs(args.inputs, failures)) {
    for_each_article(file, failures, [&](const yjs::Article& article) {
      try {
        const yjs::Facets facets = yjs::extract::extract_facets(article);
        std::cout << (args.json ? yjs::explain_json(article, facets)
                                : yjs::explain_text(article, facets) + "\n");
      } catch (const yjs::InputError& e) {
        report(e.what());
        ++failures;
      }
    });
  }
  return failures ? kExitFailure : kExitOk;
}

int run(int argc, char** argv) {
  const auto args = parse_arguments(argc, argv);
  if (!args) return kExitOk;
  if (args->explain) return explain(*args);
  const auto start = std::chrono::steady_clock::now();

  // Xapian creates the database directory but not its parents (~/.local/share/yjsearch).
  if (const fs::path parent = fs::path(args->db).parent_path(); !parent.empty()) {
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) throw yjs::Error("cannot create '" + parent.string() + "': " + ec.message());
  }
  yjs::Indexer indexer(args->db, args->options);
  std::size_t failures = 0;
  for (const InputFile& file : collect_inputs(args->inputs, failures)) {
    for_each_article(file, failures, [&](const yjs::Article& article) {
      try {
        indexer.add(article);
      } catch (const yjs::InputError& e) {
        report(e.what());
        ++failures;
      }
    });
  }
  indexer.commit();

  const auto& stats = indexer.stats();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "yjs-index: " << stats.added << " added, " << stats.replaced << " replaced, "
            << stats.skipped << " skipped (unchanged), " << failures << " failed in "
            << std::fixed << std::setprecision(2) << seconds << " s; " << indexer.doc_count()
            << " documents in " << args->db << '\n';
  return failures ? kExitFailure : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const po::error& e) {
    std::cerr << "yjs-index: error: " << e.what() << "\nTry 'yjs-index --help'\n";
    return kExitUsage;
  } catch (const yjs::UsageError& e) {
    std::cerr << "yjs-index: error: " << e.what() << "\nTry 'yjs-index --help'\n";
    return kExitUsage;
  } catch (const Xapian::DatabaseLockError& e) {
    std::cerr << "yjs-index: error: database is locked by another indexer: " << e.get_msg() << '\n';
    return kExitFailure;
  } catch (const Xapian::Error& e) {
    std::cerr << "yjs-index: error: " << e.get_description() << '\n';
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "yjs-index: error: " << e.what() << '\n';
    return kExitFailure;
  }
}
