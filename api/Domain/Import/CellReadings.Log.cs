using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

// A running log kept in one cell: "12/03/2026 - Audit done\n15 April 2026: Panel met". The campaign plan keeps its
// progress this way, oldest first, and often leaves dates out.
public static partial class CellReadings
{
    private const string MonthName =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])";

    public static partial IReadOnlyList<DatedEntry> DatedEntries(string text)
    {
        var entries = new List<(string? WrittenOn, List<string> Lines)>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (LineDate().Match(line) is { Success: true } date)
                entries.Add((WrittenOn(date), [line]));
            else if (entries.Count == 0)
                entries.Add((null, [line]));
            else
                entries[^1].Lines.Add(line);
        }
        return entries
            .Select(entry => new DatedEntry(entry.WrittenOn, string.Join("\n", entry.Lines).Trim()))
            .Where(entry => entry.Text.Length > 0)
            .ToList();
    }

    // Only a full day, month and year is a date on a note; "March 2026" or "12/03" is kept in the text and the note
    // stays undated, because a day made up for it would be invented data. The deadline reader reads the date the UK way.
    private static string? WrittenOn(Match date)
    {
        if (!date.Groups["full"].Success)
            return null;
        var understood = DeadlineParser.Parse(date.Groups["full"].Value);
        return understood is { IsUnderstood: true, DueBy: { } day, DueDates.Count: 1 }
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex($$"""
        ^\s*[\[(]?\s*
        (?:
            (?<full> [0-9]{1,2} [/.\-] [0-9]{1,2} [/.\-] (?:[0-9]{4}|[0-9]{2}) (?![0-9]) )
          | (?<full> [0-9]{1,2} (?:st|nd|rd|th)? [\s\-/]+ {{MonthName}} \.? [\s\-/,]+ (?:[0-9]{4}|[0-9]{2}) (?![0-9]) )
          | (?<full> {{MonthName}} \.? \s+ [0-9]{1,2} (?:st|nd|rd|th)? ,? \s+ [0-9]{4} (?![0-9]) )
          | [0-9]{1,2} (?:st|nd|rd|th)? [\s\-/]+ {{MonthName}}
          | {{MonthName}} \.? [\s\-/']* (?:[0-9]{4}|[0-9]{2}) (?![0-9])
          | [0-9]{1,2} / [0-9]{1,2} (?![/0-9])
        )
        (?=$|[\s:,;\-–—.)\]])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LineDate();
}
