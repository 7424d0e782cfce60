namespace ActionPlanTracker.Domain.Import.Interpretation;

/// <summary>
/// Decides who each person a people cell names is: the person's own choice in the mapping first (by what the cell
/// wrote), else someone already in the tracker with the same email, then the same name, then (for a role only) the same
/// job title, where exactly one matches; else a new person. Each person becomes one <see cref="PersonDraft"/> however
/// many cells name them, with one finding, placed at the first cell.
/// </summary>
internal sealed class PeopleResolver(IReadOnlyList<PersonMapping> chosen, IReadOnlyList<KnownPerson> known, List<PersonDraft> drafts)
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Person, string Where, SourcePlace Place)> _firstSeen = [];

    /// <summary>The index in the draft's people of the person a cell names.</summary>
    public int Resolve(SeenPerson seen, string where, SourcePlace place)
    {
        var draft = Draft(seen);
        var key = draft.ExistingId is { } id ? $"id:{id}"
            : draft.Email is { } email ? $"email:{email}"
            : draft.Name is { } name ? $"name:{name}"
            : $"title:{draft.JobTitle}";
        if (_byKey.TryGetValue(key, out var index))
            return index;
        drafts.Add(draft);
        index = drafts.Count - 1;
        _byKey[key] = index;
        _firstSeen.Add((index, where, place));
        return index;
    }

    public IEnumerable<ImportFinding> Findings() => _firstSeen.Select(first =>
    {
        var person = drafts[first.Person];
        return person.ExistingId is null
            ? new ImportFinding(FindingKind.PersonCreated, $"Will add {Describe(person)} as a new person.", first.Where, first.Place)
            : new ImportFinding(FindingKind.PersonMatched,
                $"\"{person.Seen}\" is {Describe(Known(person.ExistingId.Value))}, already in the tracker ({How(person.MatchedBy)}).",
                first.Where, first.Place);
    });

    private PersonDraft Draft(SeenPerson seen)
    {
        var mapped = chosen.FirstOrDefault(p => string.Equals(p.Seen.Trim(), seen.Seen.Trim(), StringComparison.OrdinalIgnoreCase));
        if (mapped is not null)
            return mapped is { Name: null, JobTitle: null, PersonId: null }
                ? new PersonDraft(null, seen.Name, seen.JobTitle, mapped.Email ?? seen.Email, null, seen.Seen)
                : new PersonDraft(mapped.PersonId, mapped.Name, mapped.JobTitle, mapped.Email ?? seen.Email,
                    mapped.PersonId is null ? null : "chosen", seen.Seen);
        if (Only(p => seen.Email is not null && string.Equals(p.Email, seen.Email, StringComparison.OrdinalIgnoreCase)) is { } byEmail)
            return new PersonDraft(byEmail.Id, seen.Name, seen.JobTitle, seen.Email, "email", seen.Seen);
        if (Only(p => seen.Name is not null && string.Equals(p.Name?.Trim(), seen.Name, StringComparison.OrdinalIgnoreCase)) is { } byName)
            return new PersonDraft(byName.Id, seen.Name, seen.JobTitle, seen.Email, "name", seen.Seen);
        if (seen.Name is null
            && Only(p => seen.JobTitle is not null && p.Name is null && string.Equals(p.JobTitle?.Trim(), seen.JobTitle, StringComparison.OrdinalIgnoreCase)) is { } byTitle)
            return new PersonDraft(byTitle.Id, seen.Name, seen.JobTitle, seen.Email, "jobTitle", seen.Seen);
        return new PersonDraft(null, seen.Name, seen.JobTitle, seen.Email, null, seen.Seen);
    }

    // Two people with the same name are not a match for either: the person decides in the mapping.
    private KnownPerson? Only(Func<KnownPerson, bool> matches) =>
        known.Where(matches).Take(2).ToList() is [var one] ? one : null;

    private KnownPerson Known(long id) =>
        known.FirstOrDefault(p => p.Id == id) ?? new KnownPerson(id, null, null, null);

    private static string Describe(PersonDraft person) => Describe(person.Name, person.JobTitle, person.Email, person.Seen);

    private static string Describe(KnownPerson person) => Describe(person.Name, person.JobTitle, person.Email, $"person {person.Id}");

    private static string Describe(string? name, string? jobTitle, string? email, string fallback)
    {
        var who = (name, jobTitle) switch
        {
            ({ } n, { } t) => $"{n} ({t})",
            ({ } n, null) => n,
            (null, { } t) => t,
            _ => email ?? fallback,
        };
        return email is not null && who != email ? $"{who}, {email}" : who;
    }

    private static string How(string? matchedBy) => matchedBy switch
    {
        "email" => "same email",
        "name" => "same name",
        "jobTitle" => "same job title",
        _ => "as the mapping says",
    };
}
