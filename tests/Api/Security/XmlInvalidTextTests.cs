using System.Net;
using Dapper;
using DocumentFormat.OpenXml.Packaging;

namespace ActionPlanTracker.Tests.Api.Security;

/// <summary>
/// Characters XML 1.0 cannot carry (U+FFFE, U+FFFF, C0 controls other than tab, line feed and carriage return) are
/// refused at input with a 400 naming the field, and text already stored with them (an old row, an import) never stops
/// the Word and Excel downloads: the writers leave those characters out.
/// </summary>
public sealed class XmlInvalidTextTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Xml Administrator");

    // Code points rather than the characters themselves, so the test names stay readable in every runner.
    [TestCase(0xFFFE)]
    [TestCase(0xFFFF)]
    [TestCase(0x0001)]
    [TestCase(0x000B)]
    [TestCase(0x001F)]
    [TestCase(0x0000)]
    public async Task A_plan_title_with_a_character_xml_cannot_carry_is_a_400_naming_title(int codePoint)
    {
        var title = $"Plan {(char)codePoint} title";
        var response = await client.PostJsonAsync("/api/plans", new
        {
            title, sourceType = "Ofsted ILACS inspection", status = "active", scaleId = 2, groupedByPriority = false, scoreLevel = "recommendation",
        });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "title" }));
        Assert.That(problem.ReasonFor("title"), Does.Contain("character"));
    }

    [Test]
    public async Task Tab_line_feed_and_carriage_return_are_still_accepted()
    {
        var planId = await Arrange.PlanAsync(client, title: "Xml tab\tand\r\nlines plan");
        Assert.That(planId, Is.GreaterThan(0));
    }

    [Test]
    public async Task Text_in_nested_fields_and_lists_is_checked_with_the_fields_path()
    {
        var planId = await Arrange.PlanAsync(client, title: "Xml nested fields plan");
        var response = await client.PostJsonAsync($"/api/plans/{planId}/recommendations",
            new { number = "1", text = "Improve \uFFFF assessments.", leadIds = Array.Empty<long>(), deadlineText = "Dec 26" });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "text" }));

        var person = await client.PostJsonAsync("/api/people", new { name = "Xml \u0002 Person" });
        Assert.That((await person.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "name" }));

        var inspection = await client.PostJsonAsync("/api/inspections", new
        {
            inspectorate = "Ofsted", kind = "ILACS", title = "Xml inspection", publishedOn = "2026-03-14", overallJudgement = "Good",
            judgements = new[] { new { area = "Leadership", judgement = "Good \uFFFE" } },
        });
        Assert.That((await inspection.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "judgements[0].judgement" }));
    }

    [Test]
    public async Task A_query_parameter_with_a_character_xml_cannot_carry_is_a_400_naming_it()
    {
        var response = await client.GetAsync("/api/deadlines/understand?text=Dec%2026%EF%BF%BE");
        Assert.That((await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "text" }));
    }

    [Test]
    public async Task Text_stored_before_the_check_never_stops_the_word_and_excel_downloads()
    {
        var lead = await Arrange.PersonAsync("Xml Stored Lead");
        var planId = await Arrange.PlanAsync(client, title: "Xml stored text plan");
        var recommendationId = await Arrange.RecommendationAsync(client, planId, leadIds: [lead], deadlineText: "Dec 26");
        var review = await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-20" });
        var reviewId = (await review.ReadAsync<Created>()).Id;
        var score = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}",
            new { level = 3, narrative = "On track." }, null);
        Assert.That(score.IsSuccessStatusCode, await score.Content.ReadAsStringAsync());

        // As an old row or an import would have left them: every kind of character XML 1.0 cannot carry, in every kind of text.
        const string bad = "\uFFFE\uFFFF\u0001\u0008\u000B\u000C\u001F";
        using (var connection = TrackerApp.Factory.OpenDatabase())
        {
            connection.Execute("UPDATE plans SET title = @title, overall_judgement = @bad, plan_version = @bad WHERE id = @planId",
                new { title = $"Xml stored {bad} plan", bad, planId });
            connection.Execute("UPDATE recommendations SET text = @text, deadline_text = @deadline WHERE id = @recommendationId",
                new { text = $"Improve {bad} assessments.", deadline = $"Dec 26 {bad}", recommendationId });
            connection.Execute("UPDATE people SET name = @name WHERE id = @lead", new { name = $"Xml {bad} Lead", lead });
            connection.Execute("UPDATE reviews SET label = @label WHERE id = @reviewId", new { label = $"RAG {bad} 11/26", reviewId });
            connection.Execute("UPDATE scores SET narrative = @narrative WHERE review_id = @reviewId", new { narrative = $"On {bad} track.", reviewId });
        }

        var docx = await client.GetAsync($"/api/plans/{planId}/report/docx");
        var docxBytes = await docx.Content.ReadAsByteArrayAsync();
        Assert.That(docx.StatusCode, Is.EqualTo(HttpStatusCode.OK), System.Text.Encoding.UTF8.GetString(docxBytes) + string.Join("\n", TrackerApp.Factory.LogLines.TakeLast(3)));
        using (var document = WordprocessingDocument.Open(new MemoryStream(docxBytes), false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.That(text, Does.Contain("Xml stored  plan"));
            Assert.That(text, Does.Contain("Improve  assessments."));
            Assert.That(document.PackageProperties.Title, Is.EqualTo("Xml stored  plan: scrutiny report"));
            Assert.That(document.PackageProperties.Subject, Is.EqualTo("Review RAG  11/26"));
        }

        var xlsx = await client.GetAsync($"/api/plans/{planId}/report/xlsx");
        var xlsxBytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.That(xlsx.StatusCode, Is.EqualTo(HttpStatusCode.OK), System.Text.Encoding.UTF8.GetString(xlsxBytes));
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsxBytes), false))
        {
            var strings = workbook.WorkbookPart!.SharedStringTablePart!.SharedStringTable!.InnerText;
            Assert.That(strings, Does.Contain("Improve  assessments."));
            Assert.That(workbook.PackageProperties.Title, Is.EqualTo("Xml stored  plan: scrutiny report"));
        }
    }

    private sealed record Created(long Id);
}
