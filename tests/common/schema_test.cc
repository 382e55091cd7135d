// The two stored layouts (document data, packed facet slot) read back what was written.
#include "common/schema.h"

#include <gtest/gtest.h>

namespace yjs::schema {
namespace {

StoredFields full_fields() {
  StoredFields fields;
  fields.id = "a1";
  fields.title = "Leicester inspection";
  fields.path = "feed.jsonl";
  fields.url = "https://example.org/a1";
  fields.published = "24 June 2025";
  fields.area = "Leicester City";
  fields.year = 2025;
  fields.rating = "Good";
  fields.chief_inspector = "Martin Jones";
  fields.kind = "inspection";
  fields.nation = "England";
  fields.body = "The body.";
  return fields;
}

void expect_same(const StoredFields& a, const StoredFields& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.path, b.path);
  EXPECT_EQ(a.url, b.url);
  EXPECT_EQ(a.published, b.published);
  EXPECT_EQ(a.area, b.area);
  EXPECT_EQ(a.year, b.year);
  EXPECT_EQ(a.rating, b.rating);
  EXPECT_EQ(a.chief_inspector, b.chief_inspector);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.nation, b.nation);
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
                  R"("year":null,"rating":null,"chief_inspector":null,"kind":null,"nation":null,)"
                  R"("body":"b"})");
  expect_same(decode_stored_fields(data), fields);
}

TEST(StoredFieldsTest, KeysInTheStoredOrder) {
  EXPECT_EQ(encode_stored_fields(full_fields()),
            R"({"id":"a1","title":"Leicester inspection","path":"feed.jsonl",)"
            R"("url":"https://example.org/a1","published":"24 June 2025",)"
            R"("area":"Leicester City","year":2025,"rating":"Good",)"
            R"("chief_inspector":"Martin Jones","kind":"inspection","nation":"England",)"
            R"("body":"The body."})");
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
  const StoredFields back = decode_stored_fields(R"({"id": 7, "year": "2019", "area": null})");
  expect_same(back, StoredFields{});
}

TEST(StoredFieldsTest, DataThatIsNotAnObjectReadsAsAllAbsent) {
  for (const std::string data : {"", "not json", "[1, 2]", "\"text\"", "{\"id\": \"a\""}) {
    SCOPED_TRACE(data);
    expect_same(decode_stored_fields(data), StoredFields{});
  }
}

TEST(PackedFacetsTest, RoundTripsWithEmptyFields) {
  const PackedFacets facets = {"Leicester City", "2019", "", "Justin Russell", "", "England"};
  const std::string packed = pack_facets(facets);
  EXPECT_EQ(packed,
            "Leicester City\x1F"
            "2019\x1F\x1FJustin Russell\x1F\x1F"
            "England");
  EXPECT_EQ(unpack_facets(packed), facets);
}

TEST(PackedFacetsTest, AllEmptyIsFiveSeparators) {
  EXPECT_EQ(pack_facets(PackedFacets{}), std::string(5, '\x1F'));
  EXPECT_EQ(unpack_facets(std::string(5, '\x1F')), PackedFacets{});
}

TEST(PackedFacetsTest, ShortOrOverlongValuesReadWhatIsThere) {
  EXPECT_EQ(unpack_facets(""), PackedFacets{});
  EXPECT_EQ(unpack_facets("Leeds"), (PackedFacets{"Leeds", "", "", "", "", ""}));
  EXPECT_EQ(unpack_facets("a\x1F"
                          "b"),
            (PackedFacets{"a", "b", "", "", "", ""}));
  // Bytes after a sixth separator are not a facet.
  EXPECT_EQ(unpack_facets("a\x1F"
                          "b\x1F"
                          "c\x1F"
                          "d\x1F"
                          "e\x1F"
                          "f\x1F"
                          "extra"),
            (PackedFacets{"a", "b", "c", "d", "e", "f"}));
  EXPECT_EQ(unpack_facets(std::string_view("\xff\x00\x1F\xfe", 4))[0], std::string("\xff\x00", 2));
}

}  // namespace
}  // namespace yjs::schema
