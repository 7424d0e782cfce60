namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// The levels a plan has and how its rows make a hierarchy: a column per level (Outcome, Action, Success measure), or one
/// text column numbered 1, 1.1, 1.1.2; where priorities come from (section rows, Word headings, a column); the level
/// scores belong to; and which column is which level's text.
/// <c>TextColumns</c> gives each text column's level and <c>RowLevel</c> the level a row's lead, owner and deadline
/// belong to; both are null where the numbering decides.
/// </summary>
internal sealed record PlanShape(
    IReadOnlyList<ItemLevel> Levels, HierarchyFrom Hierarchy, bool NumbersInText, bool HeadingsArePriorities,
    SectionRows SectionRows, bool SplitLetteredActions, ItemLevel ScoreLevel, IReadOnlyDictionary<int, ItemLevel?> TextColumns,
    int? OutcomeStatementColumn, ItemLevel? NumberLevel, ItemLevel? RowLevel)
{
    private const double Most = 0.8;

    public static PlanShape Of(PlanTables tables, ColumnKinds kinds)
    {
        var headings = HeadingsStartPriorities(tables);
        var fromAbove = headings || tables.HasSectionRows;
        var outcome = kinds.First(HeaderKind.Outcome);
        // An outcome column names the priorities unless section rows, headings or a Priority column already do.
        var priorityTitle = kinds.First(HeaderKind.Priority) ?? (fromAbove ? null : outcome);
        var outcomeStatement = outcome is { } o && o != priorityTitle ? outcome : null;
        var grouped = fromAbove || priorityTitle is not null || outcomeStatement is not null;
        var texts = TextColumnsOf(kinds, priorityTitle, grouped);
        var numbersInText = texts.Keys.Any(c => Numbering.StartsTexts(tables, c));
        var shape = new PlanShape([], HierarchyFrom.Columns, numbersInText, headings,
            tables.HasSectionRows ? SectionRows.Priority : SectionRows.Ignore, LetteredActions(tables, kinds),
            ItemLevel.Recommendation, texts, outcomeStatement, null, null);

        return NumberedLevels(tables, kinds, shape, fromAbove) ?? ByColumns(tables, kinds, shape);
    }

    /// <summary>A column per level: each row starts an item at every level whose text cell is filled.</summary>
    private static PlanShape ByColumns(PlanTables tables, ColumnKinds kinds, PlanShape shape)
    {
        var levels = shape.TextColumns.Values.OfType<ItemLevel>().Distinct().Order().ToList();
        if (shape.HeadingsArePriorities || shape.SectionRows == SectionRows.Priority || shape.OutcomeStatementColumn is not null)
            levels = levels.Prepend(ItemLevel.Priority).Distinct().ToList();
        if (levels.Count == 0 || levels.All(l => l == ItemLevel.Priority))
            levels.Add(ItemLevel.Recommendation);
        var scoreLevel = ScoreLevelByColumns(tables, kinds, shape.TextColumns, levels);
        return shape with
        {
            Levels = levels,
            SectionRows = levels[0] == ItemLevel.Priority ? shape.SectionRows : SectionRows.Ignore,
            ScoreLevel = scoreLevel,
            NumberLevel = NumberLevelByColumns(tables, kinds, shape.TextColumns),
            RowLevel = scoreLevel,
        };
    }

    /// <summary>One text column whose numbers have more than one depth: the numbering makes the hierarchy.</summary>
    private static PlanShape? NumberedLevels(PlanTables tables, ColumnKinds kinds, PlanShape shape, bool fromAbove)
    {
        if (shape.TextColumns.Count != 1)
            return null;
        var textColumn = shape.TextColumns.Keys.Single();
        var depths = Numbering.Depths(tables, kinds.First(HeaderKind.Number), shape.NumbersInText ? textColumn : null);
        var distinct = depths.Select(d => d.Depth).OfType<int>().Distinct().Order().ToList();
        if (distinct.Count < 2)
            return null;
        // The column's own words say what the top of the numbering is: numbered recommendations, else priorities.
        ItemLevel[] below = kinds[textColumn] == HeaderKind.Recommendation
            ? [ItemLevel.Recommendation, ItemLevel.Action, ItemLevel.Measure]
            : [ItemLevel.Priority, ItemLevel.Action, ItemLevel.Measure];
        var numbered = below.Take(Math.Min(distinct.Count, 3)).ToList();
        var levels = fromAbove && numbered[0] != ItemLevel.Priority ? numbered.Prepend(ItemLevel.Priority).ToList() : numbered;
        var scored = ScoreRows(tables, kinds).ToHashSet();
        var scoreDepth = depths.Where(d => d.Depth is not null && scored.Contains(d.Row))
            .GroupBy(d => d.Depth!.Value).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key)
            .FirstOrDefault(distinct[^1]);
        var scoreLevel = numbered[Math.Min(distinct.IndexOf(scoreDepth), numbered.Count - 1)];
        return shape with
        {
            Levels = levels,
            Hierarchy = HierarchyFrom.Numbering,
            SectionRows = levels[0] == ItemLevel.Priority ? shape.SectionRows : SectionRows.Ignore,
            ScoreLevel = scoreLevel == ItemLevel.Priority ? numbered[^1] : scoreLevel,
            TextColumns = new Dictionary<int, ItemLevel?> { [textColumn] = null },
        };
    }

    private static Dictionary<int, ItemLevel?> TextColumnsOf(ColumnKinds kinds, int? priorityTitle, bool grouped)
    {
        var columns = new Dictionary<int, ItemLevel?>();
        void Add(int? column, ItemLevel level)
        {
            if (column is { } c && !columns.ContainsKey(c))
                columns[c] = level;
        }
        var recommendation = kinds.First(HeaderKind.Recommendation);
        var measure = kinds.First(HeaderKind.Measure);
        var action = kinds.ActionColumn;
        Add(priorityTitle, ItemLevel.Priority);
        Add(recommendation, ItemLevel.Recommendation);
        // A plan of actions alone, with nothing grouping them, is a list of recommendations to the tracker: an action
        // needs a priority or a recommendation above it.
        Add(action, recommendation is null && measure is null && !grouped ? ItemLevel.Recommendation : ItemLevel.Action);
        // A success measure needs an action above it; with no action column the measures are the actions.
        Add(measure, action is null && recommendation is null ? ItemLevel.Action : ItemLevel.Measure);
        return columns;
    }

    /// <summary>The items with scores: the shallowest level whose text is filled on (nearly) every row with a score.</summary>
    private static ItemLevel ScoreLevelByColumns(PlanTables tables, ColumnKinds kinds, IReadOnlyDictionary<int, ItemLevel?> texts,
        IReadOnlyList<ItemLevel> levels)
    {
        var scored = ScoreRows(tables, kinds).ToList();
        var candidates = texts.Where(t => t.Value is not null and not ItemLevel.Priority).OrderBy(t => t.Value).ToList();
        foreach (var (column, level) in candidates)
            if (scored.Count > 0 && scored.Count(r => !r.Cell(column).IsBlank) >= Most * scored.Count)
                return level!.Value;
        return candidates.Count > 0 ? candidates[^1].Value!.Value : levels.LastOrDefault(l => l != ItemLevel.Priority, ItemLevel.Recommendation);
    }

    /// <summary>The level of the rows numbers stand on, when every number has the same depth; null when depths differ.</summary>
    private static ItemLevel? NumberLevelByColumns(PlanTables tables, ColumnKinds kinds, IReadOnlyDictionary<int, ItemLevel?> texts)
    {
        if (kinds.First(HeaderKind.Number) is not { } column)
            return null;
        var numbered = tables.ItemRows.Where(r => !r.Cell(column).IsBlank).ToList();
        var depths = numbered.Select(r => CellReadings.Number(r.Cell(column).Text)).OfType<ItemNumber>()
            .Select(n => n.IsLetter ? 0 : n.Depth).Distinct().Count();
        if (numbered.Count == 0 || depths > 1)
            return null;
        return texts.Where(t => t.Value is not null).OrderBy(t => t.Value)
            .Where(t => numbered.Count(r => !r.Cell(t.Key).IsBlank) >= Most * numbered.Count)
            .Select(t => t.Value).FirstOrDefault();
    }

    /// <summary>Rows with something in a score column and some text: printed averages under the table have no text.</summary>
    public static IEnumerable<DataRow> ScoreRows(PlanTables tables, ColumnKinds kinds)
    {
        var scores = kinds.ColumnsOf(HeaderKind.Score).ToList();
        var texts = Enumerable.Range(1, kinds.Kinds.Count).Where(c => kinds[c] is HeaderKind.Recommendation or HeaderKind.Action
            or HeaderKind.Measure or HeaderKind.Outcome or HeaderKind.Priority or HeaderKind.Description).ToList();
        return tables.ItemRows.Where(r => scores.Any(c => CellReadings.SeenValue(r.Cell(c)) is not null) &&
                                          (texts.Count == 0 || texts.Any(c => !r.Cell(c).IsBlank)));
    }

    /// <summary>Word tables, one per priority, each with a heading above it.</summary>
    private static bool HeadingsStartPriorities(PlanTables tables) =>
        TableChooser.IsWordDocument(tables.Source) && tables.Headers.Count >= 2 &&
        tables.Headers.Count(h => !string.IsNullOrWhiteSpace(tables.Source.Tables[h.Table].Heading)) * 2 >= tables.Headers.Count;

    /// <summary>Action cells that hold several lettered lines ("A. Audit ...\nB. Train ...").</summary>
    private static bool LetteredActions(PlanTables tables, ColumnKinds kinds)
    {
        if (kinds.ActionColumn is not { } column)
            return false;
        var cells = tables.CellsOf(column).Where(c => !c.IsBlank).ToList();
        return cells.Count > 0 && cells.Count(c => LetteredLines.Count(c.Text) >= 2) >= 0.3 * cells.Count;
    }
}
