namespace ActionPlanTracker.Features.Demo;

/// <summary>
/// One account per role for demo mode, with the password the README prints. Demo mode only: outside it the first
/// start creates one administrator with a password nobody else knows (see Accounts/FirstUsers).
/// The manager is Aisha Rahman, who leads or owns more demo items than anyone, so her rights have something to show.
/// </summary>
internal static class DemoUsers
{
    public const string Password = "northmoor-demo-2026";

    public static readonly IReadOnlyList<(string Username, string DisplayName, string Role, string? PersonEmail)> All =
    [
        ("admin@demo.example", "Demo administrator", "administrator", null),
        ("board@demo.example", "Demo board member", "board", null),
        ("manager@demo.example", DemoPeople.MashTeamManager.Name, "manager", DemoPeople.MashTeamManager.Email),
        ("viewer@demo.example", "Demo scrutiny member", "viewer", null),
    ];
}
