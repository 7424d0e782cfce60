using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

/// <summary>
/// Builds a <see cref="SourceDocument"/> in code, as a reader would give it. A cell is written as its text, with a fill
/// after a bar: "GREEN|#92d050" is the word on a green fill, "|#ff0000" a red cell with no text. Merges are given by the
/// row and column a person sees, and cover the cells as a reader reports them (their text emptied).
/// </summary>
internal sealed class Sources
{
    private readonly string fileName;
    private readonly string format;
    private readonly List<SourceTable> tables = [];

    private Sources(string fileName, string format) => (this.fileName, this.format) = (fileName, format);

    public static Sources Workbook(string fileName) => new(fileName, "xlsx");

    public static Sources Word(string fileName) => new(fileName, "docx");

    public static Sources Csv(string fileName) => new(fileName, "csv");

    public Sources Table(string name, Action<Grid> build, string? heading = null)
    {
        var grid = new Grid();
        build(grid);
        tables.Add(grid.Build(name, heading));
        return this;
    }

    public SourceDocument Build() => new(fileName, format, tables, []);

    internal sealed class Grid
    {
        private readonly List<SourceCell[]> rows = [];
        private readonly List<(int Row, int Column, int Across, int Down)> merges = [];

        public Grid Row(params string[] cells)
        {
            rows.Add(cells.Select(Cell).ToArray());
            return this;
        }

        public Grid Blank() => Row();

        /// <summary>Merges the range whose top-left cell is at (row, column), both 1-based as a person sees them.</summary>
        public Grid Merge(int row, int column, int across = 1, int down = 1)
        {
            merges.Add((row, column, across, down));
            return this;
        }

        public SourceTable Build(string name, string? heading)
        {
            var width = rows.Count == 0 ? 1 : rows.Max(r => r.Length);
            var cells = rows.Select(r => Enumerable.Range(0, width).Select(c => c < r.Length ? r[c] : SourceCell.Empty).ToArray()).ToList();
            foreach (var (row, column, across, down) in merges)
            {
                cells[row - 1][column - 1] = cells[row - 1][column - 1] with { Merge = CellMerge.Origin, SpanColumns = across, SpanRows = down };
                for (var r = row; r < row + down; r++)
                    for (var c = column; c < column + across; c++)
                        if (r != row || c != column)
                            cells[r - 1][c - 1] = SourceCell.Empty with { Merge = r == row ? CellMerge.CoveredFromLeft : CellMerge.CoveredFromAbove };
            }
            return new SourceTable(name, heading, width, cells.Select((r, i) => new SourceRow(i + 1, r)).ToList());
        }

        private static SourceCell Cell(string written)
        {
            var bar = written.LastIndexOf('|');
            return bar < 0 || !written[(bar + 1)..].StartsWith('#')
                ? new SourceCell(written)
                : new SourceCell(written[..bar], written[(bar + 1)..]);
        }
    }
}
