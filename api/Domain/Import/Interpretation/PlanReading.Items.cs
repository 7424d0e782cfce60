namespace ActionPlanTracker.Domain.Import.Interpretation;

// Which items a row starts, and where they sit. A text column with a level starts an item at that level when its cell
// has text of its own (a cell covered by a merge from above, or a blank one, means the item above carries on). The
// numbering column (a text or number column with no level) places its item by the depth of its number: "1" at the
// first level, "1.1" at the second; a letter, or no number at all, one level below the last numbered item, as real
// plans write an unlettered action under its recommendation.
internal sealed partial class PlanReading
{
    private int? _priority, _recommendation, _action, _measure;

    // The index in the levels of the last item placed by its own number or column; letters and unnumbered rows go below it.
    private int _lastNumbered = -1;

    // Once headings (section rows, Word tables' headings) give the priorities, the numbers below them number the levels
    // under a priority: "1." under "Priority 1: Early help" is its first recommendation, not a second priority.
    private bool _prioritiesFromHeadings;

    private sealed record Candidate(ItemLevel Level, string? Number, string Text, bool SetsDepth, SourcePlace Place);

    private void StartTable(TableLayout layout)
    {
        if (!_mapping.TableHeadingsArePriorities || !_mapping.Levels.Contains(ItemLevel.Priority))
            return;
        var (heading, place) = HeadingRow(layout) is { } row
            ? (row.Cells.First(c => !c.IsBlank).Text.Trim(), new SourcePlace(layout.Index, row.Number))
            : (layout.Table.Heading, new SourcePlace(layout.Index, 0));
        if (string.IsNullOrWhiteSpace(heading))
            return;
        var (number, title) = CellReadings.SplitLeadingNumber(heading);
        StartPriority(number?.Text, title, place);
        _prioritiesFromHeadings = true;
        _preview.Add(Preview(place, "priority", number?.Text, title));
    }

    // Some Word tables carry their priority's heading as their own first row, one cell spanning the table above the
    // header, rather than as a paragraph above the table; that row is nearer the table, so it wins.
    private SourceRow? HeadingRow(TableLayout layout) =>
        _source.Format != "docx" ? null
            : layout.Table.Rows.LastOrDefault(r => r.Number < layout.Choice.HeaderFrom && r.Cells.Count(c => !c.IsBlank) == 1);

    private int StartPriority(string? number, string title, SourcePlace place)
    {
        _draft.Priorities.Add(new PriorityDraft(number, title, null, place));
        (_priority, _recommendation, _action, _measure) = (_draft.Priorities.Count - 1, null, null, null);
        _lastNumbered = _mapping.Levels.ToList().IndexOf(ItemLevel.Priority);
        return _priority.Value;
    }

    /// <summary>The items the row starts, top level first (several actions when one cell letters them).</summary>
    private List<ItemRef> StartItems(TableLayout layout, SourceRow row)
    {
        var candidates = _mapping.Levels.Select(level => FromLevelColumn(layout, row, level)).OfType<Candidate>().ToList();
        if (FromNumbering(layout, row) is { } numbered)
        {
            if (candidates.Any(c => c.Level == numbered.Level))
                Add(FindingKind.Note, $"The numbering column's text is read as part of the {Words.Level(numbered.Level)} this row "
                    + $"already starts in its own column, so it was not made a second {Words.Level(numbered.Level)}.", numbered.Place);
            else
                candidates.Add(numbered);
        }
        var levels = _mapping.Levels.ToList();
        var started = new List<ItemRef>();
        foreach (var candidate in candidates.OrderBy(c => levels.IndexOf(c.Level)))
        {
            started.AddRange(Create(candidate));
            if (candidate.SetsDepth)
                _lastNumbered = levels.IndexOf(candidate.Level);
        }
        return started;
    }

    private Candidate? FromLevelColumn(TableLayout layout, SourceRow row, ItemLevel level)
    {
        var textColumn = layout.Having(ColumnRole.Text).FirstOrDefault(c => c.Mapping.Level == level
            || (c.Mapping.Level is null && _mapping.Hierarchy == HierarchyFrom.Columns && level == _mapping.Levels[^1]));
        var numberColumn = layout.Having(ColumnRole.Number).FirstOrDefault(c => c.Mapping.Level == level)
            ?? layout.Having(ColumnRole.Number).FirstOrDefault(c => c.Mapping.Level is null && NumberedLevel(layout, c) == level);
        return Read(layout.Index, row, textColumn, numberColumn, level, setsDepth: true);
    }

    // With a text column per level, a "No." column nobody gave a level numbers the text column printed just after it
    // (the layout of every plan in domain.md): its level, or the deepest level when that column has none either.
    private ItemLevel? NumberedLevel(TableLayout layout, PlacedColumn numberColumn)
    {
        if (_mapping.Hierarchy != HierarchyFrom.Columns)
            return null;
        var next = layout.Having(ColumnRole.Text).Where(c => c.Column > numberColumn.Column).MinBy(c => c.Column);
        return next?.Mapping.Level ?? _mapping.Levels[^1];
    }

    private Candidate? FromNumbering(TableLayout layout, SourceRow row)
    {
        if (_mapping.Hierarchy != HierarchyFrom.Numbering || _mapping.Levels.Count == 0)
            return null;
        var textColumn = layout.Having(ColumnRole.Text).FirstOrDefault(c => c.Mapping.Level is null);
        var numberColumn = layout.Having(ColumnRole.Number).FirstOrDefault(c => c.Mapping.Level is null);
        if (Read(layout.Index, row, textColumn, numberColumn, null, setsDepth: false) is not { } read)
            return null;
        var (level, numbered) = LevelOf(read);
        return read with { Level = level, SetsDepth = numbered };
    }

    // The text and number of one level on a row, or null when the row does not start that level's item.
    private Candidate? Read(int table, SourceRow row, PlacedColumn? textColumn, PlacedColumn? numberColumn, ItemLevel? level, bool setsDepth)
    {
        var textCell = textColumn is null ? SourceCell.Empty : TableLayout.Cell(row, textColumn.Column);
        var numberCell = numberColumn is null ? SourceCell.Empty : TableLayout.Cell(row, numberColumn.Column);
        var hasText = !textCell.IsBlank && textCell.Merge != CellMerge.CoveredFromAbove;
        var hasNumber = !numberCell.IsBlank && numberCell.Merge != CellMerge.CoveredFromAbove;
        if (!hasText && !hasNumber)
            return null;
        var text = hasText ? textCell.Text.Trim() : "";
        string? number = hasNumber ? CellReadings.Number(numberCell.Text)?.Text ?? numberCell.Text.Trim() : null;
        if (number is null && _mapping.NumbersInText && hasText && CellReadings.SplitLeadingNumber(text) is { Number: { } split } found)
            (number, text) = (split.Text, found.Text);
        var column = hasText ? textColumn!.Column : numberColumn!.Column;
        return new Candidate(level ?? ItemLevel.Recommendation, number, text, setsDepth, new SourcePlace(table, row.Number, column));
    }

    // "1" is the first level, "1.1" the second; a letter, an unnumbered row or a number that is not a plan number
    // sits one level below the last numbered item.
    private (ItemLevel Level, bool Numbered) LevelOf(Candidate read)
    {
        var levels = _mapping.Levels;
        var number = read.Number is null ? null : CellReadings.Number(read.Number);
        var numbered = _prioritiesFromHeadings && levels.Count > 1 ? levels.Where(l => l != ItemLevel.Priority).ToList() : levels.ToList();
        if (number is { IsLetter: false, Depth: var depth })
        {
            if (depth > numbered.Count)
                Add(FindingKind.Note, $"The number \"{read.Number}\" is {depth} levels deep, but the plan has {numbered.Count} numbered levels: "
                    + $"read as a {Words.Level(numbered[^1])}.", read.Place);
            return (numbered[Math.Min(depth, numbered.Count) - 1], true);
        }
        if (read.Number is not null && number is null)
            Add(FindingKind.Note, $"\"{read.Number}\" is not a number the tracker can tell the level from: kept as written, and the "
                + "row read as one level below the last numbered item.", read.Place);
        return (levels[Math.Clamp(_lastNumbered + 1, 0, levels.Count - 1)], false);
    }

    private IEnumerable<ItemRef> Create(Candidate candidate)
    {
        var place = candidate.Place;
        switch (candidate.Level)
        {
            case ItemLevel.Priority:
                yield return new ItemRef(ItemLevel.Priority, StartPriority(candidate.Number, candidate.Text, place));
                break;
            case ItemLevel.Recommendation:
                _draft.Recommendations.Add(new RecommendationDraft(_priority, candidate.Number, candidate.Text, null, [], [], [], null, null, place));
                (_recommendation, _action, _measure) = (_draft.Recommendations.Count - 1, null, null);
                yield return new ItemRef(ItemLevel.Recommendation, _recommendation.Value);
                break;
            case ItemLevel.Action:
                foreach (var (code, text) in Lettered(candidate.Number, candidate.Text))
                    yield return CreateAction(code, text, place);
                break;
            default:
                if (_action is not { } action)
                {
                    Add(FindingKind.Blocking, $"{_where.Of(place)} is a success measure before any action: give it an action above it, "
                        + "or check the column mapping.", place);
                    yield break;
                }
                _draft.Measures.Add(new MeasureDraft(action, candidate.Number, candidate.Text, null, [], [], place));
                _measure = _draft.Measures.Count - 1;
                yield return new ItemRef(ItemLevel.Measure, _measure.Value);
                break;
        }
    }

    private ItemRef CreateAction(string? code, string text, SourcePlace place)
    {
        var recommendation = _mapping.Levels.Contains(ItemLevel.Recommendation) ? _recommendation : null;
        var priority = recommendation is null ? _priority : null;
        if (recommendation is null && priority is null)
            Add(FindingKind.Blocking, $"{_where.Of(place)} is an action before any recommendation or priority: give it one above it, "
                + "or check the column mapping.", place);
        var (description, tag) = SourceTags.Split(text);
        if (tag is not null)
            Add(FindingKind.Note, $"\"{tag}\" at the end of {Words.Item(ItemLevel.Action, code)}'s text is read as the recommendation it answers "
                + "and kept as its tag, apart from the description.", place);
        _draft.Actions.Add(new ActionDraft(recommendation, priority, code, description, tag, null, [], [], place));
        (_action, _measure) = (_draft.Actions.Count - 1, null);
        return new ItemRef(ItemLevel.Action, _action.Value);
    }

    /// <summary>
    /// A recommendation's actions written in one cell, each line lettered ("A. Audit", "B) Train"): one action per letter,
    /// the lines after a letter belonging to it, and lines before the first letter kept on the first action.
    /// </summary>
    private IEnumerable<(string? Code, string Text)> Lettered(string? number, string text)
    {
        var lines = text.Split('\n');
        var letters = lines.Select(line => CellReadings.SplitLeadingNumber(line)).ToList();
        if (!_mapping.SplitLetteredActions || !_mapping.Levels.Contains(ItemLevel.Recommendation)
            || letters.Count(l => l.Number is { IsLetter: true }) < 2)
            return [(number, text)];
        var actions = new List<(string? Code, List<string> Lines)>();
        var before = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (letters[i].Number is { IsLetter: true } letter)
                actions.Add((letter.Text, actions.Count == 0 ? [.. before, letters[i].Text] : [letters[i].Text]));
            else if (actions.Count == 0)
                before.Add(lines[i]);
            else
                actions[^1].Lines.Add(lines[i]);
        }
        return actions.Select(a => (a.Code, string.Join("\n", a.Lines).Trim()));
    }

    private ItemRef? Current(ItemLevel level)
    {
        var index = level switch
        {
            ItemLevel.Priority => _priority,
            ItemLevel.Recommendation => _recommendation,
            ItemLevel.Action => _action,
            _ => _measure,
        };
        return index is { } i ? new ItemRef(level, i) : null;
    }

    /// <summary>The deepest item the rows so far are under: what a row that starts nothing continues.</summary>
    private ItemRef? Deepest() =>
        Current(ItemLevel.Measure) ?? Current(ItemLevel.Action) ?? Current(ItemLevel.Recommendation) ?? Current(ItemLevel.Priority);
}
