using System.Data;

namespace ActionPlanTracker.Features.Inspections;

/// <summary>
/// Which of an inspection's recommendations the plans answer: every recommendation in the report's order with the plan
/// items linked to it, and the gaps, the recommendations no plan item answers.
/// </summary>
public sealed record CoverageResponse
{
    /// <summary>The inspection; null when asked about a plan that answers none.</summary>
    public CoverageInspection? Inspection { get; init; }
    /// <summary>Every recommendation of the report, in printed order.</summary>
    public IReadOnlyList<CoverageRecommendation> Recommendations { get; init; } = [];
    /// <summary>The recommendations that no plan item answers, in printed order.</summary>
    public IReadOnlyList<CoverageGap> Gaps { get; init; } = [];
}

/// <summary>The inspection a coverage answer is about.</summary>
public sealed record CoverageInspection
{
    public long Id { get; init; }
    public string Inspectorate { get; init; } = "";
    public string? Kind { get; init; }
    public string? Title { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public string? OverallJudgement { get; init; }
}

/// <summary>One of the report's recommendations and the plan items that answer it.</summary>
public sealed record CoverageRecommendation
{
    public long Id { get; init; }
    /// <summary>The number as the report prints it.</summary>
    public string? Number { get; init; }
    public string Text { get; init; } = "";
    public string? Addressee { get; init; }
    public string? Paragraphs { get; init; }
    /// <summary>The plan items that answer it, from every plan that answers the inspection; empty for a gap.</summary>
    public IReadOnlyList<LinkedItemResponse> Links { get; init; } = [];
}

/// <summary>A recommendation of the report that no plan item answers.</summary>
public sealed record CoverageGap
{
    public long Id { get; init; }
    public string? Number { get; init; }
    public string Text { get; init; } = "";
    public string? Addressee { get; init; }
    public string? Paragraphs { get; init; }
}

public static class CoverageData
{
    /// <summary>The answer for a plan that answers no inspection: nothing to cover, and no gaps.</summary>
    public static readonly CoverageResponse None = new();

    /// <summary>The coverage of one inspection, read inside the caller's transaction so the two reads agree.</summary>
    public static async Task<CoverageResponse> ForAsync(IDbConnection connection, InspectionResponse inspection, IDbTransaction transaction)
    {
        var recommendations = await InspectionRecommendationData.ListAsync(connection, inspection.Id, transaction: transaction);
        return new CoverageResponse
        {
            Inspection = new CoverageInspection
            {
                Id = inspection.Id, Inspectorate = inspection.Inspectorate, Kind = inspection.Kind, Title = inspection.Title,
                PublishedOn = inspection.PublishedOn, OverallJudgement = inspection.OverallJudgement,
            },
            Recommendations = recommendations.Select(r => new CoverageRecommendation
            {
                Id = r.Id, Number = r.Number, Text = r.Text, Addressee = r.Addressee, Paragraphs = r.Paragraphs, Links = r.Links,
            }).ToList(),
            Gaps = recommendations.Where(r => r.Links.Count == 0).Select(r => new CoverageGap
            {
                Id = r.Id, Number = r.Number, Text = r.Text, Addressee = r.Addressee, Paragraphs = r.Paragraphs,
            }).ToList(),
        };
    }
}
