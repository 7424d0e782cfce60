using System.Globalization;

namespace ActionPlanTracker.Features.Demo;

/// <summary>A person as the plans name them; the e-mail address is made up from the name at the demo council's domain.</summary>
internal sealed record DemoPerson(string Name, string JobTitle)
{
    public const string Domain = "northmoor.example";

    public string Email => $"{Name.ToLowerInvariant().Replace(' ', '.')}@{Domain}";
}

/// <summary>One demo plan as the council would print it, with every review's scores.</summary>
internal sealed record DemoPlan
{
    public required string Title { get; init; }
    public required string SourceType { get; init; }
    public required DateOnly ReportDate { get; init; }
    public string? OverallJudgement { get; init; }
    public required string PlanVersion { get; init; }
    public required long ScaleId { get; init; }
    public required bool GroupedByPriority { get; init; }
    public required string ScoreLevel { get; init; }
    /// <summary>What the plan calls its people columns, as printed.</summary>
    public string? LeadHeading { get; init; }
    public string? OwnerHeading { get; init; }
    /// <summary>In date order; scores below are given in the same order.</summary>
    public required IReadOnlyList<DemoReview> Reviews { get; init; }
    public IReadOnlyList<DemoPriority> Priorities { get; init; } = [];
    public IReadOnlyList<DemoRecommendation> Recommendations { get; init; } = [];
}

internal sealed record DemoReview(string Label, DateOnly Date, string Reviewer, bool IsOpen);

internal sealed record DemoPriority(string Number, string Title, string Outcome, IReadOnlyList<DemoAction> Actions);

/// <summary>A scored recommendation: <see cref="Scores"/> holds one entry per review, null where there is no row at all.</summary>
internal sealed record DemoRecommendation(
    string Number, string Text, string JudgementArea, string Paragraphs, string Deadline,
    IReadOnlyList<DemoPerson> Leads, IReadOnlyList<DemoAction> Actions, IReadOnlyList<DemoScore?> Scores);

internal sealed record DemoAction(string Code, string Description, DemoPerson Lead, IReadOnlyList<DemoPerson> Owners, string Deadline)
{
    public DemoPerson? Responsible { get; init; }
    /// <summary>The inspection recommendation a development-plan action answers: "Ofsted rec 3".</summary>
    public string? SourceReference { get; init; }
    public IReadOnlyList<DemoMeasure> Measures { get; init; } = [];
}

/// <summary>A scored success measure: one entry per review, null where the measure had not been added yet.</summary>
internal sealed record DemoMeasure(string Text, IReadOnlyList<DemoScore?> Scores);

/// <summary>One cell of a review column. A null level is "no score"; <see cref="RecordedAs"/> keeps what the cell said.</summary>
internal sealed record DemoScore(int? Level, string? Narrative)
{
    public string? RecordedAs { get; init; }
    public string? Override { get; init; }
    public string? OverrideReason { get; init; }

    public static DemoScore Of(int level, string narrative) => new(level, narrative);

    /// <summary>The lead sent nothing for this review, and the sheet said so.</summary>
    public static DemoScore UpdateNotAvailable => new(null, null) { RecordedAs = "update not available" };

    /// <summary>A zero typed into the column as a placeholder: in the councils' sheets that meant no score, never a level.</summary>
    public static DemoScore ZeroPlaceholder => new(null, null) { RecordedAs = "0" };

    /// <summary>Evidence for a complete level, waiting for the board's sign-off.</summary>
    public string? Evidence { get; init; }

    public DemoScore Overridden(string direction, string reason) => this with { Override = direction, OverrideReason = reason };

    /// <summary>A claim of completion with its evidence, which the board has not yet signed off.</summary>
    public DemoScore ClaimedWith(string evidence) => this with { Evidence = evidence };
}

/// <summary>
/// Writes deadlines the way the councils' cells do ("June - Dec 26", "Sept 26 / ongoing", "31 st December 2026"), placed
/// relative to today so that whenever the demo is started some work is overdue, some due within 30 days and some ahead.
/// A month stands for its last day: any earlier month is past, this month ends within 30 days, and two or more months on
/// is always more than 30 days away.
/// </summary>
internal sealed class Due(DateOnly today)
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    /// <summary>"Mar-27".</summary>
    public string Hyphenated(int months) => $"{Month(months).ToString("MMM", En)}-{Yy(Month(months))}";

    /// <summary>"Sept 26".</summary>
    public string Short(int months) => $"{Abbreviation(Month(months))} {Yy(Month(months))}";

    /// <summary>"March 2027".</summary>
    public string Long(int months) => Month(months).ToString("MMMM yyyy", En);

    /// <summary>"June - Dec 26", or "May 26 - March 27" across a year end.</summary>
    public string Range(int fromMonths, int toMonths)
    {
        var (from, to) = (Month(fromMonths), Month(toMonths));
        return from.Year == to.Year
            ? $"{from.ToString("MMMM", En)} - {Abbreviation(to)} {Yy(to)}"
            : $"{Abbreviation(from)} {Yy(from)} - {to.ToString("MMMM", En)} {Yy(to)}";
    }

    /// <summary>"August 26 &amp; March 2027": two deadlines in one cell.</summary>
    public string Two(int firstMonths, int secondMonths) =>
        $"{Month(firstMonths).ToString("MMMM", En)} {Yy(Month(firstMonths))} & {Long(secondMonths)}";

    /// <summary>"Review in Sept 2027".</summary>
    public string ReviewIn(int months) => $"Review in {Abbreviation(Month(months))} {Month(months).ToString("yyyy", En)}";

    /// <summary>"3 November 2026".</summary>
    public string Date(int days) => today.AddDays(days).ToString("d MMMM yyyy", En);

    /// <summary>"02/12/2026", day first as UK sheets write it.</summary>
    public string Numeric(int days) => today.AddDays(days).ToString("dd/MM/yyyy", En);

    /// <summary>"31 st December 2026": the ordinal split from its number, as pasted from Word.</summary>
    public string SplitOrdinal(int days)
    {
        var date = today.AddDays(days);
        var suffix = (date.Day % 10, date.Day / 10) switch
        {
            (_, 1) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        return $"{date.Day} {suffix} {date.ToString("MMMM yyyy", En)}";
    }

    private DateOnly Month(int months) => today.AddMonths(months);

    // The sheets write "Sept" for September and three letters for every other month.
    private static string Abbreviation(DateOnly month) => month.Month == 9 ? "Sept" : month.ToString("MMM", En);

    private static string Yy(DateOnly month) => month.ToString("yy", En);
}
