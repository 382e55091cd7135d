#include "corpus/generator/generator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "common/extract/gazetteer.h"

namespace yjs::corpus {
namespace {

// The most frequent words: function words and the language of inspection reports.
constexpr std::array<std::string_view, 120> kCommonWords = {"the",
                                                            "of",
                                                            "and",
                                                            "to",
                                                            "a",
                                                            "in",
                                                            "for",
                                                            "was",
                                                            "that",
                                                            "with",
                                                            "children",
                                                            "service",
                                                            "is",
                                                            "on",
                                                            "were",
                                                            "work",
                                                            "by",
                                                            "inspectors",
                                                            "young",
                                                            "people",
                                                            "had",
                                                            "their",
                                                            "staff",
                                                            "be",
                                                            "as",
                                                            "not",
                                                            "risk",
                                                            "at",
                                                            "from",
                                                            "this",
                                                            "it",
                                                            "have",
                                                            "are",
                                                            "board",
                                                            "management",
                                                            "cases",
                                                            "support",
                                                            "child",
                                                            "justice",
                                                            "youth",
                                                            "safety",
                                                            "harm",
                                                            "which",
                                                            "partners",
                                                            "they",
                                                            "an",
                                                            "or",
                                                            "more",
                                                            "needs",
                                                            "plans",
                                                            "practice",
                                                            "leaders",
                                                            "quality",
                                                            "court",
                                                            "education",
                                                            "health",
                                                            "assessment",
                                                            "planning",
                                                            "delivery",
                                                            "victims",
                                                            "wellbeing",
                                                            "families",
                                                            "parents",
                                                            "carers",
                                                            "police",
                                                            "council",
                                                            "services",
                                                            "team",
                                                            "managers",
                                                            "practitioners",
                                                            "oversight",
                                                            "review",
                                                            "reviews",
                                                            "improvement",
                                                            "improve",
                                                            "found",
                                                            "report",
                                                            "inspection",
                                                            "recommendations",
                                                            "local",
                                                            "authority",
                                                            "social",
                                                            "care",
                                                            "exploitation",
                                                            "resettlement",
                                                            "custody",
                                                            "training",
                                                            "employment",
                                                            "disposals",
                                                            "interventions",
                                                            "mental",
                                                            "therapist",
                                                            "specialist",
                                                            "restorative",
                                                            "community",
                                                            "reoffending",
                                                            "offending",
                                                            "safeguarding",
                                                            "strategic",
                                                            "operational",
                                                            "workload",
                                                            "caseloads",
                                                            "relationships",
                                                            "outcomes",
                                                            "trauma",
                                                            "diversity",
                                                            "disproportionality",
                                                            "governance",
                                                            "partnership",
                                                            "resources",
                                                            "funding",
                                                            "speech",
                                                            "language",
                                                            "needs",
                                                            "communication",
                                                            "attendance",
                                                            "schools",
                                                            "exclusion",
                                                            "housing",
                                                            "accommodation"};

constexpr std::array<std::string_view, 12> kPhrases = {"speech and language",
                                                       "out-of-court disposals",
                                                       "education, training and employment",
                                                       "child criminal exploitation",
                                                       "CAMHS",
                                                       "SEND",
                                                       "restorative justice",
                                                       "the management board",
                                                       "risk of harm",
                                                       "court disposals",
                                                       "trauma-informed practice",
                                                       "serious youth violence"};

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 5> kServiceNames = {
    "Youth Justice Service", "Youth Offending Team", "Youth Offending Service", "YOT", "YJS"};
constexpr std::array<std::string_view, 8> kFirstNames = {"Sarah", "David",  "Amira", "Tom",
                                                         "Priya", "Gareth", "Helen", "Kwame"};
constexpr std::array<std::string_view, 8> kLastNames = {"Patel", "Hughes", "Okafor", "Walsh",
                                                        "Evans", "Khan",   "Morgan", "Doyle"};
constexpr std::array<std::string_view, 4> kRatings = {"Outstanding", "Good", "Requires improvement",
                                                      "Inadequate"};

std::string chief_inspector_for(int year) {
  if (year <= 2010) return "Andrew Bridges";
  if (year <= 2013) return "Liz Calderbank";
  if (year <= 2015) return "Paul McDowell";
  if (year <= 2018) return "Glenys Stacey";
  if (year <= 2023) return "Justin Russell";
  return "Martin Jones";
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

Generator::Generator(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 1) {
  for (std::string_view w : kCommonWords) vocabulary_.emplace_back(w);
  // The long tail: pronounceable made-up words, so the vocabulary grows like real text.
  constexpr std::array<std::string_view, 16> kSyllables = {"ra", "ven", "to",  "li", "mar", "sel",
                                                           "do", "ket", "bri", "an", "cho", "ple",
                                                           "fi", "gor", "um",  "ta"};
  for (std::size_t i = 0; vocabulary_.size() < 30000; ++i) {
    std::string word;
    for (std::size_t n = i + 1; n; n /= kSyllables.size())
      word += kSyllables[n % kSyllables.size()];
    vocabulary_.push_back(word + "s");
  }
  // Zipf with exponent 1: the word of rank r has weight 1/r.
  double total = 0;
  for (std::size_t r = 1; r <= vocabulary_.size(); ++r) {
    total += 1.0 / static_cast<double>(r);
    cumulative_.push_back(total);
  }
  for (double& c : cumulative_) c /= total;
  const extract::Gazetteer& gazetteer = extract::Gazetteer::builtin();
  for (std::size_t i = 0; i < gazetteer.size(); ++i) areas_.push_back(gazetteer.name(i));
}

std::uint64_t Generator::random() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::size_t Generator::below(std::size_t n) { return static_cast<std::size_t>(random() % n); }

const std::string& Generator::zipf_word() {
  const double u = static_cast<double>(random() >> 11) / 9007199254740992.0;  // [0, 1)
  const auto it = std::lower_bound(cumulative_.begin(), cumulative_.end(), u);
  return vocabulary_[std::min<std::size_t>(it - cumulative_.begin(), vocabulary_.size() - 1)];
}

std::string Generator::sentence(std::size_t words) {
  std::string out;
  for (std::size_t i = 0; i < words; ++i) {
    if (i) out += ' ';
    if (below(12) == 0) {
      out += kPhrases[below(kPhrases.size())];
    } else {
      out += zipf_word();
    }
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out + ".";
}

std::string Generator::paragraph() {
  std::string out;
  const std::size_t sentences = 3 + below(4);
  for (std::size_t i = 0; i < sentences; ++i) out += (i ? " " : "") + sentence(10 + below(14));
  return out + "\n\n";
}

GeneratedArticle Generator::next(std::size_t index) {
  GeneratedArticle article;
  char path[32];
  std::snprintf(path, sizeof path, "%05zu/%07zu.txt", index / 1000, index);
  article.relative_path = path;

  const std::string area = areas_[below(areas_.size())];
  const std::string service = std::string(kServiceNames[below(kServiceNames.size())]);
  const int style =
      static_cast<int>(below(10));  // 0-3 press, 4-5 news, 6-7 council, 8 old, 9 annual
  int year = style == 8 ? 2010 + static_cast<int>(below(4)) : 2018 + static_cast<int>(below(8));
  const std::string chief = chief_inspector_for(year);
  const std::size_t roll = below(100);
  const std::string rating(roll < 12   ? kRatings[0]
                           : roll < 57 ? kRatings[1]
                           : roll < 87 ? kRatings[2]
                                       : kRatings[3]);
  const std::string month(kMonths[below(12)]);
  const std::string day = std::to_string(1 + below(28));
  const std::string councillor = std::string(kFirstNames[below(kFirstNames.size())]) + " " +
                                 std::string(kLastNames[below(kLastNames.size())]);
  std::string& t = article.text;
  GeneratedLabels& labels = article.labels;

  if (style <= 3) {
    t += area + " " + service + " rated ‘" + rating + "’\n\n";
    t += "Published: " + day + " " + month + " " + std::to_string(year) + "\n\n";
    t += area + " " + service + " has received an overall rating of ‘" + rating +
         "’ following an inspection by HM Inspectorate of Probation.\n\n";
    t += "Chief Inspector of Probation, " + chief + ", said: “" + sentence(18) + "”\n\n";
    for (int p = 0; p < 5; ++p) t += paragraph();
    t += "ENDS\n\nNotes to editors\n\n1. The Inspectorate uses a four-point scale: ‘Outstanding’, "
         "‘Good’, ‘Requires improvement’ and ‘Inadequate’.\n2. Fieldwork for this inspection "
         "took place in " +
         std::string(kMonths[below(12)]) + " " + std::to_string(year - 1) + ".\n";
    labels = {area, std::to_string(year), rating, chief};
  } else if (style <= 5) {
    t += area + " youth justice service rated " + lower(rating) +
         " by inspectors\n\n- Published\n\n";
    t += "Inspectors have rated " + area + " " + service + " as '" + lower(rating) + "'.\n\n";
    for (int p = 0; p < 3; ++p) t += paragraph();
    t += "\"" + sentence(16) + "\" said " + chief + ", the chief inspector of probation.\n\n";
    t += "Councillor " + councillor +
         ", cabinet member for children, said the council would act "
         "on the findings.\n\n";
    for (int p = 0; p < 2; ++p) t += paragraph();
    t += "Related topics\n- Published" + std::to_string(1 + below(28)) + " " +
         std::string(kMonths[below(12)]) + " " + std::to_string(2015 + below(10)) + "\n";
    labels = {area, "", rating, chief};
  } else if (style <= 7) {
    t += "Statement on the inspection of our youth justice service\n\n";
    t += std::string(kWeekdays[below(7)]) + ", " + day + " " + month + " " + std::to_string(year) +
         "\n\n";
    t += area + " Council welcomes the report of HM Inspectorate of Probation, which judged the " +
         area + " " + service + " to be " + lower(rating) + " overall.\n\n";
    t += "Councillor " + councillor + " said: \"" + sentence(14) + "\"\n\n";
    for (int p = 0; p < 5; ++p) t += paragraph();
    labels = {area, std::to_string(year), rating, ""};
  } else if (style == 8) {
    t += "Core case inspection of youth offending work in " + area + "\n\n";
    t += "Published: " + month + " " + std::to_string(year) + "\n\n";
    t += chief + ", HM Chief Inspector of Probation, said the inspection of " + area +
         " Youth Offending Service found safeguarding work done well enough in " +
         std::to_string(50 + below(45)) + "% of cases.\n\n";
    for (int p = 0; p < 5; ++p) t += paragraph();
    labels = {area, std::to_string(year), "", chief};
  } else {
    year = 2019 + static_cast<int>(below(6));
    const std::string annual_chief = chief_inspector_for(year);
    t += "Annual report on youth justice services\n\n";
    t += "Published: " + day + " " + month + " " + std::to_string(year) + "\n\n";
    t += "HM Inspectorate of Probation has published its annual report on youth justice "
         "services. " +
         annual_chief +
         ", HM Chief Inspector of Probation, said services had "
         "worked hard.\n\n";
    for (int p = 0; p < 6; ++p) t += paragraph();
    t += "Among the services inspected, " + area + " " + service + " was rated ‘" + rating + "’.\n";
    labels = {"", std::to_string(year), "", annual_chief};
  }
  return article;
}

}  // namespace yjs::corpus
