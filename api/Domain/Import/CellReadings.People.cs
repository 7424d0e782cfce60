using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

// People cells as plans write them: "Priya Raman (Head of Service) / Owen Hughes", "Head of Service & PR",
// "Owen Hughes, Service Manager", "PR". Splitting is conservative: a job title such as "Head of Safeguarding and
// Quality" must never become two people, so "and", "&" and commas split only between parts that each look like a person.
public static partial class CellReadings
{
    // Words that make a part a job title rather than a name.
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "manager", "managers", "director", "lead", "leads", "officer", "officers", "coordinator", "co-ordinator",
        "principal", "team", "teams", "service", "services", "worker", "workers", "chair", "partnership", "board",
        "assistant", "deputy", "chief", "executive", "adviser", "advisor", "consultant", "practitioner", "commissioner",
        "senior", "strategic", "group", "panel", "dcs", "iro", "lado", "hos", "all", "partners", "member", "members",
        "supervisor", "administrator", "analyst", "specialist", "designated", "named", "nurse", "mash",
    };

    public static partial IReadOnlyList<SeenPerson> People(string text)
    {
        var people = new List<SeenPerson>();
        var lines = LineBreak().Split(text).Select(line => line.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && IsNameAlone(lines[i]) && IsTitleAlone(lines[i + 1]))
            {
                people.Add(new SeenPerson($"{lines[i]}\n{lines[i + 1]}", lines[i], lines[i + 1], null));
                i++;
                continue;
            }
            people.AddRange(PeopleOnOneLine(lines[i]));
        }
        return people;
    }

    // "Kerry Dunmore" over "Head of Early Help" in one wrapped cell is one person and her title, as the cell is printed.
    private static bool IsNameAlone(string line) => IsFullName(line) && !HardSeparator().IsMatch(line);

    private static bool IsTitleAlone(string line) =>
        HasRoleWord(line) && !HardSeparator().IsMatch(line) && !Email().IsMatch(line) && !Bracketed().IsMatch(line)
        && !JoinWord().Split(line).Skip(1).Any(side => IsFullName(side.Trim()) || IsInitials(side.Trim()));

    private static IEnumerable<SeenPerson> PeopleOnOneLine(string line)
    {
        var parts = HardSeparator().Split(line)
            .Select(part => part.Trim())
            .Where(part => part.Length > 0)
            .SelectMany(SplitCommaList)
            .ToList();
        var cellHasRoles = parts.Any(HasRoleWord);
        return parts
            .SelectMany(part => SplitJoined(part, cellHasRoles))
            .Select(Person);
    }

    // "Priya Raman, Owen Hughes" is two people; "Priya Raman, Head of Service" is one person and her title.
    private static IEnumerable<string> SplitCommaList(string part)
    {
        var pieces = part.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return pieces.Count > 1 && pieces.All(p => IsFullName(p) || IsInitials(p) || Email().IsMatch(p)) ? pieces : [part];
    }

    // "Priya Raman and Owen Hughes", "Head of Service & PR": split only when every side is a person on its own.
    private static IEnumerable<string> SplitJoined(string part, bool cellHasRoles)
    {
        var sides = JoinWord().Split(part).Select(p => p.Trim()).ToList();
        if (sides.Count < 2 || sides.Any(side => side.Length == 0))
            return [part];
        return sides.All(side => LooksLikeAPerson(side, cellHasRoles)) ? sides : [part];
    }

    private static bool LooksLikeAPerson(string side, bool cellHasRoles) =>
        IsFullName(side) || IsInitials(side) || Email().IsMatch(side) || StartsWithRole(side) || Bracketed().IsMatch(side)
        || (!cellHasRoles && IsCapitalisedWords(side, 1));

    private static SeenPerson Person(string seen)
    {
        var email = Email().Match(seen) is { Success: true } found ? found.Value : null;
        var rest = email is null ? seen : EmailWithBrackets().Replace(seen, " ").Trim().Trim(',', '-', '–').Trim();
        var (name, title) = NameAndTitle(rest);
        return new SeenPerson(seen, name, title, email);
    }

    private static (string? Name, string? JobTitle) NameAndTitle(string text)
    {
        if (text.Length == 0)
            return (null, null);
        if (Bracketed().Match(text) is { Success: true } bracketed)
            return Ordered(bracketed.Groups["outer"].Value.Trim(), bracketed.Groups["inner"].Value.Trim());
        foreach (var separator in new[] { ",", " - ", " – ", " — " })
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var (first, second) = (text[..at].Trim(), text[(at + separator.Length)..].Trim());
            // "Head of Service, Corporate Parenting" is a title and its area, not a title and a name: councils write the
            // name first ("Owen Hughes, Service Manager").
            if (separator == "," && HasRoleWord(first) && !HasRoleWord(second) && !IsInitials(second))
                return (null, text);
            return Ordered(first, second);
        }
        return HasRoleWord(text) ? (null, text) : (text, null);
    }

    // Two parts of one person: whichever carries the role words is the job title; otherwise the name comes first.
    private static (string? Name, string? JobTitle) Ordered(string first, string second) =>
        HasRoleWord(first) && !HasRoleWord(second) ? (second, first) : (first, second);

    private static bool HasRoleWord(string text) =>
        Words().Matches(text).Any(word => RoleWords.Contains(word.Value));

    // "Head of Quality", "Service Manager": a title that starts with its role word stands on its own; "Quality" after
    // "Head of Safeguarding and" does not.
    private static bool StartsWithRole(string text) =>
        Words().Match(text) is { Success: true } first && RoleWords.Contains(first.Value);

    // A name has two to four capitalised words and no role words: "Priya Raman", "Mary-Jane O'Neil".
    private static bool IsFullName(string text) =>
        !HasRoleWord(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } && IsCapitalisedWords(text, 2);

    private static bool IsCapitalisedWords(string text, int least) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words && words.Length >= least && words.Length <= 4
        && words.All(word => NameWord().IsMatch(word));

    // "PR", "P.R.", "P R": initials, kept as the name with no job title.
    private static bool IsInitials(string text) => Initials().IsMatch(text.Trim());

    [GeneratedRegex(@"\r?\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"\r?\n|\s+/\s+|;")]
    private static partial Regex HardSeparator();

    [GeneratedRegex(@"\s+(?:and|&)\s+|\s*&\s*", RegexOptions.IgnoreCase)]
    private static partial Regex JoinWord();

    [GeneratedRegex(@"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"[<(\[]?\s*[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\s*[>)\]]?")]
    private static partial Regex EmailWithBrackets();

    [GeneratedRegex(@"^(?<outer>[^()]+?)\s*\((?<inner>[^()]+)\)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'\-]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"^[A-Z][A-Za-z'\-]*\.?$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:[A-Z]\.?\s?){2,4}$")]
    private static partial Regex Initials();
}
