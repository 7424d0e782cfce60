namespace ActionPlanTracker.Domain.Import;

/// <summary>A saved mapping's people kept, with people first named this month proposed as for a new file.</summary>
internal static class SavedPeople
{
    public static IReadOnlyList<PersonMapping> Extend(IReadOnlyList<PersonMapping> saved, IReadOnlyList<PersonMapping> proposed) =>
        [.. saved, .. proposed.Where(p => saved.All(s => ProposalText.Key(s.Seen) != ProposalText.Key(p.Seen)))];
}
