namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// Who each person named in the lead and owner columns is: someone already in the tracker, matched by email, then name,
/// then job title for a role named without a person ("Head of Service") among people held by role alone, each only when exactly one person fits; else a
/// new person as the cell writes them.
/// </summary>
internal static class PeopleProposal
{
    public static IReadOnlyList<PersonMapping> Propose(PlanTables tables, IEnumerable<int> peopleColumns, IReadOnlyList<KnownPerson> people)
    {
        var columns = peopleColumns.ToList();
        return tables.ItemRows
            .SelectMany(row => columns.Select(c => row.Cell(c)))
            .Where(cell => !cell.IsBlank)
            .SelectMany(cell => CellReadings.People(cell.Text))
            .DistinctBy(p => ProposalText.Key(p.Seen))
            .Select(p => new PersonMapping(p.Seen, Match(p, people)?.Id, p.Name, p.JobTitle, p.Email))
            .ToList();
    }

    public static KnownPerson? Match(SeenPerson seen, IReadOnlyList<KnownPerson> people)
    {
        if (seen.Email is { } email && One(people, p => Same(p.Email, email)) is { } byEmail)
            return byEmail;
        if (seen.Name is { } name)
            return One(people, p => Same(p.Name, name));
        // A role named without a person ("Head of Practice") is someone held by that role alone, never a named person who
        // happens to hold the title today: the plan did not say it was them (the interpreter matches the same way).
        return seen.JobTitle is { } title ? One(people, p => p.Name is null && Same(p.JobTitle, title)) : null;
    }

    private static bool Same(string? known, string seen) =>
        known is not null && ProposalText.Key(known) == ProposalText.Key(seen);

    private static KnownPerson? One(IReadOnlyList<KnownPerson> people, Func<KnownPerson, bool> fits)
    {
        var found = people.Where(fits).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
