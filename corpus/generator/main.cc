// yjs-corpus: writes a deterministic synthetic corpus for benchmarks and tests.
//   yjs-corpus generate --out DIR -n N [--seed S]
#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "corpus/generator/generator.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
  try {
    std::string command;
    std::string out;
    std::size_t count = 0;
    std::uint64_t seed = 1;
    po::options_description visible(
        "Usage: yjs-corpus generate --out DIR -n N [--seed S]\n"
        "Writes N synthetic articles (about 4 KB each, 1000 a folder) and DIR/labels.tsv with\n"
        "the true facets of each. The same seed always gives the same corpus.\n\nOptions");
    visible.add_options()("help,h", "show this help and exit")(
        "out,o", po::value(&out), "output directory (created; existing articles are overwritten)")(
        "count,n", po::value(&count), "number of articles")(
        "seed", po::value(&seed)->default_value(1), "random seed");
    po::options_description all;
    all.add(visible).add_options()("command", po::value(&command));
    po::positional_options_description positional;
    positional.add("command", 1);
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    if (vm.count("help")) {
      std::cout << visible;
      return 0;
    }
    po::notify(vm);
    if (command != "generate") throw po::error("expected the command 'generate'");
    if (out.empty()) throw po::error("--out is required");
    if (count == 0) throw po::error("-n must be at least 1");

    yjs::corpus::Generator generator(seed);
    fs::create_directories(out);
    std::ofstream labels(fs::path(out) / "labels.tsv");
    labels << "file\tarea\tyear\trating\tchief_inspector\n";
    std::uintmax_t bytes = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const auto article = generator.next(i);
      const fs::path path = fs::path(out) / article.relative_path;
      if (i % 1000 == 0) fs::create_directories(path.parent_path());
      std::ofstream(path, std::ios::binary) << article.text;
      bytes += article.text.size();
      const auto& l = article.labels;
      labels << article.relative_path << '\t' << l.area << '\t' << l.year << '\t' << l.rating
             << '\t' << l.chief_inspector << '\n';
    }
    if (!labels)
      throw std::runtime_error("cannot write " + (fs::path(out) / "labels.tsv").string());
    std::cerr << "yjs-corpus: wrote " << count << " articles (" << bytes / 1000000.0 << " MB) to "
              << out << '\n';
    return 0;
  } catch (const po::error& e) {
    std::cerr << "yjs-corpus: error: " << e.what() << "\nTry 'yjs-corpus --help'\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "yjs-corpus: error: " << e.what() << '\n';
    return 1;
  }
}
