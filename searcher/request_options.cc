#include "searcher/request_options.h"

#include <charconv>
#include <limits>

#include "common/errors.h"
#include "common/facets.h"

namespace yjs {
namespace {

// "2019", "2015..2019", "..2019" or "2015.." -> inclusive bounds.
void parse_years(const std::string& text, SearchRequest& request) {
  auto year = [&text](const std::string& part) -> std::optional<int> {
    if (part.empty()) return std::nullopt;
    if (part.size() != 4 || part.find_first_not_of("0123456789") != std::string::npos) {
      throw UsageError("--year '" + text + "': expected YYYY, YYYY..YYYY, ..YYYY or YYYY..");
    }
    return std::stoi(part);
  };
  const auto dots = text.find("..");
  if (dots == std::string::npos) {
    request.year_from = request.year_to = year(text);
    if (!request.year_from) year("x");  // empty: report it
    return;
  }
  request.year_from = year(text.substr(0, dots));
  request.year_to = year(text.substr(dots + 2));
  if (!request.year_from && !request.year_to) year("x");
  if (request.year_from && request.year_to && *request.year_from > *request.year_to) {
    throw UsageError("--year '" + text + "': the first year is after the second");
  }
}

Rating parse_rating_option(const std::string& option, const std::string& value) {
  const auto rating = parse_rating(value);
  if (!rating) {
    throw UsageError(option + " '" + value +
                     "': expected outstanding, good, requires-improvement or inadequate");
  }
  return *rating;
}

// A count option's value: a whole number from 0 up (`minimum` up, when it is 1).
Xapian::doccount count_option(const std::string& option, const std::string& text,
                              Xapian::doccount minimum = 0) {
  Xapian::doccount value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || stop != end || value < minimum) {
    throw UsageError(option + " '" + text + "': expected a whole number from " +
                     std::to_string(minimum));
  }
  return value;
}

}  // namespace

SearchRequest to_search_request(const RequestOptions& options) {
  SearchRequest request;
  request.query = options.query;
  request.filters = options.filters;
  if (options.all_words && options.any_word) {
    throw UsageError("--all and --any contradict each other");
  }
  if (options.all_words) request.words = WordMatch::kAll;
  if (options.any_word) request.words = WordMatch::kAny;
  request.limit = count_option("--limit", options.limit);
  request.offset = count_option("--offset", options.offset);
  if (options.history) {
    if (options.history->find_first_not_of(" \t") == std::string::npos) {
      throw UsageError("--history needs the name of a service, e.g. --history \"Leicester City\"");
    }
    request.history_area = *options.history;
  }
  if (!options.years.empty()) parse_years(options.years, request);
  if (!options.min_rating.empty()) {
    request.min_rating = parse_rating_option("--min-rating", options.min_rating);
  }
  if (options.sort == "date") {
    request.sort = SortOrder::kDate;
  } else if (options.sort == "rating") {
    request.sort = SortOrder::kRating;
  } else if (options.sort != "relevance") {
    throw UsageError("--sort '" + options.sort + "': expected relevance, date or rating");
  }
  if (!options.collapse.empty() && options.collapse != "area") {
    throw UsageError("--collapse '" + options.collapse + "': only 'area' is supported");
  }
  request.collapse_area = options.collapse == "area";
  request.facets = options.facets;
  request.facet_limit = count_option("--facet-limit", options.facet_limit);
  if (options.facet_sample) {
    request.facet_sample = count_option("--facet-sample", *options.facet_sample, 1);
  }
  return request;
}

}  // namespace yjs
