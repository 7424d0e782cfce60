namespace ActionPlanTracker.Features.People;

/// <summary>A person as a lead or owner appears on an item: enough to print "Jo Bloggs, Head of Service".</summary>
public sealed record PersonRef
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string? JobTitle { get; init; }
}
