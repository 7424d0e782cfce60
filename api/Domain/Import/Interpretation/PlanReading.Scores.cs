namespace ActionPlanTracker.Domain.Import.Interpretation;

// The review columns of an item row: score, printed direction, update, its date and evidence, per review. Scores
// belong to the plan's score level only; an update elsewhere goes into the item's running log, so nothing is lost.
internal sealed partial class PlanReading
{
    // Where each item's score in each review sits in the draft: a plan of 2,000 rows and 24 reviews has 48,000 of them,
    // and finding one by searching the list made reading such a plan take a minute.
    private readonly Dictionary<(ItemRef Item, int Review), int> _scoreAt = [];

    private readonly Dictionary<ItemRef, int> _logPositions = [];

    private readonly Dictionary<(TableLayout Table, ColumnRole Role, int Review), PlacedColumn?> _reviewColumns = [];

    private sealed record ReviewCells(SourceCell? Score, PlacedColumn? ScoreColumn, string? Direction, PlacedColumn? DirectionColumn,
        string? Update, PlacedColumn? UpdateColumn, string? UpdateDate, PlacedColumn? DateColumn, string? Evidence)
    {
        public bool IsEmpty => Score is null && Direction is null && Update is null && UpdateDate is null && Evidence is null;
    }

    /// <summary>Reads every review's cells on the row; gives, per review, the level as the preview shows it.</summary>
    private List<string?> ReadReviews(TableLayout layout, SourceRow row, List<ItemRef> started)
    {
        var shown = new List<string?>();
        var target = ScoreTarget(started, out var rowLevel);
        for (var review = 0; review < _draft.Reviews.Count; review++)
        {
            var cells = CellsOf(layout, row, review);
            if (cells.IsEmpty)
                shown.Add(null);
            else if (target is null)
            {
                NotAScoreRow(layout, row, started, review, cells, rowLevel);
                shown.Add(null);
            }
            else
                shown.Add(Shown(Score(layout, row, target, review, cells)));
        }
        return shown;
    }

    private ReviewCells CellsOf(TableLayout layout, SourceRow row, int review)
    {
        PlacedColumn? Column(ColumnRole role)
        {
            // Asked for every cell of every review column; a table's answer never changes, so it is worked out once.
            if (!_reviewColumns.TryGetValue((layout, role, review), out var column))
                _reviewColumns[(layout, role, review)] = column = layout.Having(role).FirstOrDefault(c => ReviewIndex(c.Mapping.Review) == review);
            return column;
        }
        string? Text(PlacedColumn? column) =>
            column is null || TableLayout.Cell(row, column.Column) is not { IsBlank: false } cell ? null : cell.Text.Trim();

        var scoreColumn = Column(ColumnRole.Score);
        var scoreCell = scoreColumn is null ? null : TableLayout.Cell(row, scoreColumn.Column);
        var score = scoreCell is not null && (CellReadings.SeenValue(scoreCell) is not null || scoreCell.FormulaWithoutValue) ? scoreCell : null;
        var (direction, update, date) = (Column(ColumnRole.PrintedDirection), Column(ColumnRole.Update), Column(ColumnRole.UpdateDate));
        return new ReviewCells(score, scoreColumn, Text(direction), direction, Text(update), update, Text(date), date, Text(Column(ColumnRole.Evidence)));
    }

    /// <summary>The item at the plan's score level that the row starts, or the one it continues; null with the row's level otherwise.</summary>
    private ItemRef? ScoreTarget(List<ItemRef> started, out ItemLevel? rowLevel)
    {
        var scored = started.FirstOrDefault(i => i.Level == _mapping.ScoreLevel) ?? (started.Count == 0 ? Deepest() : null);
        rowLevel = started.Count > 0 ? started.Max(i => i.Level) : Deepest()?.Level;
        return scored?.Level == _mapping.ScoreLevel ? scored : null;
    }

    private ScoreDraft? Score(TableLayout layout, SourceRow row, ItemRef item, int review, ReviewCells cells)
    {
        var rowPlace = new SourcePlace(layout.Index, row.Number);
        var scorePlace = cells.ScoreColumn is null ? rowPlace : rowPlace with { Column = cells.ScoreColumn.Column };
        var value = ReadValue(cells.Score, scorePlace);
        var narrative = cells.Update;
        string? narrativeDate = null;
        if (cells.Update is { } update && CellReadings.DatedEntries(update) is var entries)
        {
            if (entries.Count >= 2)
            {
                AddLog(item, review, entries, rowPlace with { Column = cells.UpdateColumn!.Column });
                narrative = null;
            }
            else if (entries is [{ WrittenOn: { } on }])
                narrativeDate = on;
        }
        if (cells.UpdateDate is { } dateText)
            narrativeDate = UpdateDate(dateText, rowPlace with { Column = cells.DateColumn!.Column }) ?? narrativeDate;
        var (direction, directionText) = PrintedDirection(cells, rowPlace);

        if (!_scoreAt.TryGetValue((item, review), out var index))
        {
            if (value is null && narrative is null && cells.Evidence is null && directionText is null)
                return null;
            _scoreAt[(item, review)] = _draft.Scores.Count;
            _draft.Scores.Add(new ScoreDraft(item, review, value?.Level, value?.RecordedAs, narrative, narrativeDate, cells.Evidence,
                direction, directionText, value is null ? rowPlace : scorePlace));
            return _draft.Scores[^1];
        }
        // A row that continues the item above (a merged score, an update on the next line) adds to the same score.
        var kept = _draft.Scores[index];
        if (value is not null && (kept.Level is not null || kept.RecordedAs is not null))
        {
            Add(FindingKind.UnreadableCell, $"A second score for {Words.Item(item.Level, NumberOf(item))} at {_draft.Reviews[review].Label}; "
                + "it keeps the first: not stored.", scorePlace);
            value = null;
        }
        _draft.Scores[index] = kept with
        {
            Level = value is null ? kept.Level : value.Level,
            RecordedAs = value is null ? kept.RecordedAs : value.RecordedAs,
            Narrative = Joined(kept.Narrative, narrative),
            NarrativeDate = kept.NarrativeDate ?? narrativeDate,
            Evidence = Joined(kept.Evidence, cells.Evidence),
            PrintedDirection = kept.PrintedDirection ?? direction,
            PrintedDirectionText = kept.PrintedDirectionText ?? directionText,
        };
        return _draft.Scores[index];
    }

    private ScoreValue? ReadValue(SourceCell? cell, SourcePlace place)
    {
        if (cell is null)
            return null;
        if (cell.FormulaWithoutValue && cell.IsBlank)
        {
            Add(FindingKind.UnreadableCell, "A formula with no saved value (the workbook was never calculated): held as no score. "
                + "Open and save the workbook in Excel to keep its value.", place);
            return null;
        }
        var value = _values.Read(cell);
        if (value is { Finding: { } kind, RecordedAs: { } printed })
            _tally.Add(kind, printed, place);
        return value;
    }

    // An update date column gives the narrative its date only when it is a whole date; a month is never made a day.
    private string? UpdateDate(string text, SourcePlace place)
    {
        if (CellReadings.DatedEntries(text) is [{ WrittenOn: { } on }])
            return on;
        Add(FindingKind.Note, $"The update date \"{text}\" is not a full date, so the update is left undated.", place);
        return null;
    }

    private (string? Direction, string? Text) PrintedDirection(ReviewCells cells, SourcePlace rowPlace)
    {
        if (cells.Direction is not { } text)
            return (null, null);
        var direction = CellReadings.Direction(text);
        if (direction is null)
            Add(FindingKind.UnreadableCell, $"\"{text}\" is not a direction of travel the tracker can read (improving, maintained, "
                + "declining): kept as printed, with no direction.", rowPlace with { Column = cells.DirectionColumn!.Column });
        return (direction, text);
    }

    // The cells of a review on a row whose item is not at the score level: an update still goes into that item's log.
    private void NotAScoreRow(TableLayout layout, SourceRow row, List<ItemRef> started, int review, ReviewCells cells, ItemLevel? rowLevel)
    {
        var place = new SourcePlace(layout.Index, row.Number);
        var why = $"this plan scores {Words.Levels(_mapping.ScoreLevel)}";
        var level = Words.Level(rowLevel ?? _mapping.ScoreLevel);
        if (cells.Score is not null)
            Add(FindingKind.UnreadableCell, $"A score on a {level} row; {why}: not stored.", place with { Column = cells.ScoreColumn!.Column });
        if (cells.Update is { } update && Targets(null, started).FirstOrDefault() is { } item)
            AddLog(item, review, CellReadings.DatedEntries(update), place with { Column = cells.UpdateColumn!.Column });
        foreach (var (text, what) in new[] { (cells.Evidence, "Evidence"), (cells.Direction, "A printed direction of travel") })
            if (text is not null)
                Add(FindingKind.UnreadableCell, $"{what} (\"{text}\") on a {level} row; {why}: not stored.", place);
    }

    // An update column that belongs to no review: the item's running log, in printed order.
    private void ReadLogs(TableLayout layout, SourceRow row, List<ItemRef> started)
    {
        foreach (var column in layout.Having(ColumnRole.Update).Where(c => c.Mapping.Review is null))
        {
            var cell = TableLayout.Cell(row, column.Column);
            if (cell.IsBlank || Targets(null, started).FirstOrDefault() is not { } item)
                continue;
            AddLog(item, null, CellReadings.DatedEntries(cell.Text), new SourcePlace(layout.Index, row.Number, column.Column));
        }
    }

    private void AddLog(ItemRef item, int? review, IReadOnlyList<DatedEntry> entries, SourcePlace place)
    {
        foreach (var entry in entries)
        {
            var position = _logPositions.GetValueOrDefault(item) + 1;
            _logPositions[item] = position;
            _draft.Updates.Add(new UpdateDraft(item, review, entry.WrittenOn, entry.Text, position, place));
        }
    }

    private string? Shown(ScoreDraft? score) => score switch
    {
        null => null,
        { Level: { } level } => _values.Shown(level),
        { RecordedAs: { } printed } => $"no score (“{printed}”)",
        _ => "no score",
    };

    private static string? Joined(string? first, string? more) =>
        first is null ? more : more is null ? first : first + "\n" + more;
}
