using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlanTracker.Tests.Import.Files;

/// <summary>
/// Builds a .docx in code, shaped as councils' plans in Word are: a heading paragraph above each table, cells spanning
/// columns (gridSpan) and merged down rows (vMerge), shaded cells, several paragraphs in a cell, a table in a cell.
/// <code>
/// var bytes = new WordBuilder()
///     .Heading("Priority 1: The front door")
///     .Table(table => table
///         .Row("No.", "Action", "RAG")
///         .Row("1.1", "Audit referrals", WordCell.Of("Green").Shaded("92D050")))
///     .Build();
/// </code>
/// </summary>
public sealed class WordBuilder
{
    private readonly List<Func<OpenXmlElement>> blocks = [];
    private bool macros;

    public WordBuilder Heading(string text) => Add(() => ParagraphOf(text, "Heading1"));

    public WordBuilder Paragraph(string text) => Add(() => ParagraphOf(text, null));

    /// <summary>An empty paragraph, as Word leaves between tables.</summary>
    public WordBuilder EmptyParagraph() => Add(() => new Paragraph());

    public WordBuilder Table(Action<TableBuilder> build)
    {
        var table = new TableBuilder();
        build(table);
        return Add(table.ToTable);
    }

    /// <summary>Saves as a macro-enabled document (.docm content type).</summary>
    public WordBuilder MacroEnabled()
    {
        macros = true;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, macros ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(blocks.Select(block => block()));
            // Word needs a paragraph after a table that ends the document.
            body.Append(new Paragraph());
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private WordBuilder Add(Func<OpenXmlElement> block)
    {
        blocks.Add(block);
        return this;
    }

    internal static Paragraph ParagraphOf(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var lines = text.Split('\n');
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    /// <summary>One table's rows.</summary>
    public sealed class TableBuilder
    {
        private readonly List<IReadOnlyList<WordCell>> rows = [];

        /// <summary>A row of cells: strings or <see cref="WordCell"/>s.</summary>
        public TableBuilder Row(params object[] cells)
        {
            rows.Add(cells.Select(cell => cell as WordCell ?? WordCell.Of((string)cell)).ToList());
            return this;
        }

        internal Table ToTable()
        {
            var columns = rows.Count == 0 ? 0 : rows.Max(row => row.Sum(cell => cell.Span));
            var table = new Table(new TableProperties(
                new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
                    new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })));
            table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "2000" })));
            foreach (var row in rows) table.Append(new TableRow(row.Select(cell => cell.ToCell())));
            return table;
        }
    }
}

/// <summary>One cell for <see cref="WordBuilder"/>: its paragraphs (lines of the text), span, vertical merge and shading.</summary>
public sealed record WordCell
{
    public string Text { get; init; } = "";
    public int Span { get; init; } = 1;
    /// <summary>"restart" starts a merge down the rows; "continue" carries the merge from the row above.</summary>
    public string? VerticalMerge { get; init; }
    public string? Shading { get; init; }
    public WordBuilder.TableBuilder? Inner { get; init; }

    /// <summary>A cell whose text is one paragraph per line ("First\nSecond" is two paragraphs).</summary>
    public static WordCell Of(string text) => new() { Text = text };

    /// <summary>A cell continuing the vertical merge of the cell above.</summary>
    public static WordCell Continued() => new() { VerticalMerge = "continue" };

    public WordCell Spanning(int columns) => this with { Span = columns };
    public WordCell MergedDown() => this with { VerticalMerge = "restart" };
    public WordCell Shaded(string hex) => this with { Shading = hex };
    /// <summary>A table inside this cell, after its text.</summary>
    public WordCell Holding(Action<WordBuilder.TableBuilder> build)
    {
        var inner = new WordBuilder.TableBuilder();
        build(inner);
        return this with { Inner = inner };
    }

    internal TableCell ToCell()
    {
        var properties = new TableCellProperties();
        if (Span > 1) properties.Append(new GridSpan { Val = Span });
        if (VerticalMerge is "restart") properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        else if (VerticalMerge is "continue") properties.Append(new VerticalMerge());
        if (Shading is { } fill) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        var cell = new TableCell(properties);
        foreach (var line in Text.Split('\n')) cell.Append(WordBuilder.ParagraphOf(line, null));
        if (Inner is not null)
        {
            cell.Append(Inner.ToTable());
            cell.Append(new Paragraph()); // a cell must end with a paragraph
        }
        return cell;
    }
}
