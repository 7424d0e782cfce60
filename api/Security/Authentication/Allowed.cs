namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Who may call an endpoint, by role (issue 3). The administrator may do everything the others may, so a council
/// with few staff can run the tracker; the tests in tests/Api/Authorization hold the whole matrix.
/// </summary>
public static class Allowed
{
    /// <summary>Everyone signed in: reading plans, grids, summaries and audit trails.</summary>
    public static readonly string[] Readers = [RoleNames.Administrator, RoleNames.Board, RoleNames.Manager, RoleNames.Viewer];

    /// <summary>Scoring and updating items: managers for the items they lead or own (checked per item), the board for any.</summary>
    public static readonly string[] Scorers = [RoleNames.Administrator, RoleNames.Board, RoleNames.Manager];

    /// <summary>The improvement board's decisions: review cycles, direction-of-travel overrides, printed figures, closing a plan.</summary>
    public static readonly string[] Board = [RoleNames.Administrator, RoleNames.Board];

    /// <summary>The plan's structure and reference data: plans, priorities, recommendations, actions, measures, people, scales.</summary>
    public static readonly string[] Administrators = [RoleNames.Administrator];
}
