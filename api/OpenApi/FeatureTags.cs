using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Lists the tags the operations use (one per feature area, see <see cref="OperationNames"/>) with a description of
/// each, in name order. An area with no description here still gets its tag, described by its folder.
/// </summary>
public sealed class FeatureTags : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["About"] = "What this server is: product name, demonstration mode and version; open to everyone.",
        ["Accounts"] = "Signing in and out, the session, users and their roles, passwords and personal API tokens.",
        ["Actions"] = "A plan's actions: what will be done, by whom and by when, under a recommendation or priority.",
        ["Audit"] = "Who changed what and when, for one plan or one item (entity types as in the audit log).",
        ["Deadlines"] = "How the tracker reads a deadline as written in a plan (\"by March 2025\", \"ongoing\").",
        ["Deletions"] = "Deleted items kept for undo: what went with them, and restoring them as they were.",
        ["Grid"] = "A plan as one document: its items, reviews and scores, as the web app's grid shows them.",
        ["Import"] = "Reading plans from Word, Excel or pasted text: uploads, column mappings, dry runs, commits, "
            + "newer versions of a plan, returned workbooks and the source files kept.",
        ["Inspections"] = "Ofsted inspections, their judgements and recommendations, and which plan items answer them.",
        ["ItemTrail"] = "One item's audit trail with its scores' trails in every review and its update-log entries, newest first.",
        ["Measures"] = "Success measures: how an action's effect is judged.",
        ["MyItems"] = "Every item the signed-in person must update in each active plan's open review.",
        ["People"] = "People named in plans as leads and owners, and linking them to user accounts.",
        ["Plans"] = "Improvement plans: title, status, scale and the level scores are given at.",
        ["PrintedFigures"] = "Figures as printed in the plan or a board report (counts or percentages at a level), kept to check against the tracker's own.",
        ["Priorities"] = "A plan's priorities: the top level grouping its recommendations and actions.",
        ["Recommendations"] = "Recommendations a plan answers, usually an inspection's, numbered as printed.",
        ["ReportedAverages"] = "Averages a printed plan reports for a review, kept to reconcile with the computed ones.",
        ["Reports"] = "A plan's progress report as JSON, CSV, Word or Excel.",
        ["Reviews"] = "Review points of a plan (dates or labels) at which items are scored, and their progress.",
        ["Scales"] = "The rating scales scores use: levels with labels, colours and which end is better.",
        ["Scores"] = "An item's score in a review (its RAG level), direction of travel, and sign-off.",
        ["Summary"] = "A plan's figures: counts and averages by level and review, and checks against printed figures.",
        ["Updates"] = "Progress updates written against an item.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = (document.Paths ?? new OpenApiPaths()).Values
            .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Reference?.Id ?? t.Name)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal);
        document.Tags = new SortedSet<OpenApiTag>(
            used.Select(name => new OpenApiTag
            {
                Name = name,
                Description = Descriptions.TryGetValue(name, out var description) ? description : $"The {name} endpoints (api/Features/{name}).",
            }),
            Comparer<OpenApiTag>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
    }
}
