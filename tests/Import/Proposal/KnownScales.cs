using ActionPlanTracker.Domain;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>Scales a council might already have in the tracker.</summary>
internal static class KnownScales
{
    public static readonly KnownScale OneToThree = new(1, new RatingScale("1 to 3 score", null,
    [
        new ScaleLevel(1, "1", null, null, false),
        new ScaleLevel(2, "2", null, null, false),
        new ScaleLevel(3, "3", null, null, false),
    ]));

    public static readonly KnownScale Rag = new(2, new RatingScale("RAG", true,
    [
        new ScaleLevel(1, "Red", null, "#ff0000", false),
        new ScaleLevel(2, "Amber", null, "#ffcc00", false),
        new ScaleLevel(3, "Green", null, "#92d050", false),
    ]));

    public static readonly KnownScale Progress = new(3, new RatingScale("1 to 5 progress", true,
    [
        new ScaleLevel(1, "Not started", null, "#ff0000", false),
        new ScaleLevel(2, "Started, some delay", null, "#ffcc00", false),
        new ScaleLevel(3, "On track", null, "#92d050", false),
        new ScaleLevel(4, "Complete, monitoring", null, "#00b0f0", true),
        new ScaleLevel(5, "Complete and sustained", null, null, true),
    ]));

    public static readonly IReadOnlyList<KnownScale> All = [OneToThree, Rag, Progress];
}
