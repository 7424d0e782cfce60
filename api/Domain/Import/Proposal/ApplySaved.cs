namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// Last month's mapping applied to this month's file: the header found again by its column headers, each saved column
/// matched to the new file's column with the same header (columns may have moved), new score columns added as later
/// reviews, and the saved levels, hierarchy, scale, values and people kept, with any values and people new this month
/// proposed as for a new file.
/// </summary>
public static partial class MappingProposer
{
    private static ImportMapping ApplySaved(SourceDocument source, IReadOnlyList<KnownScale> scales, IReadOnlyList<KnownPerson> people,
        ImportMapping saved)
    {
        if (SavedHeader.Find(source, saved) is not { } header)
        {
            var fresh = ProposeAnew(source, scales, people);
            return fresh with { Notes = ["The saved mapping's header was not found in this file, so a new mapping is proposed.", .. fresh.Notes] };
        }
        var headers = TableChooser.IsWordDocument(source)
            ? source.Tables.Select((t, i) => HeaderFinder.Find(t, i)).OfType<FoundHeader>()
                .Where(h => h.Table != header.Table && TableChooser.SharesHeader(h, header)).Prepend(header).OrderBy(h => h.Table).ToList()
            : [header];
        var tables = PlanTables.From(source, headers);
        var (columns, dropped) = SavedColumns.Match(tables, saved);
        var mapping = saved with
        {
            Tables = tables.Choices,
            Columns = columns,
            Reviews = columns.Where(c => c.Role == ColumnRole.Score)
                .Select(c => saved.Reviews.FirstOrDefault(r => r.Label == c.Review) ?? new ReviewColumn(c.Review!, ProposalText.FullDate(c.Review!)))
                .ToList(),
            OpenReview = null,
            SkipRows = [],
        };
        var seen = SeenScore.Of(tables, ScoreColumns(mapping));
        var thisMonth = PlanDetailsProposal.Propose(tables, columns);
        return mapping with
        {
            Values = SavedValues.Extend(saved, seen, scales),
            People = SavedPeople.Extend(saved.People, PeopleProposal.Propose(tables, PeopleColumns(mapping), people)),
            Plan = saved.Plan with
            {
                PlanVersion = thisMonth.PlanVersion ?? saved.Plan.PlanVersion,
                PlanDate = thisMonth.PlanDate ?? saved.Plan.PlanDate,
                LeadHeading = thisMonth.LeadHeading ?? saved.Plan.LeadHeading,
                OwnerHeading = thisMonth.OwnerHeading ?? saved.Plan.OwnerHeading,
            },
            Notes = SavedColumns.Notes(tables, saved, mapping, dropped).ToList(),
        };
    }
}
