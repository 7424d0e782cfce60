namespace ActionPlanTracker.Features.People;

/// <summary>A person as a lead or owner appears on an item: enough to print "Jo Bloggs, Head of Service".</summary>
public sealed record PersonRef
{
    public long Id { get; init; }
    /// <summary>Null when the plan names only the role ("Head of Service").</summary>
    public string? Name { get; init; }
    public string? JobTitle { get; init; }
    /// <summary>The name, or the role for someone named by role only.</summary>
    public string DisplayName => PersonNames.Display(Name, JobTitle);
}
