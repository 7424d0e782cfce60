using ActionPlanTracker.Data;

namespace ActionPlanTracker.Features.Common;

/// <summary>
/// Who is making a change. Until sign-in exists the client names itself in the X-Actor header
/// (the SPA sends the name the user typed); sign-in will replace this with the signed-in account.
/// </summary>
public static class Writer
{
    public const string ActorHeader = "X-Actor";
    public const int MaxActorLength = 200;

    public static WriteContext For(HttpContext http, Clock clock)
    {
        var actor = http.User.Identity?.IsAuthenticated == true
            ? http.User.Identity.Name
            : http.Request.Headers[ActorHeader].ToString();
        actor = string.IsNullOrWhiteSpace(actor) ? "anonymous" : actor.Trim();
        if (actor.Length > MaxActorLength) actor = actor[..MaxActorLength];
        return new WriteContext(actor, clock.NowText);
    }
}
