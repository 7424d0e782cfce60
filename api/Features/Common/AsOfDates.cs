namespace ActionPlanTracker.Features.Common;

/// <summary>The one rule for an asOf date in a query: a real calendar date within the years plans are kept for.</summary>
public static class AsOfDates
{
    public const string OutOfRange = "Enter the date as yyyy-MM-dd, between 1990 and 2100.";

    public static bool InRange(DateOnly? date) => date is null || date.Value.Year is >= 1990 and <= 2100;
}
