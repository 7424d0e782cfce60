namespace ActionPlanTracker.Domain.Import;

public static partial class MappingProposer
{
    /// <summary>
    /// For a newer version of a plan: each person the file names is first looked for among the people the plan already
    /// names, so "Priya Raman" is the plan's Priya Raman even when the tracker holds two people of that name (matching the
    /// whole tracker would find no single one and propose a new person, and every row she leads would look changed).
    /// A choice a person made in the mapping is never replaced.
    /// </summary>
    public static ImportMapping PreferPlanPeople(ImportMapping mapping, IReadOnlyList<KnownPerson> planPeople) =>
        mapping with
        {
            People = mapping.People.Select(p =>
                p.PersonId is not null ? p
                : PeopleProposal.Match(new SeenPerson(p.Seen, p.Name, p.JobTitle, p.Email), planPeople) is { } held ? p with { PersonId = held.Id }
                : p).ToList(),
        };
}
