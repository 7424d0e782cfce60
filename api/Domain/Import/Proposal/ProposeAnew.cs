namespace ActionPlanTracker.Domain.Import;

public static partial class MappingProposer
{
    /// <summary>A proposal from the file alone: tables, header, columns, shape, then what the cells of those columns hold.</summary>
    private static ImportMapping ProposeAnew(SourceDocument source, IReadOnlyList<KnownScale> scales, IReadOnlyList<KnownPerson> people)
    {
        var headers = TableChooser.Choose(source);
        if (headers.Count == 0)
            return NoHeader(source);
        var tables = PlanTables.From(source, headers);
        var kinds = ColumnKinds.Of(tables);
        var shape = PlanShape.Of(tables, kinds);
        var columns = ColumnRoles.Of(tables, kinds, shape);
        var mapping = new ImportMapping
        {
            Tables = tables.Choices,
            Columns = columns,
            Levels = shape.Levels,
            ScoreLevel = shape.ScoreLevel,
            Hierarchy = shape.Hierarchy,
            NumbersInText = shape.NumbersInText,
            SectionRows = shape.SectionRows,
            TableHeadingsArePriorities = shape.HeadingsArePriorities,
            SplitLetteredActions = shape.SplitLetteredActions,
            Reviews = ReviewColumns.Reviews(columns.Where(c => c.Role == ColumnRole.Score).Select(c => (c.Column, c.Review!))),
            Plan = PlanDetailsProposal.Propose(tables, columns),
        };
        var (scale, values, scaleNote) = ScaleProposal.Propose(SeenScore.Of(tables, ScoreColumns(mapping)), scales);
        return mapping with
        {
            Scale = scale,
            Values = values,
            People = PeopleProposal.Propose(tables, PeopleColumns(mapping), people),
            Notes = [.. ProposalNotes.Of(tables, mapping), scaleNote],
        };
    }

    private static ImportMapping NoHeader(SourceDocument source) => new()
    {
        Plan = new PlanDetails { Title = Path.GetFileNameWithoutExtension(source.FileName) },
        Notes =
        [
            source.Tables.Count == 0
                ? "The file holds no table to read."
                : "No table has a header row with the words plans use (No., Recommendation, Action, Lead, Deadline, RAG ...): choose the table, its header rows and what each column holds.",
        ],
    };

    private static IEnumerable<int> ScoreColumns(ImportMapping mapping) =>
        mapping.Columns.Where(c => c.Role == ColumnRole.Score).Select(c => c.Column);

    private static IEnumerable<int> PeopleColumns(ImportMapping mapping) =>
        mapping.Columns.Where(c => c.Role is ColumnRole.Lead or ColumnRole.Owner).Select(c => c.Column);
}
