namespace ActionPlanTracker.Data;

/// <summary>Who is writing and when, captured once per request so every row and audit entry of one change agree.</summary>
public sealed record WriteContext(string Actor, string Now);
