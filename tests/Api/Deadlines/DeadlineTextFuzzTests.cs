using System.Net;
using System.Text;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Tests.Domain;
using CsCheck;

namespace ActionPlanTracker.Tests.Api.Deadlines;

/// <summary>
/// Deadline text is free text, pasted from spreadsheets and documents in any language, so no text may give a server
/// error: not when it is previewed, not when it is saved, and not on any page or report that reads it afterwards.
/// </summary>
public sealed class DeadlineTextFuzzTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Fuzz Administrator");

    /// <summary>Texts that have broken deadline parsers, or could: other scripts' digits, impossible years, broken UTF-16.</summary>
    private static readonly string[] Awkward =
    [
        "٠١/٠٢/٢٠١٨", "۳۱/۱۲/۲۰۱۷", "３１／１２／２０１７", "३१ March २०१८", "𝟑𝟏/𝟏𝟐/𝟐𝟎𝟏𝟕", "Dec 0000", "December 99999", "Dec 9999 - Jan",
        "31/02/2018", "00/00/0000", "01/16/2018", "01/02/2018", "Nov - Feb 2017", "June/July 2022", "Progressing", "\uD800", "\uDC00 Dec 16",
        "Dec 16 \uFFFE", "\u0001\u0002 Mar-18", "Ongoing\0", "Sept 16 / ongoing. " + new string('٣', 200), new string('/', 500),
        string.Concat(Enumerable.Repeat("𝟏", 250)),
    ];

    [Test]
    public async Task No_text_sent_to_be_understood_as_a_deadline_gets_a_server_error()
    {
        foreach (var text in Awkward)
            await UnderstandsWithoutServerErrorAsync(text);

        // A few hundred generated texts, one request each; a failure shrinks to the shortest text that fails.
        await DeadlineTexts.AnyText.SampleAsync(UnderstandsWithoutServerErrorAsync, iter: 300, threads: 1);
    }

    [Test]
    public async Task A_query_that_is_not_valid_UTF_8_is_read_without_a_server_error()
    {
        foreach (var bytes in new[] { "%FF", "%ED%A0%80", "%C0%AF", "%00", "%F4%90%80%80", "%E2%82", "Dec%2016%FF" })
        {
            var response = await client.GetAsync($"/api/deadlines/understand?text={bytes}");
            Assert.That((int)response.StatusCode, Is.LessThan(500), $"{bytes}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Test]
    public async Task Deadlines_as_anyone_might_write_them_never_stop_a_plans_pages_or_reports()
    {
        var lead = await Arrange.PersonAsync("Fuzz Lead");
        var planId = await Arrange.PlanAsync(client, title: "Deadlines as anyone might write them");
        await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-20" });
        var generated = DeadlineTexts.AnyText.Where(text => text.Length <= 500).Array[40].Single();
        var texts = Awkward.Concat(generated).Where(text => text.Length <= 500).ToList();

        var number = 0;
        foreach (var text in texts)
        {
            number++;
            var recommendation = await client.PostJsonAsync($"/api/plans/{planId}/recommendations",
                new { number = $"{number}", text = "Improve the timeliness of assessments.", leadIds = new[] { lead }, deadlineText = text });
            // A lone surrogate reaches the server as U+FFFD (the client's JSON writer replaces it), which XML can carry.
            if (!XmlSafeText.IsValid(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text))))
            {
                // A character no Word or Excel report could hold (U+FFFE, a control character) is refused, naming the field.
                Assert.That((await recommendation.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "deadlineText" }), Show(text));
                continue;
            }
            await SavedAsync(recommendation, text);
            var recommendationId = (await recommendation.ReadAsync<Created>()).Id;
            var action = await client.PostJsonAsync($"/api/plans/{planId}/actions",
                new { recommendationId, code = "A", description = "Audit assessments.", ownerIds = Array.Empty<long>(), deadlineText = text });
            await SavedAsync(action, text);
        }

        // The same texts as raw JSON, lone surrogates escaped as a client might send them.
        foreach (var escaped in new[] { @"\ud800", @"\udc00 Dec 16", @"Mar-18 \ud83d", @"\u0000", @"\ufffe" })
        {
            number++;
            var raw = await client.SendRawAsync(HttpMethod.Post, $"/api/plans/{planId}/recommendations",
                $$"""{"number":"{{number}}","text":"Raw JSON deadline","leadIds":[],"deadlineText":"{{escaped}}"}""", ifMatch: null);
            await SavedWithoutServerErrorAsync(raw, escaped);
        }

        // Changing a deadline goes through the same rules as creating one.
        var changed = (await (await client.GetAsync($"/api/plans/{planId}/actions")).ReadAsync<List<ActionRow>>()).First();
        var update = await client.PutJsonAsync($"/api/plans/{planId}/actions/{changed.Id}",
            new { recommendationId = changed.RecommendationId, code = "A", description = "Audit assessments.", ownerIds = Array.Empty<long>(),
                deadlineText = "٠١/٠٢/٠٠٠٠ \uD800" }, $"\"{changed.Version}\"");
        await SavedWithoutServerErrorAsync(update, "an update");

        var manager = TrackerApp.ClientFor("Fuzz Lead", "manager", lead);
        foreach (var (reader, url) in new[]
        {
            (client, $"/api/plans/{planId}/grid"), (client, $"/api/plans/{planId}/summary"), (client, $"/api/plans/{planId}/report"),
            (client, $"/api/plans/{planId}/report/csv"), (client, $"/api/plans/{planId}/report/docx"), (client, $"/api/plans/{planId}/report/xlsx"),
            (client, $"/api/plans/{planId}/recommendations"), (client, $"/api/plans/{planId}/actions"), (manager, "/api/my-items"),
        })
        {
            var response = await reader.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{url}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task UnderstandsWithoutServerErrorAsync(string text)
    {
        // Percent-encoded UTF-8 by hand: Uri.EscapeDataString refuses a lone surrogate, which is what is being tried.
        var query = string.Concat(Encoding.UTF8.GetBytes(text).Select(b => $"%{b:X2}"));
        var response = await client.GetAsync($"/api/deadlines/understand?text={query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.BadRequest), body);
        if (response.StatusCode != HttpStatusCode.OK) return;

        var understood = await response.ReadAsync<DeadlineDto>();
        Assert.That(understood.DueBy, Is.EqualTo(understood.DueDates.Count == 0 ? null : understood.DueDates.Max()), body);
        Assert.That(understood.ToConfirm, Is.Not.Null, body);
    }

    /// <summary>Any deadline text up to the length limit that XML can carry is kept as written, whatever the tracker makes of it.</summary>
    private static async Task SavedAsync(HttpResponseMessage response, string text) =>
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), $"{Show(text)}: {await response.Content.ReadAsStringAsync()}");

    private static async Task SavedWithoutServerErrorAsync(HttpResponseMessage response, string text)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.LessThan(500), $"{Show(text)}: {body}");
    }

    private static string Show(string text) =>
        string.Concat(text.Take(80).Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));

    private sealed record Created(long Id);

    private sealed record ActionRow(long Id, long? RecommendationId, long Version);
}
