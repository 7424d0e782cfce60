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
        if (sides.Count < 2 || sides.Any(side => side.Length == 0) || JoinedInsideTitle(part, sides))
            return [part];
        return sides.All(side => LooksLikeAPerson(side, cellHasRoles)) ? sides : [part];
    }

    private static bool LooksLikeAPerson(string side, bool cellHasRoles) =>
        IsFullName(side) || IsInitials(side) || Email().IsMatch(side) || StartsWithRole(side) || Bracketed().IsMatch(side) || NamedSplit(side) is not null
        || (!cellHasRoles && IsCapitalisedWords(side, 1));

    private static SeenPerson Person(string seen)
    {
        var email = Email().Match(seen) is { Success: true } found ? found.Value : null;
        var rest = email is null ? seen : EmailWithBrackets().Replace(seen, " ").Trim().Trim(',', '-', '–').Trim();
        var (name, title) = NameAndTitle(rest);
        return new SeenPerson(seen, name, title, email);
    }

    // "Head of Early Help and MASH – Deborah Achterberg" is one person whose title has an "and" in it; "Owen Hughes,
    // Service Manager and Sam Lee" is two, because a side of the "and" is a name standing alone.
    private static bool JoinedInsideTitle(string part, IReadOnlyList<string> sides) =>
        NamedSplit(part) is { } split && JoinWord().IsMatch(split.Title) && !sides.Any(side => IsFullName(side) || IsInitials(side));

    private static readonly string[] NameSeparators = [",", " - ", " – ", " — "];

    private static (string? Name, string? JobTitle) NameAndTitle(string text)
    {
        if (text.Length == 0)
            return (null, null);
        if (Bracketed().Match(text) is { Success: true } bracketed)
            return Ordered(bracketed.Groups["outer"].Value.Trim(), bracketed.Groups["inner"].Value.Trim());
        if (NamedSplit(text) is { } named)
            return (named.Name, named.Title);
        foreach (var separator in NameSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var (first, second) = (text[..at].Trim(), text[(at + separator.Length)..].Trim());
            // "Head of Service, Corporate Parenting" is a title and its area, not a title and a name: councils write the
            // name first ("Owen Hughes, Service Manager").
            if (separator == "," && HasRoleWord(first) && !HasRoleWord(second) && !IsInitials(second))
                return (null, text);
            if (Ordered(first, second) is var (name, title)
                && (!HasRoleWord(text) || name is null || IsCapitalisedWords(name, 1) || IsInitials(name)))
                return (name, title);
        }
        return HasRoleWord(text) ? (null, text) : (text, null);
    }

    // Where a name and a job title meet, when the title itself holds a comma or a dash ("Service Manager, Front Door –
    // Kwame Mensah", "Assistant Director, Children's Social Care – Rachel Thornbury"): the split with a full name on one
    // side and role words on the other, preferring a title that starts with its role word.
    private static (string Name, string Title)? NamedSplit(string text) =>
        NameSeparators
            .SelectMany(separator => AllIndexes(text, separator).Select(at => (Separator: separator, First: text[..at].Trim(), Second: text[(at + separator.Length)..].Trim())))
            // After a comma a title goes on with its area ("Head of Service, Corporate Parenting"); a name after a title
            // comes after a dash, so a comma only ever puts the name first ("Owen Hughes, Service Manager").
            .SelectMany(s => s.Separator == ","
                ? new[] { (Name: s.First, Title: s.Second) }
                : [(Name: s.First, Title: s.Second), (Name: s.Second, Title: s.First)])
            .Where(s => IsFullName(s.Name) && HasRoleWord(s.Title))
            .OrderByDescending(s => StartsWithRole(s.Title))
            .Select(s => ((string Name, string Title)?)s)
            .FirstOrDefault();

    private static IEnumerable<int> AllIndexes(string text, string separator)
    {
        for (var at = text.IndexOf(separator, StringComparison.Ordinal); at > 0; at = text.IndexOf(separator, at + 1, StringComparison.Ordinal))
            yield return at;
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

    // Letters of every alphabet: names such as "Zoë" and "Joaquín" are names too.
    [GeneratedRegex(@"\p{L}[\p{L}'\-]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]*\.?$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:[A-Z]\.?\s?){2,4}$")]
    private static partial Regex Initials();
}
