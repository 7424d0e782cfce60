namespace ActionPlanTracker.Domain.Import;

/// <summary>A scale already in the tracker, as the importer sees it.</summary>
public sealed record KnownScale(long Id, RatingScale Scale);

/// <summary>A person already in the tracker, as the importer sees it.</summary>
public sealed record KnownPerson(long Id, string? Name, string? JobTitle, string? Email);

/// <summary>
/// Proposes how to read a source: the header rows, what each column holds, the levels and the hierarchy, the scale, what
/// each score value means and who each person is. A saved mapping (last month's) is applied to the new file first,
/// matching its columns by header text.
/// </summary>
public static partial class MappingProposer
{
    public static ImportMapping Propose(SourceDocument source, IReadOnlyList<KnownScale> scales, IReadOnlyList<KnownPerson> people,
        ImportMapping? saved = null) =>
        saved is null ? ProposeAnew(source, scales, people) : ApplySaved(source, scales, people, saved);
}

/// <summary>
/// Reads a source by a mapping into a <see cref="PlanDraft"/>, with every finding a dry run reports and the rows as they
/// will be stored. Pure: no I/O, the same input always gives the same draft.
/// </summary>
public static partial class PlanInterpreter
{
    public static partial ImportInterpretation Interpret(SourceDocument source, ImportMapping mapping, IReadOnlyList<KnownScale> scales,
        IReadOnlyList<KnownPerson> people);
}
