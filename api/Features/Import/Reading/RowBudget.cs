using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// The rows one file may still have: <see cref="ReadingLimits.MaxRows"/> over all its tables together, so a workbook of
/// many long sheets costs no more than one.
/// </summary>
public sealed class RowBudget
{
    public int Used { get; private set; }

    public int Remaining => ReadingLimits.MaxRows - Used;

    public void Spend(int rows) => Used += rows;
}
