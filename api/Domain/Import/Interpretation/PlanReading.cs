namespace ActionPlanTracker.Domain.Import.Interpretation;

/// <summary>
/// One reading of a source by a mapping: walks the chosen tables row by row, keeping which priority, recommendation,
/// action and measure the rows are under, and fills a <see cref="PlanDraft"/>, the findings and the preview. The parts
/// live in files by concern: row kinds (PlanReading.Rows), items and the hierarchy (PlanReading.Items), the cells of an
/// item row (PlanReading.Cells), scores and updates (PlanReading.Scores), printed figures (PlanReading.Figures).
/// </summary>
internal sealed partial class PlanReading
{
    private readonly SourceDocument _source;
    private readonly ImportMapping _mapping;
    private readonly SourceWhere _where;
    private readonly PlanDraft _draft;
    private readonly List<ImportFinding> _findings = [];
    private readonly List<PreviewRow> _preview = [];
    private readonly PeopleResolver _people;
    private readonly ScoreValues _values;
    private readonly ValueTally _tally;
    private int _blankRows;
    // A blank row since the last item or heading: figures below it stand apart from the table, under no one priority.
    private bool _afterGap;

    public PlanReading(SourceDocument source, ImportMapping mapping, IReadOnlyList<KnownScale> scales, IReadOnlyList<KnownPerson> people)
    {
        _source = source;
        _mapping = mapping;
        _where = new SourceWhere(source);
        _draft = new PlanDraft
        {
            Plan = mapping.Plan,
            Scale = mapping.Scale,
            GroupedByPriority = mapping.Levels.Contains(ItemLevel.Priority),
            ScoreLevel = mapping.ScoreLevel,
            Reviews = Reviews(mapping),
        };
        _people = new PeopleResolver(mapping.People, people, _draft.People);
        _values = new ScoreValues(Scale(scales), mapping.Values);
        _tally = new ValueTally(_where);
    }

    public ImportInterpretation Read()
    {
        CheckReviewLabels();
        var first = true;
        foreach (var choice in _mapping.Tables.Where(c => c.Table >= 0 && c.Table < _source.Tables.Count))
        {
            var layout = new TableLayout(_source, choice, _mapping.Columns, first);
            first = false;
            StartTable(layout);
            foreach (var row in layout.DataRows)
                ReadRow(layout, row);
        }
        CheckFigures();
        _findings.AddRange(_people.Findings());
        _findings.AddRange(_tally.Findings());
        _findings.AddRange(DraftChecks.Blocking(_draft, _where));
        if (_blankRows > 0)
            _findings.Add(new ImportFinding(FindingKind.Note, $"{_blankRows} blank {(_blankRows == 1 ? "row was" : "rows were")} left out."));
        return new ImportInterpretation(_draft, _findings, _preview);
    }

    private static List<ReviewDraft> Reviews(ImportMapping mapping)
    {
        var open = mapping.OpenReview is { } label
            ? mapping.Reviews.ToList().FindIndex(r => Same(r.Label, label))
            : mapping.Reviews.Count - 1;
        return mapping.Reviews.Select((r, i) => new ReviewDraft(r.Label, r.Date, i == open)).ToList();
    }

    private RatingScale? Scale(IReadOnlyList<KnownScale> scales)
    {
        if (_mapping.Scale.ScaleId is { } id && scales.FirstOrDefault(s => s.Id == id) is { } known)
            return known.Scale;
        if (_mapping.Scale.New is { } made)
            return new RatingScale(made.Name, made.HigherIsBetter,
                made.Levels.Select(l => new ScaleLevel(l.Value, l.Label, null, l.Colour, l.MeansComplete)).ToList());
        _findings.Add(new ImportFinding(FindingKind.Blocking, _mapping.Scale.ScaleId is { } missing
            ? $"The mapping names scale {missing}, which the tracker does not have: choose one of its scales or make a new one from the values seen."
            : "No scale was chosen: choose one of the tracker's scales or make a new one from the values seen."));
        return null;
    }

    // A review column must name one of the mapping's reviews, or its scores would belong to no review.
    private void CheckReviewLabels()
    {
        var reviewed = new[] { ColumnRole.Score, ColumnRole.PrintedDirection, ColumnRole.UpdateDate, ColumnRole.Evidence };
        foreach (var column in _mapping.Columns)
        {
            var needsReview = reviewed.Contains(column.Role) || (column.Role == ColumnRole.Update && column.Review is not null);
            if (needsReview && ReviewIndex(column.Review) is null)
                _findings.Add(new ImportFinding(FindingKind.Blocking,
                    column.Review is null
                        ? $"Column \"{column.Header}\" holds {Words.Role(column.Role)} but names no review: choose the review it belongs to."
                        : $"Column \"{column.Header}\" names the review \"{column.Review}\", which is not among the plan's reviews.",
                    _mapping.Tables.FirstOrDefault() is { } first && first.Table >= 0 && first.Table < _source.Tables.Count
                        ? $"{_source.Tables[first.Table].Where}, column {_where.ColumnName(column.Column)}"
                        : null));
        }
    }

    private int? ReviewIndex(string? label)
    {
        if (label is null)
            return null;
        if (_reviewByLabel.TryGetValue(label, out var known))
            return known;
        var index = _draft.Reviews.FindIndex(r => Same(r.Label, label));
        return _reviewByLabel[label] = index < 0 ? null : index;
    }

    private readonly Dictionary<string, int?> _reviewByLabel = [];

    private static bool Same(string a, string b) => TableLayout.Normal(a) == TableLayout.Normal(b);

    private void Add(FindingKind kind, string message, SourcePlace place) =>
        _findings.Add(new ImportFinding(kind, message, _where.Of(place), place));
}
