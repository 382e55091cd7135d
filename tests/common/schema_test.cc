// The schema table and its stored layouts: every facet's slot codec reads back what it
// wrote, the table is well formed, and the document data and packed facet slot read back
// what was written (including data written before a facet was added or renamed).
#include "common/schema.h"

#include <gtest/gtest.h>

#include <set>

#include "common/facet_terms.h"

namespace yjs::schema {
namespace {

// A display value each facet can hold.
std::string sample_value(const FacetSpec& spec) {
  switch (spec.facet) {
    case Facet::kArea:
      return "Leicester City";
    case Facet::kYear:
      return "2019";
    case Facet::kRating:
      return "Requires improvement";
    case Facet::kInspector:
      return "Martin Jones";
    case Facet::kKind:
      return "annual report";
    case Facet::kNation:
      return "Wales";
    case Facet::kRegion:
      return "Yorkshire and the Humber";
  }
  return "";
}

TEST(FacetSpecTest, TheTableIsInFacetOrderWithDistinctNamesPrefixesAndSlots) {
  std::set<std::string_view> names;
  std::set<std::string_view> prefixes;
  std::set<Xapian::valueno> slots = {kContentHashSlot, kDateSlot, kPackedFacetsSlot};
  for (std::size_t f = 0; f < kFacets.size(); ++f) {
    const FacetSpec& spec = kFacets[f];
    SCOPED_TRACE(spec.name);
    EXPECT_EQ(index_of(spec.facet), f);
    EXPECT_TRUE(names.insert(spec.name).second);
    if (!spec.alias.empty()) {
      EXPECT_TRUE(names.insert(spec.alias).second);
    }
    EXPECT_TRUE(prefixes.insert(spec.term_prefix).second);
    EXPECT_TRUE(slots.insert(spec.slot).second) << "slot " << spec.slot << " used twice";
    EXPECT_FALSE(spec.label.empty());
    EXPECT_FALSE(spec.example.empty());
    EXPECT_EQ(find_facet(spec.name), &spec);
    if (!spec.alias.empty()) {
      EXPECT_EQ(find_facet(spec.alias), &spec);
    }
  }
  EXPECT_EQ(find_facet("title"), nullptr);
  EXPECT_EQ(find_facet("chief_inspector")->facet, Facet::kInspector);
}

TEST(FacetSpecTest, EverySlotCodecRoundTrips) {
  for (const FacetSpec& spec : kFacets) {
    SCOPED_TRACE(spec.name);
    const std::string value = sample_value(spec);
    const std::string slot = encode_slot(spec, value);
    EXPECT_FALSE(slot.empty());
    EXPECT_EQ(decode_slot(spec, slot), value);
    EXPECT_EQ(spec.canonical(value), value) << "a canonical value is its own canonical form";
  }
}

TEST(FacetSpecTest, SlotsSortAsTheirValues) {
  const FacetSpec& year = spec(Facet::kYear);
  EXPECT_LT(encode_slot(year, "2009"), encode_slot(year, "2019"));
  const FacetSpec& rating = spec(Facet::kRating);
  EXPECT_EQ(encode_slot(rating, "Outstanding"), "4");
  EXPECT_EQ(encode_slot(rating, "inadequate"), "1");
  EXPECT_LT(encode_slot(rating, "Good"), encode_slot(rating, "Outstanding"));
}

TEST(FacetSpecTest, UnreadableSlotValuesDecodeEmpty) {
  EXPECT_EQ(encode_slot(spec(Facet::kYear), "soon"), "");
  EXPECT_EQ(encode_slot(spec(Facet::kRating), "excellent"), "");
  EXPECT_EQ(decode_slot(spec(Facet::kRating), "7"), "");
  EXPECT_EQ(decode_slot(spec(Facet::kRating), "x"), "");
  EXPECT_EQ(decode_slot(spec(Facet::kYear), ""), "");
}

TEST(FacetSpecTest, CanonicalFormsOfTypedValues) {
  EXPECT_EQ(spec(Facet::kArea).canonical("hull"), "Kingston upon Hull");
  EXPECT_EQ(spec(Facet::kArea).canonical("Nowhere Town"), std::nullopt);
  EXPECT_EQ(spec(Facet::kRating).canonical("requires-improvement"), "Requires improvement");
  EXPECT_EQ(spec(Facet::kInspector).canonical("Dame Glenys Stacey"), "Glenys Stacey");
  EXPECT_EQ(spec(Facet::kInspector).canonical("martin jones"), "Martin Jones");
  EXPECT_EQ(spec(Facet::kKind).canonical("Annual-Report"), "annual report");
  EXPECT_EQ(spec(Facet::kNation).canonical("WALES"), "Wales");
  EXPECT_EQ(spec(Facet::kRegion).canonical("yorkshire"), "Yorkshire and the Humber");
  EXPECT_EQ(spec(Facet::kRegion).canonical("Greater London"), "London");
  EXPECT_EQ(spec(Facet::kRegion).canonical("Tyne and Wear"), std::nullopt);  // a group
  EXPECT_EQ(spec(Facet::kYear).canonical("1850"), std::nullopt);
}

TEST(FacetSpecTest, EveryFacetHasAFilterTermUnderItsPrefix) {
  for (const FacetSpec& spec : kFacets) {
    SCOPED_TRACE(spec.name);
    const std::string term = facet_term(spec, sample_value(spec));
    EXPECT_TRUE(term.starts_with(spec.term_prefix));
    EXPECT_GT(term.size(), spec.term_prefix.size());
  }
}

StoredFields full_fields() {
  StoredFields fields;
  fields.id = "a1";
  fields.title = "Leicester inspection";
  fields.path = "feed.jsonl";
  fields.url = "https://example.org/a1";
  fields.published = "24 June 2025";
  fields.facets = {"Leicester City", "2025",    "Good",         "Martin Jones",
                   "inspection",     "England", "East Midlands"};
  fields.body = "The body.";
  return fields;
}

void expect_same(const StoredFields& a, const StoredFields& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.path, b.path);
  EXPECT_EQ(a.url, b.url);
  EXPECT_EQ(a.published, b.published);
  EXPECT_EQ(a.facets, b.facets);
  EXPECT_EQ(a.body, b.body);
}

TEST(StoredFieldsTest, RoundTripsEveryField) {
  const StoredFields fields = full_fields();
  expect_same(decode_stored_fields(encode_stored_fields(fields)), fields);
}

TEST(StoredFieldsTest, AbsentFieldsAreStoredAsNullAndReadBackAbsent) {
  StoredFields fields;
  fields.id = "a";
  fields.body = "b";
  const std::string data = encode_stored_fields(fields);
  EXPECT_EQ(data, R"({"id":"a","title":"","path":null,"url":null,"published":null,"area":null,)"
                  R"("year":null,"rating":null,"inspector":null,"kind":null,"nation":null,)"
                  R"("region":null,"body":"b"})");
  expect_same(decode_stored_fields(data), fields);
}

TEST(StoredFieldsTest, KeysInTheStoredOrder) {
  EXPECT_EQ(encode_stored_fields(full_fields()),
            R"({"id":"a1","title":"Leicester inspection","path":"feed.jsonl",)"
            R"("url":"https://example.org/a1","published":"24 June 2025",)"
            R"("area":"Leicester City","year":2025,"rating":"Good",)"
            R"("inspector":"Martin Jones","kind":"inspection","nation":"England",)"
            R"("region":"East Midlands","body":"The body."})");
}

TEST(StoredFieldsTest, DataWrittenBeforeTheRegionAndTheRenameReadsUnderTheAlias) {
  const StoredFields back = decode_stored_fields(
      R"({"id":"a1","title":"t","area":"Leeds","year":2019,"chief_inspector":"Justin Russell",)"
      R"("nation":"England","body":"b"})");
  EXPECT_EQ(back.facets[index_of(Facet::kInspector)], "Justin Russell");
  EXPECT_EQ(back.facets[index_of(Facet::kYear)], "2019");
  EXPECT_EQ(back.facets[index_of(Facet::kRegion)], std::nullopt);
}

TEST(StoredFieldsTest, InvalidUtf8IsReplacedAndControlBytesSurvive) {
  StoredFields fields;
  fields.title = "bad \xff end";
  fields.body = std::string("nul \0 and \x1f", 11);
  const StoredFields back = decode_stored_fields(encode_stored_fields(fields));
  EXPECT_EQ(back.title, "bad \xEF\xBF\xBD end");
  EXPECT_EQ(back.body, fields.body);
}

TEST(StoredFieldsTest, MissingOrWrongTypedKeysReadAsAbsent) {
  const StoredFields back =
      decode_stored_fields(R"({"id": 7, "year": "2019", "area": null, "rating": 3})");
  expect_same(back, StoredFields{});
}

TEST(StoredFieldsTest, DataThatIsNotAnObjectReadsAsAllAbsent) {
  for (const std::string data : {"", "not json", "[1, 2]", "\"text\"", "{\"id\": \"a\""}) {
    SCOPED_TRACE(data);
    expect_same(decode_stored_fields(data), StoredFields{});
  }
}

TEST(PackedFacetsTest, RoundTripsWithEmptyFields) {
  const PackedFacets facets = {"Leicester City", "2019", "", "Justin Russell", "", "England", ""};
  const std::string packed = pack_facets(facets);
  EXPECT_EQ(packed,
            "Leicester City\x1F"
            "2019\x1F\x1FJustin Russell\x1F\x1F"
            "England\x1F");
  EXPECT_EQ(unpack_facets(packed), facets);
}

TEST(PackedFacetsTest, AllEmptyIsOneSeparatorFewerThanFacets) {
  EXPECT_EQ(pack_facets(PackedFacets{}), std::string(kFacetCount - 1, '\x1F'));
  EXPECT_EQ(unpack_facets(std::string(kFacetCount - 1, '\x1F')), PackedFacets{});
}

TEST(PackedFacetsTest, ShortOrOverlongValuesReadWhatIsThere) {
  EXPECT_EQ(unpack_facets(""), PackedFacets{});
  EXPECT_EQ(unpack_facets("Leeds"), (PackedFacets{"Leeds", "", "", "", "", "", ""}));
  EXPECT_EQ(unpack_facets("a\x1F"
                          "b"),
            (PackedFacets{"a", "b", "", "", "", "", ""}));
  // A value written before the region facet (six fields) reads with no region.
  EXPECT_EQ(unpack_facets("a\x1F"
                          "b\x1F"
                          "c\x1F"
                          "d\x1F"
                          "e\x1F"
                          "f"),
            (PackedFacets{"a", "b", "c", "d", "e", "f", ""}));
  // Bytes after the last facet's separator are not a facet.
  EXPECT_EQ(unpack_facets("a\x1F"
                          "b\x1F"
                          "c\x1F"
                          "d\x1F"
                          "e\x1F"
                          "f\x1F"
                          "g\x1F"
                          "extra"),
            (PackedFacets{"a", "b", "c", "d", "e", "f", "g"}));
  EXPECT_EQ(unpack_facets(std::string_view("\xff\x00\x1F\xfe", 4))[0], std::string("\xff\x00", 2));
}

}  // namespace
}  // namespace yjs::schema
