using System.Globalization;
using System.Net;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// Issue 10: a report of the plan as it stood on a date (asOf), and of a past review judged as at its own meeting. Every
/// form says which date overdue was judged on and why. Figures from <see cref="PrintedPlan"/>; today is 23 November 2026.
/// </summary>
public sealed class ReportAsOfTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    private static double Serial(int year, int month, int day) => new DateTime(year, month, day).ToOADate();

    [Test]
    public async Task A_report_as_of_a_date_leaves_later_reviews_out_and_judges_overdue_on_that_date()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var today = await ReportForms.GetAsync(client, plan.PlanId);
        using var asOf = await ReportForms.GetAsync(client, plan.PlanId, "asOf=2026-08-15");

        // Today M1's Sep-26 (from action A) is overdue at RAG 09/26; on 15 August 2026 only RAG 07/26 had been held and it was not due.
        Assert.That(((string)today.Json["judgedOn"]!, (string)today.Json["today"]!), Is.EqualTo(("today", "2026-11-23")));
        Assert.That(today.Json["asOf"], Is.Null);
        Assert.That(((string)asOf.Json["judgedOn"]!, (string)asOf.Json["today"]!, (string)asOf.Json["asOf"]!), Is.EqualTo(("asOf", "2026-08-15", "2026-08-15")));
        Assert.That((string)asOf.Json["review"]!["label"]!, Is.EqualTo("RAG 07/26"));
        Assert.That(asOf.Json["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(new[] { "RAG 07/26" }));
        var m1 = asOf.Json["rows"]!.AsArray().Single(r => (long)r!["id"]! == plan.M1 && (string)r["kind"]! == "measure")!;
        Assert.That((string)m1["deadlineStatusText"]!, Is.EqualTo("Not due yet"));
        Assert.That(m1["scores"]!.AsArray().Select(s => (string)s!["text"]!), Is.EqualTo(new[] { "3 On track" }));
        Assert.That((ExceptionCount(asOf, "overdue"), ExceptionCount(today, "overdue")), Is.EqualTo((0, 1)));
        const string sentence = "Figures as at 15 August 2026, the date asked for: reviews held after it are left out, and overdue and due soon are judged on that date.";
        Assert.That((string)asOf.Json["judgedOnText"]!, Is.EqualTo(sentence));
        Assert.That((string)today.Json["judgedOnText"]!, Is.EqualTo("Overdue and due soon are judged as at 23 November 2026, the day this report was made."));
        const string footer = "Plan version v3.2 of 1 March 2026 · Review: RAG 07/26 (31 July 2026) · Generated 23 November 2026 09:30 · " +
                              "Judged as at 15 August 2026 (the date asked for)";
        Assert.That((string)asOf.Json["footer"]!, Is.EqualTo(footer));

        // Word: the sentence in the header block, under the review line; the footer on every page; no RAG 09/26 column.
        var paragraphs = asOf.Paragraphs;
        Assert.That(paragraphs.IndexOf(sentence), Is.EqualTo(paragraphs.IndexOf("Review: RAG 07/26 (31 July 2026), the plan's first review.") + 1));
        Assert.That(asOf.WordFooter, Is.EqualTo(footer));
        Assert.That(asOf.WordPlanTable[0], Does.Contain("RAG 07/26").And.Not.Contain("RAG 09/26"));

        // Excel: the sentence and footer on the Summary sheet; the grid's own columns say the date (a real date) and why.
        Assert.That(asOf.SheetTexts("Summary").Select(r => r.FirstOrDefault()).Take(4), Does.Contain(sentence).And.Contain(footer));
        var grid = asOf.Sheet("Action plan");
        Assert.That(grid.RowTexts(grid.Rows[0]), Does.Not.Contain("RAG 09/26"));
        Assert.That(asOf.GridCell("Status judged as at", 1), Is.EqualTo(Serial(2026, 8, 15).ToString(CultureInfo.InvariantCulture)));
        Assert.That(grid.NumberFormat(grid.Cell($"{grid.Column("Status judged as at")}2")!), Is.EqualTo("dd/mm/yyyy"));
        Assert.That(asOf.GridCell("Why that date", 1), Is.EqualTo("The date asked for"));
        Assert.That(asOf.GridCell("Deadline status", 1), Is.EqualTo("Not due yet"));

        // CSV: the same columns, ISO dates.
        Assert.That(asOf.CsvHeaders, Does.Not.Contain("RAG 09/26"));
        Assert.That((asOf.CsvCell("Status judged as at", 0), asOf.CsvCell("Why that date", 0), asOf.CsvCell("Deadline status", 0)),
            Is.EqualTo(("2026-08-15", "The date asked for", "Not due yet")));
        Assert.That((today.CsvCell("Status judged as at", 0), today.CsvCell("Why that date", 0), today.CsvCell("Deadline status", 0)),
            Is.EqualTo(("2026-11-23", "Today", "Overdue")));

        // The files say they are as of a date; today's do not.
        Assert.That((asOf.Docx.FileName, asOf.Xlsx.FileName, asOf.CsvFile.FileName), Is.EqualTo((
            "printed-development-plan-rag-07-26-as-of-2026-08-15.docx", "printed-development-plan-rag-07-26-as-of-2026-08-15.xlsx",
            "printed-development-plan-rag-07-26-as-of-2026-08-15.csv")));
        Assert.That(today.Docx.FileName, Is.EqualTo("printed-development-plan-rag-09-26.docx"));
    }

    private static int ExceptionCount(ReportForms forms, string kind) =>
        forms.Json["exceptions"]!.AsArray().Single(e => (string)e!["kind"]! == kind)!["items"]!.AsArray().Count;

    [Test]
    public async Task A_past_review_is_judged_as_at_its_own_date_unless_asOf_says_otherwise()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var past = await ReportForms.GetAsync(client, plan.PlanId, $"reviewId={plan.Reviews[0]}");
        Assert.That(((string)past.Json["judgedOn"]!, (string)past.Json["today"]!), Is.EqualTo(("reviewDate", "2026-07-31")));
        Assert.That(past.Json["asOf"], Is.Null);
        const string sentence = "Overdue and due soon are judged as at 31 July 2026, the date of RAG 07/26: a past review is reported as it stood at its meeting.";
        Assert.That((string)past.Json["judgedOnText"]!, Is.EqualTo(sentence));
        Assert.That((string)past.Json["footer"]!, Does.EndWith(" · Judged as at 31 July 2026 (the date of RAG 07/26)"));
        Assert.That(past.Paragraphs, Does.Contain(sentence));
        Assert.That(past.WordFooter, Does.EndWith("(the date of RAG 07/26)"));
        Assert.That(past.SheetTexts("Summary").Select(r => r.FirstOrDefault()), Does.Contain(sentence));
        Assert.That((past.CsvCell("Status judged as at", 0), past.CsvCell("Why that date", 0)), Is.EqualTo(("2026-07-31", "The date of RAG 07/26")));
        Assert.That(past.Docx.FileName, Is.EqualTo("printed-development-plan-rag-07-26.docx"), "no asOf was asked for");

        // Asked for as of 15 September 2026, the same review is judged on that date: Sep-26 is then due within 30 days.
        using var asked = await ReportForms.GetAsync(client, plan.PlanId, $"reviewId={plan.Reviews[0]}&asOf=2026-09-15");
        Assert.That(((string)asked.Json["judgedOn"]!, (string)asked.Json["today"]!), Is.EqualTo(("asOf", "2026-09-15")));
        Assert.That(asked.CsvCell("Deadline status", 0), Is.EqualTo("Due within 30 days"));
        Assert.That(asked.CsvFile.FileName, Is.EqualTo("printed-development-plan-rag-07-26-as-of-2026-09-15.csv"));
    }

    [Test]
    public async Task A_report_as_of_a_date_before_the_first_review_says_none_had_been_held()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var before = await ReportForms.GetAsync(client, plan.PlanId, "asOf=2026-07-01");

        Assert.That(before.Json["review"], Is.Null);
        Assert.That(before.Json["reviews"]!.AsArray(), Is.Empty);
        Assert.That((string)before.Json["footer"]!, Does.Contain("No reviews yet").And.EndWith("Judged as at 1 July 2026 (the date asked for)"));
        Assert.That(before.Paragraphs, Does.Contain("No review had been held by 1 July 2026."));
        Assert.That(before.Json["exceptions"]!.AsArray().Single(e => (string)e!["kind"]! == "stale")!["emptyText"]!.GetValue<string>(),
            Is.EqualTo("No review had been held by 1 July 2026."));
        Assert.That(before.Docx.FileName, Is.EqualTo("printed-development-plan-no-reviews-as-of-2026-07-01.docx"));
        Assert.That(before.Csv.Select(r => r[0]), Is.EqualTo(new[] { "1 / 1 / A / 1", "1 / 1 / A", "2 / 1" }), "every scored row, with no score columns");
    }

    [Test]
    public async Task A_review_held_after_asOf_and_an_asOf_that_is_no_date_are_refused_by_name()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        foreach (var format in new[] { "", "/docx", "/xlsx", "/csv" })
        {
            var later = await client.GetAsync($"/api/plans/{plan.PlanId}/report{format}?reviewId={plan.Reviews[1]}&asOf=2026-08-15");
            var problem = await later.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.That(problem.Fields, Is.EqualTo(new[] { "reviewId" }), format);
            Assert.That(problem.ReasonFor("reviewId"), Is.EqualTo("That review was held after 2026-08-15, so it is not part of the plan as it stood then."));
            Assert.That(later.Content.Headers.ContentDisposition, Is.Null, format);

            var outOfRange = await client.GetAsync($"/api/plans/{plan.PlanId}/report{format}?asOf=1850-01-01");
            var range = await outOfRange.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.That(range.Fields, Is.EqualTo(new[] { "asOf" }), format);
            Assert.That(range.ReasonFor("asOf"), Is.EqualTo("Enter the date as yyyy-MM-dd, between 1990 and 2100."), format);

            var words = await client.GetAsync($"/api/plans/{plan.PlanId}/report{format}?asOf=last-tuesday");
            Assert.That((int)words.StatusCode, Is.EqualTo(400), format);
        }
    }
}
