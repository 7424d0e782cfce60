using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

// Item numbers as plans print them: "1", "1.1", "1.1.2", "A", "B)", "(c)", "ii", "7 (14)", "Priority 2".
public static partial class CellReadings
{
    // A dotted number, with the original number of a merged row kept in brackets ("7 (14)": 14 areas became 11).
    private const string Dotted = @"(?<number>[0-9]+(?:\.[0-9]+)*)\.?(?<original>\s*\([0-9]+\))?";

    // Roman numerals a plan uses for sub-points; "i", "v" and "x" are letters anyway.
    private const string Roman = "(?:i{1,3}|iv|vi{0,3}|ix|x)";

    // Words printed before a number: "Priority 2", "Recommendation 3", "Rec. 3".
    private const string NumberWord = @"(?:priority|recommendation|rec\.?|action|outcome|objective)\s*";

    public static partial ItemNumber? Number(string text)
    {
        var trimmed = text.Trim();
        if (OnlyNumber().Match(trimmed) is { Success: true } number)
            return Numbered(number);
        if (OnlyLetter().Match(trimmed) is { Success: true } letter)
            return new ItemNumber(letter.Groups["letter"].Value, 0, true);
        return null;
    }

    public static partial (ItemNumber? Number, string Text) SplitLeadingNumber(string text)
    {
        var trimmed = text.Trim();
        foreach (var pattern in new[] { LeadingWordNumber(), LeadingDotted(), LeadingInteger() })
        {
            if (pattern.Match(trimmed) is { Success: true } match && !LooksLikeADateOrYear(match))
                return (Numbered(match), match.Groups["rest"].Value.Trim());
        }
        if (LeadingLetter().Match(trimmed) is { Success: true } letter)
            return (new ItemNumber(letter.Groups["letter"].Value, 0, true), letter.Groups["rest"].Value.Trim());
        return (null, trimmed);
    }

    // The text keeps the number as printed, without a trailing full stop ("1.1." is item 1.1) and without the word
    // before it ("Priority 2" is priority 2).
    private static ItemNumber Numbered(Match match)
    {
        var number = match.Groups["number"].Value;
        var original = match.Groups["original"].Value;
        var depth = number.Split('.').Length;
        return new ItemNumber(original.Length == 0 ? number : number + " " + original.Trim(), depth, false);
    }

    // "12 March 2026 review" and "2026 Plan" start with a date or a year, not an item number: a number followed by only
    // a space is taken only when neither is so.
    private static bool LooksLikeADateOrYear(Match match) =>
        match.Groups["plain"].Success
        && (MonthWord().IsMatch(match.Groups["rest"].Value) || YearLike().IsMatch(match.Groups["number"].Value));

    [GeneratedRegex($@"^(?:{NumberWord})?{Dotted}\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyNumber();

    [GeneratedRegex($@"^\(?(?<letter>[a-z]|{Roman})\)?[.)]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyLetter();

    // "Priority 1: Early help", "Recommendation 3 - ...", "Priority 4" alone.
    [GeneratedRegex($@"^{NumberWord}(?<number>[0-9]+(?:\.[0-9]+)*)(?<original>\s*\([0-9]+\))?\s*(?:[.):\-–—]\s*|\s+|$)(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LeadingWordNumber();

    // "1.1 Open a front door", "1.1. Open", "2.3 (5) Audit": a dotted number needs a space after it.
    [GeneratedRegex(@"^(?<number>[0-9]+(?:\.[0-9]+)+)\.?(?<original>\s*\([0-9]+\))?\s+(?<rest>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LeadingDotted();

    // "1. Audit", "1) Audit", "1: Audit", "1 - Audit", "7 (14) Improve"; a plain space only before a capital ("1 Audit"),
    // so that "85 children" or "2026 plan" stay text.
    [GeneratedRegex(@"^(?<number>[0-9]+)(?:(?<original>\s*\([0-9]+\))\s+(?=\S)|\s*[.):]\s+|\s*[.):](?=[A-Za-z])|\s+[\-–—]\s+|(?<plain>\s+(?=[A-Z])))(?<rest>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LeadingInteger();

    // "A. Audit", "A) Audit", "a - Audit", "(c) Audit", "ii) Audit"; "e.g. ..." has no space after its stop, so stays text.
    [GeneratedRegex($@"^(?:\((?<letter>[a-z]|{Roman})\)\s+|(?<letter>[a-z]|{Roman})(?:[.):]\s+|\s+[\-–—]\s+))(?<rest>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LeadingLetter();

    [GeneratedRegex(@"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();

    [GeneratedRegex("^(?:19|20)[0-9]{2}$")]
    private static partial Regex YearLike();
}
