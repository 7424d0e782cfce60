using System.Text.Json;

namespace ActionPlanTracker.Tests.Api.Inspections;

public sealed record InspectionDto(long Id, string Inspectorate, string? Kind, string? Title, DateOnly? StartedOn, DateOnly? EndedOn,
    DateOnly? PublishedOn, string? OverallJudgement, int? OverallLevel, long? JudgementScaleId, string? JudgementScaleName,
    string? ReportReference, List<JudgementDto> Judgements, List<InspectionPlanDto> Plans, long Version, string CreatedAt, string UpdatedAt);

public sealed record JudgementDto(string Area, string? Judgement, int? Level, string? ScoreText, double? Percentage);

public sealed record InspectionPlanDto(long Id, string Title);

public sealed record InspectionRecommendationDto(long Id, long InspectionId, string? Number, string Text, string? Addressee,
    string? Paragraphs, int SortOrder, List<LinkedItemDto> Links, long Version, string CreatedAt, string UpdatedAt);

public sealed record LinkedItemDto(string Kind, long ItemId, long PlanId, string PlanTitle, string ItemNumber, string ItemText, string? Note);

public sealed record CoverageDto(CoverageInspectionDto? Inspection, List<CoverageRecommendationDto> Recommendations, List<CoverageGapDto> Gaps);

public sealed record CoverageInspectionDto(long Id, string Inspectorate, string? Kind, string? Title, DateOnly? PublishedOn, string? OverallJudgement);

public sealed record CoverageRecommendationDto(long Id, string? Number, string Text, string? Addressee, string? Paragraphs, List<LinkedItemDto> Links);

public sealed record CoverageGapDto(long Id, string? Number, string Text, string? Addressee, string? Paragraphs);

/// <summary>The part of a plan these tests care about.</summary>
public sealed record PlanInspectionDto(long Id, string Title, long? InspectionId, long Version);

public static class InspectionJson
{
    // Records holding lists compare lists by reference; the JSON is what a client sees, so compare that.
    public static string Of(object? value) => JsonSerializer.Serialize(value, Http.Json);
}
