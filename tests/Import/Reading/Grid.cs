using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Reading;

/// <summary>Reads a cell of a source table by the numbers a person sees (row 3, column 2).</summary>
internal static class Grid
{
    public static SourceCell At(this SourceTable table, int row, int column) => table.Rows[row - 1].Cells[column - 1];

    public static string TextAt(this SourceTable table, int row, int column) => table.At(row, column).Text;

    public static IReadOnlyList<SourceCell> Cells(this SourceTable table, int row) => table.Rows[row - 1].Cells;

    public static IReadOnlyList<string> Texts(this SourceTable table, int row) => table.Rows[row - 1].Cells.Select(cell => cell.Text).ToList();
}
