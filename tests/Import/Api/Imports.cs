using System.Net.Http.Headers;
using System.Text;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Tests.Api;

namespace ActionPlanTracker.Tests.Import.Api;

/// <summary>Talking to the import endpoints as the web app does: a file in a multipart form, the mapping and commit with If-Match.</summary>
public static class Imports
{
    /// <summary>A small recommendation plan as a council's CSV export writes it, built here so the test says what the file holds.</summary>
    public static byte[] RecommendationPlanCsv(string title = "Ofsted action plan") => Encoding.UTF8.GetBytes(
        $"{title}\r\n" +
        "No.,Recommendation,Assigned lead,By when,Score Nov 16\r\n" +
        "1,Improve the quality of assessments,Priya Raman (Head of Service),Mar-18,2\r\n" +
        $"2,Strengthen management oversight,Owen Hughes,Ongoing,3\r\n");

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, long? mappingId = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (mappingId is { } id) form.Add(new StringContent(id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "mappingId");
        return await client.PostAsync("/api/imports", form);
    }

    public static async Task<HttpResponseMessage> CommitAsync(HttpClient client, long importId, string? ifMatch, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/imports/{importId}/commit");
        if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body, options: Http.Json);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    /// <summary>A mapping that reads <see cref="RecommendationPlanCsv"/>: header on row 2, one review, the built-in 1 to 3 scale.</summary>
    public static ImportMapping RecommendationPlanMapping(string title = "Ofsted action plan") => new()
    {
        Tables = [new TableChoice(0, 2, 2)],
        Columns =
        [
            new ColumnMapping(1, "No.", ColumnRole.Number), new ColumnMapping(2, "Recommendation", ColumnRole.Text),
            new ColumnMapping(3, "Assigned lead", ColumnRole.Lead), new ColumnMapping(4, "By when", ColumnRole.Deadline),
            new ColumnMapping(5, "Score Nov 16", ColumnRole.Score, Review: "Score Nov 16"),
        ],
        Levels = [ItemLevel.Recommendation],
        ScoreLevel = ItemLevel.Recommendation,
        Reviews = [new ReviewColumn("Score Nov 16")],
        Scale = new ScaleChoice { ScaleId = 2 },
        Values = [new ValueMapping("2", 2), new ValueMapping("3", 3)],
        Plan = new PlanDetails { Title = title, SourceType = "Ofsted ILACS inspection" },
    };

    public sealed record CommitDto(long ImportId, long PlanId, bool PlanCreated, CountsDto Counts);

    public sealed record CountsDto(int Priorities, int Recommendations, int Actions, int Measures, int Reviews, int Scores, int NoScores,
        int Updates, int PeopleCreated, int PeopleMatched, int ReportedAverages, int PrintedFigures, int RowsSkipped);

    public sealed record ImportDto(long Id, string Kind, string Status, string FileName, string Format, string Sha256, long SizeBytes,
        long? PlanId, string CreatedBy, int Version, List<TableDto> Tables, ImportMapping Mapping, DryRunDto DryRun, AlreadyDto? AlreadyImported);

    public sealed record TableDto(int Index, string Name, int RowCount, int ColumnCount, List<SampleRowDto> SampleRows);

    public sealed record SampleRowDto(int Number, List<string> Cells);

    public sealed record DryRunDto(CountsDto Counts, List<FindingDto> Findings, List<object> Preview, bool CanCommit);

    public sealed record FindingDto(string Kind, string Message, string? Where);

    public sealed record AlreadyDto(long PlanId, string PlanTitle, string CommittedAt);

    public sealed record SummaryDto(long Id, string Kind, string Status, string FileName, string Format, long SizeBytes, string Sha256, long? PlanId);
}
