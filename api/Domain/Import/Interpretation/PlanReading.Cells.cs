namespace ActionPlanTracker.Domain.Import.Interpretation;

// The cells of an item row beside its text: people, deadlines and the recommendation's and action's own fields. A
// column with a level applies to that level's item (started on this row, or carried on from above); a column with no
// level to the deepest item the row starts, or, on a row that starts none, to the item it continues.
internal sealed partial class PlanReading
{
    private void ReadItemRow(TableLayout layout, SourceRow row)
    {
        var place = new SourcePlace(layout.Index, row.Number);
        var started = StartItems(layout, row);
        if (started.Count == 0 && Deepest() is null)
        {
            Skip(place, "not an item, and comes before the first item, so there is nothing it could belong to: left out.");
            return;
        }
        var leads = ReadPeople(layout, row, started, ColumnRole.Lead);
        var owners = ReadPeople(layout, row, started, ColumnRole.Owner);
        var deadline = ReadDeadlines(layout, row, started);
        ReadItemFields(layout, row, started);
        var scores = ReadReviews(layout, row, started);
        ReadLogs(layout, row, started);

        var shown = started.FirstOrDefault(i => i.Level == _mapping.ScoreLevel) ?? started.LastOrDefault();
        _preview.Add(shown is null
            ? Preview(place, Words.Level(Deepest()!.Level), leads: leads, owners: owners, deadline: deadline, scores: scores)
            : Preview(place, Words.Level(shown.Level), NumberOf(shown), TextOf(shown), leads, owners, deadline, scores));
    }

    private IReadOnlyList<ItemRef> Targets(ItemLevel? level, List<ItemRef> started)
    {
        if (level is { } wanted)
        {
            var here = started.Where(i => i.Level == wanted).ToList();
            return here.Count > 0 ? here : Current(wanted) is { } carried ? [carried] : [];
        }
        if (started.Count == 0)
            return Deepest() is { } continued ? [continued] : [];
        var deepest = started.Max(i => i.Level);
        return started.Where(i => i.Level == deepest).ToList();
    }

    // A people or deadline cell merged down over several of an action's measures is the action's, not the first measure's:
    // the sheet printed it once for them all, and a measure below naming its own keeps that.
    private IReadOnlyList<ItemRef> TargetsOf(TableLayout layout, SourceRow row, PlacedColumn column, List<ItemRef> started)
    {
        var targets = Targets(column.Mapping.Level, started);
        var cell = TableLayout.Cell(row, column.Column);
        if (cell is not { Merge: CellMerge.Origin, SpanRows: > 1 } || _mapping.Hierarchy != HierarchyFrom.Columns || targets is not [var only])
            return targets;
        var at = _mapping.Levels.ToList().IndexOf(only.Level);
        if (at < 1 || _mapping.Levels[at - 1] == ItemLevel.Priority || Current(_mapping.Levels[at - 1]) is not { } parent)
            return targets;
        var spanned = layout.DataRows.Where(r => r.Number > row.Number && r.Number < row.Number + cell.SpanRows).ToList();
        if (!spanned.Any(r => StartsText(layout, r, only.Level)) || spanned.Any(r => StartsText(layout, r, parent.Level)))
            return targets;
        Add(FindingKind.Note, $"\"{cell.Text.Trim()}\" is merged over rows {row.Number} to {row.Number + cell.SpanRows - 1}, across more than one "
            + $"{Words.Level(only.Level)} of {Words.Item(parent.Level, NumberOf(parent))}: read as the {Words.Level(parent.Level)}'s.",
            new SourcePlace(layout.Index, row.Number, column.Column));
        return [parent];
    }

    private static bool StartsText(TableLayout layout, SourceRow row, ItemLevel level) =>
        layout.Having(ColumnRole.Text).FirstOrDefault(c => c.Mapping.Level == level) is { } text
        && TableLayout.Cell(row, text.Column) is { IsBlank: false, Merge: not CellMerge.CoveredFromAbove };

    private List<string> ReadPeople(TableLayout layout, SourceRow row, List<ItemRef> started, ColumnRole role)
    {
        var written = new List<string>();
        foreach (var column in layout.Having(role))
        {
            var cell = TableLayout.Cell(row, column.Column);
            if (cell.IsBlank)
                continue;
            var place = new SourcePlace(layout.Index, row.Number, column.Column);
            var seen = CellReadings.People(cell.Text);
            written.AddRange(seen.Select(p => p.Seen));
            var people = seen.Select(p => _people.Resolve(p, _where.Of(place), place)).ToList();
            var targets = TargetsOf(layout, row, column, started).Where(t => t.Level != ItemLevel.Priority).ToList();
            if (targets.Count == 0)
                Add(FindingKind.UnreadableCell, $"\"{cell.Text.Trim()}\" names people, but there is no {Words.Level(column.Mapping.Level ?? ItemLevel.Action)} "
                    + "here for them to lead or own (priorities have no leads in the tracker): not stored.", place);
            foreach (var target in targets)
                AddPeople(target, role, people);
        }
        return written;
    }

    private void AddPeople(ItemRef item, ColumnRole role, List<int> people)
    {
        static IReadOnlyList<int> With(IReadOnlyList<int> list, List<int> more) => list.Concat(more).Distinct().ToList();
        var lead = role == ColumnRole.Lead;
        switch (item.Level)
        {
            case ItemLevel.Recommendation:
                var r = _draft.Recommendations[item.Index];
                _draft.Recommendations[item.Index] = lead ? r with { Leads = With(r.Leads, people) } : r with { Owners = With(r.Owners, people) };
                break;
            case ItemLevel.Action:
                var a = _draft.Actions[item.Index];
                _draft.Actions[item.Index] = lead ? a with { Leads = With(a.Leads, people) } : a with { Owners = With(a.Owners, people) };
                break;
            case ItemLevel.Measure:
                var m = _draft.Measures[item.Index];
                _draft.Measures[item.Index] = lead ? m with { Leads = With(m.Leads, people) } : m with { Owners = With(m.Owners, people) };
                break;
        }
    }

    // Kept exactly as written; what the deadline reader could not read, or had to choose, is asked about once per cell.
    private string? ReadDeadlines(TableLayout layout, SourceRow row, List<ItemRef> started)
    {
        string? first = null;
        foreach (var column in layout.Having(ColumnRole.Deadline))
        {
            var cell = TableLayout.Cell(row, column.Column);
            if (cell.IsBlank)
                continue;
            var place = new SourcePlace(layout.Index, row.Number, column.Column);
            var text = cell.Text.Trim();
            first ??= text;
            foreach (var target in TargetsOf(layout, row, column, started))
                SetDeadline(target, text, place);
            var understood = DeadlineParser.Parse(text);
            // A workbook's date cell names its day exactly, so there is no day-or-month reading to confirm.
            foreach (var question in understood.Problems.Concat(cell.IsDate ? [] : understood.ToConfirm))
                Add(FindingKind.DeadlineQuestion, $"Deadline \"{text}\": {question}", place);
        }
        return first;
    }

    private void SetDeadline(ItemRef item, string text, SourcePlace place)
    {
        var kept = item.Level switch
        {
            ItemLevel.Recommendation => _draft.Recommendations[item.Index].DeadlineText,
            ItemLevel.Action => _draft.Actions[item.Index].DeadlineText,
            ItemLevel.Measure => _draft.Measures[item.Index].DeadlineText,
            _ => null,
        };
        if (item.Level == ItemLevel.Priority || (kept is not null && kept != text))
        {
            Add(FindingKind.UnreadableCell, item.Level == ItemLevel.Priority
                ? $"Deadline \"{text}\" is on a priority's row; priorities have no deadline in the tracker: not stored."
                : $"Deadline \"{text}\" is a second deadline for {Words.Item(item.Level, NumberOf(item))}, which keeps \"{kept}\": not stored.", place);
            return;
        }
        switch (item.Level)
        {
            case ItemLevel.Recommendation:
                _draft.Recommendations[item.Index] = _draft.Recommendations[item.Index] with { DeadlineText = text };
                break;
            case ItemLevel.Action:
                _draft.Actions[item.Index] = _draft.Actions[item.Index] with { DeadlineText = text };
                break;
            default:
                _draft.Measures[item.Index] = _draft.Measures[item.Index] with { DeadlineText = text };
                break;
        }
    }

    // A priority's outcome statement, an action's tag for the recommendation it answers, and a recommendation's
    // addressees, report paragraphs and judgement area.
    private void ReadItemFields(TableLayout layout, SourceRow row, List<ItemRef> started)
    {
        foreach (var column in layout.Columns.Where(c => c.Role is ColumnRole.OutcomeStatement or ColumnRole.SourceReference
                     or ColumnRole.Addressee or ColumnRole.SourceParagraphs or ColumnRole.JudgementArea))
        {
            var cell = TableLayout.Cell(row, column.Column);
            if (cell.IsBlank)
                continue;
            var place = new SourcePlace(layout.Index, row.Number, column.Column);
            var level = column.Role switch
            {
                ColumnRole.OutcomeStatement => ItemLevel.Priority,
                ColumnRole.SourceReference => ItemLevel.Action,
                _ => ItemLevel.Recommendation,
            };
            if (Targets(level, started).FirstOrDefault() is not { } item)
            {
                Add(FindingKind.UnreadableCell, $"\"{cell.Text.Trim()}\" belongs to a {Words.Level(level)}, but there is none here: not stored.", place);
                continue;
            }
            if (!SetField(item, column.Role, cell.Text.Trim()))
                Add(FindingKind.UnreadableCell, $"\"{cell.Text.Trim()}\" is a second {Words.Role(column.Role)} for "
                    + $"{Words.Item(item.Level, NumberOf(item))}, which keeps the first: not stored.", place);
        }
    }

    // False when the item already holds a different value: the first one written is kept.
    private bool SetField(ItemRef item, ColumnRole role, string text)
    {
        static bool Free(string? kept, string text) => kept is null || kept == text;
        switch (role)
        {
            case ColumnRole.OutcomeStatement:
                var p = _draft.Priorities[item.Index];
                if (!Free(p.OutcomeStatement, text)) return false;
                _draft.Priorities[item.Index] = p with { OutcomeStatement = text };
                return true;
            case ColumnRole.SourceReference:
                var a = _draft.Actions[item.Index];
                if (!Free(a.SourceReference, text)) return false;
                _draft.Actions[item.Index] = a with { SourceReference = text };
                return true;
            case ColumnRole.Addressee:
                var addressed = _draft.Recommendations[item.Index];
                var more = text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                _draft.Recommendations[item.Index] = addressed with { Addressees = addressed.Addressees.Concat(more).Distinct().ToList() };
                return true;
            case ColumnRole.SourceParagraphs:
                var r = _draft.Recommendations[item.Index];
                if (!Free(r.SourceParagraphs, text)) return false;
                _draft.Recommendations[item.Index] = r with { SourceParagraphs = text };
                return true;
            default:
                var j = _draft.Recommendations[item.Index];
                if (!Free(j.JudgementArea, text)) return false;
                _draft.Recommendations[item.Index] = j with { JudgementArea = text };
                return true;
        }
    }

    private string? NumberOf(ItemRef item) => item.Level switch
    {
        ItemLevel.Priority => _draft.Priorities[item.Index].Number,
        ItemLevel.Recommendation => _draft.Recommendations[item.Index].Number,
        ItemLevel.Action => _draft.Actions[item.Index].Code,
        _ => _draft.Measures[item.Index].Number,
    };

    private string TextOf(ItemRef item) => item.Level switch
    {
        ItemLevel.Priority => _draft.Priorities[item.Index].Title,
        ItemLevel.Recommendation => _draft.Recommendations[item.Index].Text,
        ItemLevel.Action => _draft.Actions[item.Index].Description,
        _ => _draft.Measures[item.Index].Text,
    };
}
