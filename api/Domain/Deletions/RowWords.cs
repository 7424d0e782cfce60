using System.Globalization;

namespace ActionPlanTracker.Domain.Deletions;

/// <summary>How rows and deletions are named in what the tracker says about them: "action 2 / A “Recruit …”", "review “RAG 03/18”".</summary>
public static class RowWords
{
    private const int QuoteLength = 60;

    /// <summary>
    /// What a deletion says went: the item's kind, its reference as the grid shows it ("2 / A") and the start of its
    /// text, e.g. <c>action 2 / A “Recruit and keep experienced social workers”</c>.
    /// </summary>
    public static string Describe(string itemType, string? reference, string? text)
    {
        var kind = itemType == "measure" ? "success measure" : itemType;
        var parts = new List<string> { kind };
        if (!string.IsNullOrWhiteSpace(reference)) parts.Add(reference.Trim());
        if (!string.IsNullOrWhiteSpace(text)) parts.Add(Quote(text));
        return string.Join(' ', parts);
    }

    /// <summary>The grid's reference: the numbers down the tree that the plan prints, joined by " / ".</summary>
    public static string Reference(params string?[] numbers) =>
        string.Join(" / ", numbers.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));

    /// <summary>Text in curly quotes, cut at a word boundary with an ellipsis when it is long.</summary>
    public static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length > QuoteLength)
        {
            var cut = flat.LastIndexOf(' ', QuoteLength);
            flat = (cut > QuoteLength / 2 ? flat[..cut] : flat[..QuoteLength]).TrimEnd(',', ';', ':', '.', ' ') + " …";
        }
        return $"“{flat}”";
    }

    /// <summary>A row of a known table named as a person would: "recommendation 2", "review “RAG 03/18”", "person “Jo Bloggs”".</summary>
    public static string Label(Row row) => row.Table switch
    {
        "plans" => "plan " + Quote(Text(row, "title")),
        "priorities" => Numbered("priority", row, "number", "title"),
        "recommendations" => Numbered("recommendation", row, "number", "text"),
        "actions" => Numbered("action", row, "code", "description"),
        "success_measures" => Numbered("success measure", row, "number", "text"),
        "reviews" => "review " + Quote(Text(row, "label")),
        "people" => "person " + Quote(row.Has("name") && row["name"] is string name ? name : Text(row, "job_title")),
        "scale_levels" => "scale level " + Quote(Text(row, "label")),
        "inspection_recommendations" => Numbered("the inspection report's recommendation", row, "number", "text"),
        "inspections" => "inspection " + Quote(row.Has("title") && row["title"] is string title ? title : Text(row, "inspectorate")),
        _ => $"{Words(row.Table)} {string.Join(", ", row.Values.Select(SnapshotValues.Text))}",
    };

    /// <summary>One row of a table, as in "another {noun} added since": "action", "success measure", "lead or owner".</summary>
    public static string Noun(string table) => table switch
    {
        "priorities" => "priority",
        "recommendations" => "recommendation",
        "actions" => "action",
        "success_measures" => "success measure",
        "scores" => "score",
        "item_people" => "lead or owner",
        "item_updates" => "update",
        "recommendation_addressees" => "addressee",
        "inspection_recommendation_links" => "link to the inspection report",
        "reported_averages" => "printed average",
        "printed_figures" => "printed figure",
        _ => "row of " + Words(table),
    };

    /// <summary>Rows of a table, as in "which its {rows} refer to": "scores", "leads and owners", "update log".</summary>
    public static string Plural(string table) => table switch
    {
        "success_measures" => "success measures",
        "item_people" => "leads and owners",
        "item_updates" => "update log entries",
        "recommendation_addressees" => "addressees",
        "inspection_recommendation_links" => "links to the inspection report",
        "reported_averages" => "printed averages",
        "printed_figures" => "printed figures",
        _ => Words(table),
    };

    /// <summary>
    /// The columns a unique constraint compared, from SQLite's message ("UNIQUE constraint failed: actions.recommendation_id,
    /// actions.code"), in words, leaving out the ids that only say where ("code").
    /// </summary>
    public static string ClashingColumns(string message) => ClashingColumns(RestoreRules.UniqueColumns(message));

    /// <summary>A unique constraint's columns in words, leaving out the ids that only say where.</summary>
    public static string ClashingColumns(IReadOnlyList<string> columns)
    {
        if (columns.Count == 0) return "values";
        var meaningful = columns.Where(c => c != "id" && !c.EndsWith("_id", StringComparison.Ordinal)).ToList();
        return string.Join(" and ", (meaningful.Count > 0 ? meaningful : columns).Select(Words));
    }

    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string Numbered(string kind, Row row, string numberColumn, string textColumn) =>
        row.Has(numberColumn) && row[numberColumn] is string number && !string.IsNullOrWhiteSpace(number)
            ? $"{kind} {number.Trim()}"
            : $"{kind} {Quote(Text(row, textColumn))}";

    private static string Text(Row row, string column) => row.Has(column) ? SnapshotValues.Text(row[column]) : "";

    private static string Words(string name) => name.Replace('_', ' ');
}
