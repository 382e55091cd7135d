// One test per trap real articles set for facet extraction.
#include "common/extract/extract.h"

#include <gtest/gtest.h>

namespace yjs::extract {
namespace {

Facets facets_of(const std::string& title, const std::string& body) {
  Article article;
  article.id = "t";
  article.title = title;
  article.body = body;
  return extract_facets(article);
}

std::string area(const std::string& title, const std::string& body) {
  const Facets f = facets_of(title, body);
  return f.area ? f.area->value : "(none)";
}
int year(const std::string& title, const std::string& body) {
  const Facets f = facets_of(title, body);
  return f.year ? f.year->value : 0;
}
std::string rating(const std::string& title, const std::string& body) {
  const Facets f = facets_of(title, body);
  return f.rating ? std::string(rating_label(f.rating->value)) : "(none)";
}
std::string inspector(const std::string& title, const std::string& body) {
  const Facets f = facets_of(title, body);
  return f.chief_inspector ? f.chief_inspector->value : "(none)";
}

// ---- area ----

TEST(ExtractAreaTest, ServiceNamedWithServiceWords) {
  EXPECT_EQ(area("Inspection report", "Leicester City Children and Young People’s Justice "
                                      "Service (CYPJS) has received an overall rating."),
            "Leicester City");
  EXPECT_EQ(area("News", "Inspectors visited Wrexham YJS in May."), "Wrexham");
  EXPECT_EQ(area("Findings", "The inspection of youth offending work in Leicestershire & "
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
  EXPECT_EQ(area("Youth justice workers improve reading", "Children's reading improved."), "(none)");
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
  const Facets f = facets_of("Report", "Intro.\nInspectors rated Surrey Youth Offending Service "
                                       "as inadequate. Later text.");
  ASSERT_TRUE(f.area);
  EXPECT_EQ(f.area->evidence, "Inspectors rated Surrey Youth Offending Service as inadequate.");
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

TEST(ExtractYearTest, FieldworkIsOnlyAFallback) {
  EXPECT_EQ(year("T", "Fieldwork for this inspection took place in March 2025."), 2025);
  EXPECT_EQ(year("T", "Published: 24 June 2025. Fieldwork took place in March 2024."), 2025);
}

TEST(ExtractYearTest, EarlierAndOtherDatesAreIgnored) {
  EXPECT_EQ(year("T", "This Inspection of Youth Offending programme started in April 2009."), 0);
  EXPECT_EQ(year("T", "Reoffending fell in 2013/14 and again in 2014/15."), 0);
  EXPECT_EQ(year("T", "Its last inspection in 2019 found problems."), 0);
  EXPECT_EQ(year("T", "- Published\nThe service must improve.\nRelated topics\n"
                      "- Published12 October 2021\n- Published 18 July 2022"),
            0);
}

TEST(ExtractYearTest, NoYearMeansAbsent) {
  EXPECT_EQ(year("T", "A report published on Tuesday said the service must improve."), 0);
}

// ---- rating ----

TEST(ExtractRatingTest, OverallRatingPhrasings) {
  EXPECT_EQ(rating("Leicester YOS rated 'Good'", ""), "Good");
  EXPECT_EQ(rating("T", "The service received an overall rating of ‘Outstanding’."), "Outstanding");
  EXPECT_EQ(rating("T", "The service was judged to be outstanding overall."), "Outstanding");
  EXPECT_EQ(rating("T", "Inspectors found the service requires improvement."),
            "Requires improvement");
  EXPECT_EQ(rating("T", "The youth justice service was given the lowest rating."), "Inadequate");
  EXPECT_EQ(rating("T", "Inspectors rated the service as inadequate."), "Inadequate");
}

TEST(ExtractRatingTest, AdjectivesAreNotRatings) {
  EXPECT_EQ(rating("Good news for youth justice", "Staff showed good practice and outstanding "
                                                  "commitment despite inadequate funding."),
            "(none)");
}

TEST(ExtractRatingTest, SubRatingsDoNotOverrideTheOverallVerdict) {
  EXPECT_EQ(rating("T", "The service was rated 'Good' overall. Its resettlement work was rated "
                        "'Outstanding'."),
            "Good");
  EXPECT_EQ(rating("T", "Eight of the twelve standards were rated inadequate. The overall rating "
                        "is 'Requires improvement'."),
            "Requires improvement");
  EXPECT_EQ(rating("T", "Inspectors found the review of cases require improvement."), "(none)");
}

TEST(ExtractRatingTest, EarlierRatingsAreIgnored) {
  EXPECT_EQ(rating("T", "The service, up from 'Requires improvement' in 2019, is now rated 'Good'."),
            "Good");
  EXPECT_EQ(rating("T", "Once rescued from an overall 'Inadequate', it was judged 'Good' this time."),
            "Good");
  EXPECT_EQ(rating("T", "The service was rated 'Inadequate' at its last inspection."), "(none)");
}

TEST(ExtractRatingTest, TheScaleExplainedIsNotARating) {
  EXPECT_EQ(rating("T", "The Inspectorate uses a four-point scale: ‘Outstanding’, ‘Good’, "
                        "‘Requires improvement’ and ‘Inadequate’."),
            "(none)");
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

TEST(ExtractInspectorTest, NameBesideTheTitleInAnyOrder) {
  EXPECT_EQ(inspector("T", "Chief Inspector of Probation, Justin Russell, said: “Good.”"),
            "Justin Russell");
  EXPECT_EQ(inspector("T", "“It must improve,” said Martin Jones, the chief inspector of probation."),
            "Martin Jones");
  EXPECT_EQ(inspector("T", "Chief inspector of probation Justin Russell said it was good."),
            "Justin Russell");
  EXPECT_EQ(inspector("T", "Julie Fox, Assistant Chief Inspector of Probation, said the work was "
                           "encouraging."),
            "Julie Fox");
}

TEST(ExtractInspectorTest, HonorificsAndPostNominalsAreDropped) {
  EXPECT_EQ(inspector("T", "Dame Glenys Stacey, HM Chief Inspector of Probation, said."),
            "Glenys Stacey");
  EXPECT_EQ(inspector("T", "Martin Jones CBE, HM Chief Inspector of Probation, said."),
            "Martin Jones");
}

TEST(ExtractInspectorTest, OtherPeopleAreNotTheChiefInspector) {
  EXPECT_EQ(inspector("T", "Councillor Deborah Taylor said changes had been made. Head of "
                           "Communications Catherine Chan can be contacted."),
            "(none)");
  EXPECT_EQ(inspector("T", "HM Chief Inspector of Prisons, Charlie Taylor, said the jail was "
                           "unsafe."),
            "(none)");
  EXPECT_EQ(inspector("T", "Ofsted's chief inspector, Amanda Spielman, said. The probation "
                           "service was not inspected."),
            "(none)");
}

TEST(ExtractInspectorTest, ThePastChiefInspectorIsNotTheCurrentOne) {
  EXPECT_EQ(inspector("T", "In 2016 the then chief inspector of probation, Dame Glenys Stacey, "
                           "found problems. Chief Inspector of Probation Martin Jones said the "
                           "service had improved. Mr Jones added more."),
            "Martin Jones");
}

TEST(ExtractInspectorTest, TitleThenNameInTheNextSentence) {
  EXPECT_EQ(inspector("T", "Leaders must work together, the Chief Inspector of Probation has "
                           "said. Dame Glenys Stacey published the report today."),
            "Glenys Stacey");
}

// ---- explicit fields ----

TEST(ExtractFacetsTest, ExplicitFieldsOverrideTheProse) {
  Article article;
  article.title = "Surrey Youth Offending Service rated 'Inadequate'";
  article.body = "Published: 5 June 2019";
  article.rating = "good";
  article.area = "Somewhere Else";
  const Facets f = extract_facets(article);
  EXPECT_EQ(f.rating->value, Rating::kGood);
  EXPECT_EQ(f.rating->evidence, "");
  EXPECT_EQ(f.area->value, "Somewhere Else");
  EXPECT_EQ(f.year->value, 2019);
}

}  // namespace
}  // namespace yjs::extract
