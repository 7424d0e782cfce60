using ActionPlanTracker.Data;

namespace ActionPlanTracker.Features.Common;

/// <summary>
/// Who is making a change: the signed-in account's display name (cookie session or API token). Every change needs a
/// role, so "anonymous" appears only on the few writes anyone may make, such as a failed sign-in.
/// </summary>
public static class Writer
{
    public static WriteContext For(HttpContext http, Clock clock)
    {
        var actor = http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : null;
        return new WriteContext(string.IsNullOrWhiteSpace(actor) ? "anonymous" : actor.Trim(), clock.NowText);
    }
}
