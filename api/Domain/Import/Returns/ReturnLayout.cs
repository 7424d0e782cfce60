namespace ActionPlanTracker.Domain.Import.Returns;

/// <summary>
/// What the monthly return workbook holds and where, shared by the writer and the reader so the two cannot drift: the
/// sheet a manager fills in, the headers its columns are found by (so a column moved or inserted still reads), and the
/// hidden sheet that says which plan and review the return was made for and what each row showed at download.
/// </summary>
public static class ReturnLayout
{
    public const string Sheet = "Return";
    public const string DetailsSheet = "Return details";

    public const string ScoreHeader = "Score";
    public const string UpdateHeader = "Update";
    public const string UpdateDateHeader = "Update date";
    public const string EvidenceHeader = "Evidence";
    public const string KeyHeader = "Key";

    /// <summary>The dropdown's last choice, and how a row with a score row but no level is pre-filled.</summary>
    public const string NoScore = "No score";

    // Labels in column A of the details sheet, each with its value in column B.
    public const string PlanIdLabel = "Plan id";
    public const string ReviewIdLabel = "Review id";
    public const string MadeAtLabel = "Made at";
    public const string MadeForLabel = "Made for";

    /// <summary>Heads the details sheet's list of the scale's levels, the dropdown's source.</summary>
    public const string LevelsLabel = "Levels";

    /// <summary>Heads the details sheet's copy of each row as downloaded: key, score, update, update date (yyyy-MM-dd), evidence.</summary>
    public const string ShownLabel = "As downloaded";

    // Defined names, so a person or a macro can find the return's plan and review without knowing the hidden sheet.
    public const string PlanIdName = "ReturnPlanId";
    public const string ReviewIdName = "ReturnReviewId";
    public const string MadeAtName = "ReturnMadeAt";
    public const string LevelsName = "ReturnLevels";
}
