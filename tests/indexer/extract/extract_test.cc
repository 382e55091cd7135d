// One test per trap real articles set for facet extraction.
#include "indexer/extract/extract.h"

#include <gtest/gtest.h>

namespace yjs::extract {
namespace {

Article article_of(const std::string& title, const std::string& body) {
  Article article;
  article.id = "t";
  article.title = title;
  article.body = body;
  return article;
}

Facets facets_of(const std::string& title, const std::string& body) {
  return extract_facets(article_of(title, body));
}

std::string area(const std::string& title, const std::string& body) {
  const Facets f = facets_of(title, body);
  return f.value(schema::Facet::kArea).value_or("(none)");
}
int year(const std::string& title, const std::string& body) {
  const Facets f = facets_of(title, body);
  return f.year().value_or(0);
}
std::string rating(const std::string& title, const std::string& body) {
  const Facets f = facets_of(title, body);
  return f.value(schema::Facet::kRating).value_or("(none)");
}
std::string inspector(const std::string& title, const std::string& body) {
  const Facets f = facets_of(title, body);
  return f.value(schema::Facet::kInspector).value_or("(none)");
}

// ---- area ----

TEST(ExtractAreaTest, ServiceNamedWithServiceWords) {
  EXPECT_EQ(area("Inspection report",
                 "Leicester City Children and Young People’s Justice "
                 "Service (CYPJS) has received an overall rating."),
            "Leicester City");
  EXPECT_EQ(area("News", "Inspectors visited Wrexham YJS in May."), "Wrexham");
  EXPECT_EQ(area("Findings",
                 "The inspection of youth offending work in Leicestershire & "
                 "Rutland was published."),
            "Leicestershire");
}

TEST(ExtractAreaTest, VariantsResolveToCanonicalNames) {
  EXPECT_EQ(area("Hull youth offending service rated good", ""), "Kingston upon Hull");
  EXPECT_EQ(area("Newcastle YOT must improve", ""), "Newcastle upon Tyne");
  EXPECT_EQ(area("Southend-on-Sea's Youth Justice Service warned", ""), "Southend-on-Sea");
}

TEST(ExtractAreaTest, NeighboursNamedInPassingDoNotWin) {
  EXPECT_EQ(area("Youth justice service rated good",
                 "Leicestershire Youth Justice Service was inspected. The county borders "
                 "Rutland, Northamptonshire and Nottinghamshire, and Leicester is nearby."),
            "Leicestershire");
}

TEST(ExtractAreaTest, LeicesterIsNotLeicestershire) {
  EXPECT_EQ(area("Leicester's youth offending service performs well", ""), "Leicester City");
  EXPECT_EQ(area("Leicestershire youth offending service performs well", ""), "Leicestershire");
}

TEST(ExtractAreaTest, IsleOfManIsNotIsleOfWight) {
  EXPECT_EQ(area("Isle of Wight Youth Offending Team inspected",
                 "A team from the Isle of Man visited to learn from it."),
            "Isle of Wight");
  EXPECT_EQ(area("Isle of Man youth justice team praised", ""), "(none)");
}

TEST(ExtractAreaTest, LowerCaseWordsAreNotPlaces) {
  EXPECT_EQ(area("Youth justice workers improve reading", "Children's reading improved."),
            "(none)");
}

TEST(ExtractAreaTest, ReportsOnManyServicesHaveNoArea) {
  EXPECT_EQ(area("Annual report: youth justice services improving",
                 "The annual report praises Sunderland Youth Offending Service and Essex YOS."),
            "(none)");
  EXPECT_EQ(area("Thematic inspection of black and mixed heritage boys",
                 "Inspectors visited Hackney YOS among others."),
            "(none)");
  EXPECT_EQ(area("Hull and East Riding probation service requires improvement",
                 "The probation delivery unit covering Hull was inspected."),
            "(none)");
  EXPECT_EQ(area("Prison inspectors raise alarm at Cookham Wood",
                 "Medway Youth Offending Team works with some of the boys held there."),
            "(none)");
}

TEST(ExtractAreaTest, EvidenceIsTheSentence) {
  const Facets f = facets_of("Report",
                             "Intro.\nInspectors rated Surrey Youth Offending Service "
                             "as inadequate. Later text.");
  ASSERT_TRUE(f[schema::Facet::kArea]);
  EXPECT_EQ(f[schema::Facet::kArea]->evidence,
            "Inspectors rated Surrey Youth Offending Service as inadequate.");
}

// ---- year ----

TEST(ExtractYearTest, PublicationDatesInTheirUsualForms) {
  EXPECT_EQ(year("T", "Published: 24 June 2025\nText."), 2025);
  EXPECT_EQ(year("T", "Notes. The report is available on the website on 07 November 2019 00.01."),
            2019);
  EXPECT_EQ(year("T", "The report was published in October 2023."), 2023);
  EXPECT_EQ(year("T", "12/03/2024\nThe council welcomed the report."), 2024);
  EXPECT_EQ(year("T", "January 14, 2025\nInspectors found."), 2025);
  EXPECT_EQ(year("T", "Wednesday, May 9, 2012\nThe youth offending team."), 2012);
  EXPECT_EQ(year("T", "The report, released on 3rd March 2022, found."), 2022);
}

// A date starts at a number or a capitalised month; a month in lower case after a day
// still counts.
TEST(ExtractYearTest, DatesStartAtANumberOrACapitalisedMonth) {
  EXPECT_EQ(year("T", "Published: 12 march 2019"), 2019);
  EXPECT_EQ(year("T", "Published: March 2019"), 2019);
  EXPECT_EQ(year("T", "The report was published in 2018."), 2018);
  EXPECT_EQ(year("T", "Published: march 2019"), 0);
}

TEST(ExtractYearTest, FieldworkIsOnlyAFallback) {
  EXPECT_EQ(year("T", "Fieldwork for this inspection took place in March 2025."), 2025);
  EXPECT_EQ(year("T", "Published: 24 June 2025. Fieldwork took place in March 2024."), 2025);
}

TEST(ExtractYearTest, EarlierAndOtherDatesAreIgnored) {
  EXPECT_EQ(year("T", "This Inspection of Youth Offending programme started in April 2009."), 0);
  EXPECT_EQ(year("T", "Reoffending fell in 2013/14 and again in 2014/15."), 0);
  EXPECT_EQ(year("T", "Its last inspection in 2019 found problems."), 0);
  EXPECT_EQ(year("T",
                 "- Published\nThe service must improve.\nRelated topics\n"
                 "- Published12 October 2021\n- Published 18 July 2022"),
            0);
}

TEST(ExtractYearTest, TheHeadlinesDate) {
  EXPECT_EQ(year("Inspection of youth offending work in Brent (2011)",
                 "A visit may follow in 2012. The last inspection was in 2008."),
            2011);
  EXPECT_EQ(year("Inspection of youth offending work in Bexley - 2012",
                 "Fieldwork took place in November 2011."),
            2012);
  EXPECT_EQ(year("29 February 2024 - Barnet youth justice service rated Good",
                 "The inspection took place in November 2023."),
            2024);
  EXPECT_EQ(
      year("Full Joint Inspection of youth offending work in Ealing", "2017\nCuts began in 2013."),
      2017);
  EXPECT_EQ(year("Sutton Youth Offending Service: inspection report",
                 "\n2019\n\nIt was last looked at in 2016."),
            2019);
  // A range ends no headline with its year, and a year in the text is no year line.
  EXPECT_EQ(year("Youth justice plan 2023-2025", "The plan was agreed."), 0);
  EXPECT_EQ(year("How services fared in 2022", "2019 was different.\nText."), 0);
}

TEST(ExtractYearTest, DatesOfOtherStoriesAreIgnored) {
  for (const std::string heading : {"Related content", "More on this story", "You may also like",
                                    "Latest news", "Top stories", "Related stories"}) {
    EXPECT_EQ(year("Portsmouth youth justice service rated Good",
                   "The report makes four recommendations.\n" + heading +
                       "\nSouthampton youth offending service requires improvement - "
                       "Published 3 May 2021"),
              0)
        << heading;
  }
  // Not a heading when it does not stand alone on its line.
  EXPECT_EQ(year("T", "The latest news was published on 3 May 2021."), 2021);
}

TEST(ExtractYearTest, NoYearMeansAbsent) {
  EXPECT_EQ(year("T", "A report published on Tuesday said the service must improve."), 0);
}

// ---- rating ----

// Only the inspection of one named service has a rating: the headline the rating tests share.
const std::string kInspected = "Wrexham Youth Justice Service inspection report";

TEST(ExtractRatingTest, OverallRatingPhrasings) {
  EXPECT_EQ(rating("Leicester YOS rated 'Good'", ""), "Good");
  EXPECT_EQ(rating(kInspected, "The service received an overall rating of ‘Outstanding’."),
            "Outstanding");
  EXPECT_EQ(rating(kInspected, "The service was judged to be outstanding overall."), "Outstanding");
  EXPECT_EQ(rating(kInspected, "Inspectors found the service requires improvement."),
            "Requires improvement");
  EXPECT_EQ(rating(kInspected, "The youth justice service was given the lowest rating."),
            "Inadequate");
  EXPECT_EQ(rating(kInspected, "Inspectors rated the service as inadequate."), "Inadequate");
}

// The phrase ratings are read from their first word ("lowest", "highest", "top") on.
TEST(ExtractRatingTest, RatingsNamedByTheirPlaceOnTheScale) {
  EXPECT_EQ(rating(kInspected, "The service was given the lowest possible rating."), "Inadequate");
  EXPECT_EQ(rating(kInspected, "The service was given the lowest grade."), "Inadequate");
  EXPECT_EQ(rating(kInspected, "The service was given the highest possible rating."),
            "Outstanding");
  EXPECT_EQ(rating(kInspected, "The service has been awarded the top grade."), "Outstanding");
  EXPECT_EQ(rating(kInspected, "The service has been awarded top marks."), "(none)");
}

TEST(ExtractRatingTest, AdjectivesAreNotRatings) {
  EXPECT_EQ(rating("Good news for youth justice",
                   "Staff showed good practice and outstanding "
                   "commitment despite inadequate funding."),
            "(none)");
}

TEST(ExtractRatingTest, SubRatingsDoNotOverrideTheOverallVerdict) {
  EXPECT_EQ(rating(kInspected,
                   "The service was rated 'Good' overall. Its resettlement work was rated "
                   "'Outstanding'."),
            "Good");
  EXPECT_EQ(rating(kInspected,
                   "Eight of the twelve standards were rated inadequate. The overall rating "
                   "is 'Requires improvement'."),
            "Requires improvement");
  EXPECT_EQ(rating(kInspected, "Inspectors found the review of cases require improvement."),
            "(none)");
}

TEST(ExtractRatingTest, EarlierRatingsAreIgnored) {
  EXPECT_EQ(rating(kInspected,
                   "The service, up from 'Requires improvement' in 2019, is now rated 'Good'."),
            "Good");
  EXPECT_EQ(rating(kInspected,
                   "Once rescued from an overall 'Inadequate', it was judged 'Good' this time."),
            "Good");
  EXPECT_EQ(rating(kInspected, "The service was rated 'Inadequate' at its last inspection."),
            "(none)");
}

TEST(ExtractRatingTest, AfterBeingRatedIsEarlierUnlessCelebrated) {
  EXPECT_EQ(rating(kInspected, "The service has improved after being rated 'Inadequate'."),
            "(none)");
  EXPECT_EQ(rating(kInspected,
                   "Wrexham's Youth Justice Service is celebrating after being rated Good by "
                   "His Majesty's Inspectorate of Probation."),
            "Good");
}

TEST(ExtractRatingTest, BeforeTheFourPointScaleThereIsNoRating) {
  EXPECT_EQ(rating(kInspected, "Published: 4 May 2012\nOverall, the work was judged very good."),
            "(none)");
  EXPECT_EQ(rating(kInspected, "Published: 4 May 2019\nOverall, the work was judged good."),
            "Good");
}

TEST(ExtractRatingTest, TheScaleExplainedIsNotARating) {
  EXPECT_EQ(rating(kInspected,
                   "The Inspectorate uses a four-point scale: ‘Outstanding’, ‘Good’, "
                   "‘Requires improvement’ and ‘Inadequate’."),
            "(none)");
  EXPECT_EQ(rating(kInspected,
                   "Ratings run from 'Outstanding', the highest, to 'Inadequate', the lowest, "
                   "on a four-point scale."),
            "(none)");
}

TEST(ExtractRatingTest, TheOverallRatingBesideItsStandardsGrades) {
  EXPECT_EQ(rating(kInspected,
                   "The service has been rated 'Outstanding' overall, with nine standards "
                   "outstanding, two good and one that requires improvement."),
            "Outstanding");
  EXPECT_EQ(rating(kInspected,
                   "It has been rated Outstanding by the inspectorate, the highest grade on "
                   "its scale."),
            "Outstanding");
}

TEST(ExtractRatingTest, RatingsOfOtherStoriesUnderTheArticleAreIgnored) {
  // The list under the article may even name this service's earlier story.
  EXPECT_EQ(rating(kInspected,
                   "The report makes two recommendations.\nLatest news\nWrexham youth justice "
                   "service rated 'Outstanding'"),
            "(none)");
}

// A report's glossary defines the ratings; it gives none.
TEST(ExtractRatingTest, AGlossaryIsNotARating) {
  EXPECT_EQ(rating(kInspected,
                   "We inspected the service in 2019.\nOutstanding: the highest rating, given "
                   "when the work is exemplary.\nInadequate: the lowest rating."),
            "(none)");
  EXPECT_EQ(rating(kInspected,
                   "We inspected the service in 2019.\nGlossary\nA rating of 'Good' means the "
                   "work meets what is expected."),
            "(none)");
  // Before the glossary, the report's own rating still counts.
  EXPECT_EQ(rating(kInspected,
                   "Overall, the service was rated 'Good'.\nGlossary\nOutstanding: the highest "
                   "rating."),
            "Good");
}

TEST(ExtractRatingTest, OtherServicesRatingsAreIgnored) {
  EXPECT_EQ(rating("Leicestershire youth justice service inspected",
                   "Leicestershire Youth Justice Service has been inspected. Leicester City "
                   "CYPJS was rated 'Good' by the same inspectors."),
            "(none)");
}

TEST(ExtractRatingTest, PercentageScoresHaveNoRating) {
  EXPECT_EQ(rating("Core case inspection of youth offending work in Wandsworth",
                   "Safeguarding work scored 58%, Risk of Harm work 47% and Likelihood of "
                   "Reoffending 64%. Staff were good at engaging young people."),
            "(none)");
}

TEST(ExtractRatingTest, AnnualReportsHaveNoRating) {
  EXPECT_EQ(rating("Youth annual report published", "Of 26 services, 12 were rated 'Good'."),
            "(none)");
}

// ---- chief inspector ----

TEST(ExtractRatingTest, NegationsAndHypotheticalsAreNotRatings) {
  EXPECT_EQ(rating(kInspected, "The programme does not award a rating such as 'Outstanding'."),
            "(none)");
  EXPECT_EQ(rating(kInspected, "The service was not rated 'Inadequate', as some had feared."),
            "(none)");
  EXPECT_EQ(rating(kInspected, "Without changes, the service could have been rated 'Inadequate'."),
            "(none)");
  EXPECT_EQ(rating(kInspected, "Our aim is to be rated 'Good' at the next inspection."), "(none)");
  EXPECT_EQ(rating(kInspected,
                   "Monitoring visits do not lead to a rating, so the service keeps "
                   "the 'Good' rating it had."),
            "(none)");
}

TEST(ExtractRatingTest, ActiveAndPlainFormsAreRatings) {
  EXPECT_EQ(rating(kInspected, "It has been rated 'Good' overall."), "Good");
  EXPECT_EQ(rating(kInspected,
                   "Past convictions were not used to analyse risk for children with "
                   "court disposals and it rated the service as \"requires "
                   "improvement\"."),
            "Requires improvement");
  EXPECT_EQ(rating(kInspected,
                   "Inspectors found good work, but it rated the service as "
                   "\"requires improvement\"."),
            "Requires improvement");
  EXPECT_EQ(rating(kInspected, "Probation inspectors gave it a 'Good' rating."), "Good");
  EXPECT_EQ(rating(kInspected, "The service won the top rating of 'Outstanding'."), "Outstanding");
  EXPECT_EQ(rating(kInspected,
                   "Inspectors said the service was good, the second-highest of "
                   "four possible grades."),
            "Good");
}

TEST(ExtractRatingTest, LaterInspectionsAreNotThisOne) {
  EXPECT_EQ(rating(kInspected,
                   "Published: 5 December 2019. The service has been rated "
                   "'Inadequate'. It was reinspected in 2022 and rated 'Good'."),
            "Inadequate");
  EXPECT_EQ(rating(kInspected,
                   "The service has been rated 'Requires improvement'. It went on to "
                   "be rated 'Good' at its next inspection."),
            "Requires improvement");
}

TEST(ExtractRatingTest, TheValueIsInItsEvidenceSentence) {
  const Facets f = facets_of(kInspected,
                             "Previously rated 'Outstanding' for out-of-court work, "
                             "the service has now been rated 'Good' overall.");
  ASSERT_TRUE(f.rating());
  EXPECT_EQ(f.rating(), Rating::kGood);
  EXPECT_NE(f[schema::Facet::kRating]->evidence.find("Good"), std::string::npos);
  EXPECT_EQ(f[schema::Facet::kRating]->source, FacetSource::kText);
}

TEST(ExtractKindTest, KindsFromTheWording) {
  const auto kind = [](const std::string& title, const std::string& body) {
    const Facets f = facets_of(title, body);
    return f.value(schema::Facet::kKind).value_or("(none)");
  };
  EXPECT_EQ(kind(kInspected, "It has been rated 'Good'."), "inspection");
  EXPECT_EQ(kind("Blog: what we learned", "Posted by the chief inspector."), "blog");
  EXPECT_EQ(kind("Youth justice annual report 2020", "The annual report says."), "annual report");
  EXPECT_EQ(kind("Thematic inspection of resettlement", "Inspectors visited six services."),
            "thematic");
  EXPECT_EQ(kind("Leicester probation unit requires improvement",
                 "The probation delivery unit was rated 'Requires improvement'."),
            "adult probation");
  EXPECT_EQ(kind("Ofsted rates Thurrock children's services Good", "Ofsted inspectors said."),
            "other inspectorate");
  EXPECT_EQ(kind("Jersey Probation and After-Care Service inspected", "It was rated 'Good'."),
            "outside England and Wales");
  EXPECT_EQ(kind("Teenager given referral order",
                 "A boy of 16 admitted a break-in. Magistrates heard he had been led on. He will "
                 "work with Gateshead Youth Justice Service, rated 'Good' last year."),
            "other");
  // An inspection announced is not yet a report: its service's area, no rating.
  const Facets announced =
      facets_of("Probation inspectors to visit Wrexham youth justice service",
                "Wrexham's youth justice service will be inspected later "
                "this month. Inspectors will read case files. Services are rated 'Good' or not.");
  EXPECT_EQ(announced.value(schema::Facet::kKind), "other");
  EXPECT_EQ(announced.value(schema::Facet::kArea), "Wrexham");
  EXPECT_FALSE(announced.rating());
  EXPECT_EQ(kind("Wrexham youth justice service to be inspected again after 'Inadequate' rating",
                 "The service will be inspected in the spring."),
            "inspection");
  // Only inspections carry an area and its rating.
  const Facets pdu = facets_of("Leicester probation unit requires improvement",
                               "The probation delivery unit was rated 'Requires improvement'.");
  EXPECT_FALSE(pdu.rating());
  EXPECT_FALSE(pdu[schema::Facet::kArea]);
}

TEST(ExtractFacetsTest, NationAndRegionAreDerivedFromTheArea) {
  using schema::Facet;
  const Facets wales = facets_of("Wrexham Youth Justice Service rated Good", "");
  ASSERT_TRUE(wales[Facet::kNation] && wales[Facet::kRegion]);
  EXPECT_EQ(wales.value(Facet::kNation), "Wales");
  EXPECT_EQ(wales.value(Facet::kRegion), "Wales");
  EXPECT_EQ(wales[Facet::kNation]->source, FacetSource::kDerived);
  EXPECT_EQ(wales[Facet::kNation]->evidence, wales[Facet::kArea]->evidence);
  EXPECT_EQ(wales[Facet::kRegion]->also, std::vector<std::string>{"North Wales"});
  const Facets england = facets_of("Gateshead Youth Justice Service rated Good", "");
  EXPECT_EQ(england.value(Facet::kNation), "England");
  EXPECT_EQ(england.value(Facet::kRegion), "North East");
  EXPECT_EQ(england[Facet::kRegion]->source, FacetSource::kDerived);
  EXPECT_EQ(england[Facet::kRegion]->also, std::vector<std::string>{"Tyne and Wear"});
  const Facets none = facets_of("T", "Nothing about any service.");
  EXPECT_FALSE(none[Facet::kNation] || none[Facet::kRegion]);
}

// Each body with the chief inspector it names (headline "T").
void expect_inspectors(const std::vector<std::pair<std::string, std::string>>& bodies) {
  for (const auto& [body, name] : bodies) EXPECT_EQ(inspector("T", body), name) << body;
}

TEST(ExtractInspectorTest, AssistantDeputyAndInterimForms) {
  const std::string yjs = " Wrexham Youth Justice Service was inspected.";
  expect_inspectors({
      {"Julie Fox, Assistant Chief Inspector, said: \"Work well done.\"" + yjs, "Julie Fox"},
      {"Deputy Chief Inspector of Probation Helen Davies said it was good.", "Helen Davies"},
      {"Sue McAllister, Interim Chief Inspector of Probation, said so.", "Sue McAllister"},
      {"By Helen Davies, Assistant Chief Inspector." + yjs, "Helen Davies"},
      {"The minister appointed Martin Jones as HM Chief Inspector of Probation.", "Martin Jones"},
  });
}

TEST(ExtractInspectorTest, TheChiefInspectorsBlogByName) {
  EXPECT_EQ(inspector("Chief Inspector's blog - Martin Jones",
                      "Since I became Chief Inspector, I have visited the Probation Service."),
            "Martin Jones");
  EXPECT_EQ(inspector("Chief Inspector's blog: Justin Russell", "On probation and youth work."),
            "Justin Russell");
}

TEST(ExtractInspectorTest, NameBesideTheTitleInAnyOrder) {
  expect_inspectors({
      {"Chief Inspector of Probation, Justin Russell, said: “Good.”", "Justin Russell"},
      {"“It must improve,” said Martin Jones, the chief inspector of probation.", "Martin Jones"},
      {"Chief inspector of probation Justin Russell said it was good.", "Justin Russell"},
      {"Julie Fox, Assistant Chief Inspector of Probation, said the work was encouraging.",
       "Julie Fox"},
  });
}

TEST(ExtractInspectorTest, HonorificsAndPostNominalsAreDropped) {
  EXPECT_EQ(inspector("T", "Dame Glenys Stacey, HM Chief Inspector of Probation, said."),
            "Glenys Stacey");
  EXPECT_EQ(inspector("T", "Martin Jones CBE, HM Chief Inspector of Probation, said."),
            "Martin Jones");
}

TEST(ExtractInspectorTest, OtherPeopleAreNotTheChiefInspector) {
  EXPECT_EQ(inspector("T",
                      "Councillor Deborah Taylor said changes had been made. Head of "
                      "Communications Catherine Chan can be contacted."),
            "(none)");
  EXPECT_EQ(inspector("T",
                      "HM Chief Inspector of Prisons, Charlie Taylor, said the jail was "
                      "unsafe."),
            "(none)");
  EXPECT_EQ(inspector("T",
                      "Ofsted's chief inspector, Amanda Spielman, said. The probation "
                      "service was not inspected."),
            "(none)");
}

TEST(ExtractInspectorTest, ThePastChiefInspectorIsNotTheCurrentOne) {
  EXPECT_EQ(inspector("T",
                      "In 2016 the then chief inspector of probation, Dame Glenys Stacey, "
                      "found problems. Chief Inspector of Probation Martin Jones said the "
                      "service had improved. Mr Jones added more."),
            "Martin Jones");
}

TEST(ExtractInspectorTest, TitleThenNameInTheNextSentence) {
  EXPECT_EQ(inspector("T",
                      "Leaders must work together, the Chief Inspector of Probation has "
                      "said. Dame Glenys Stacey published the report today."),
            "Glenys Stacey");
}

// ---- explicit fields ----

TEST(ExtractFacetsTest, JsonLinesPublishedSetsYearAndDate) {
  Article a = article_of("Wigan YOT rated Good", "Inspectors visited in August 2021.");
  a.published = "2021-10-05T00:01:00Z";
  Facets f = extract_facets(a);
  ASSERT_TRUE(f.year());
  EXPECT_EQ(f.year(), 2021);
  EXPECT_EQ(f.date, 20211005);
  a.published = "2022-03";
  f = extract_facets(a);
  ASSERT_TRUE(f.year());
  EXPECT_EQ(f.year(), 2022);
  EXPECT_EQ(f.date, 20220300);
  // A full date in the prose says better than a month in the field.
  a.body = "Published: 14 March 2022. Inspectors visited in August 2021.";
  EXPECT_EQ(extract_facets(a).date, 20220314);
  // Not ISO: free text, ignored.
  a.body = "No date here.";
  a.published = "last Tuesday";
  EXPECT_FALSE(extract_facets(a).year());
}

TEST(ExtractFacetsTest, ExplicitFieldsOverrideTheProse) {
  Article article =
      article_of("Surrey Youth Offending Service rated 'Inadequate'", "Published: 5 June 2019");
  article.rating = "good";
  article.area = "Somewhere Else";
  const Facets f = extract_facets(article);
  ASSERT_TRUE(f.rating() && f[schema::Facet::kArea] && f.year());
  EXPECT_EQ(f.rating(), Rating::kGood);
  EXPECT_EQ(f[schema::Facet::kRating]->evidence, "");
  EXPECT_EQ(f[schema::Facet::kRating]->source, FacetSource::kExplicit);
  EXPECT_EQ(f.value(schema::Facet::kArea), "Somewhere Else");
  EXPECT_EQ(f.year(), 2019);
}

}  // namespace
}  // namespace yjs::extract
