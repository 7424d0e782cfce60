using FastEndpoints;
using Microsoft.Net.Http.Headers;

namespace ActionPlanTracker.Features.Common;

/// <summary>
/// Optimistic concurrency: every row carries row_version, sent as a strong ETag. A change must send it back in
/// If-Match ("*" says "whatever is there"), so two managers saving the same item cannot silently overwrite each other.
/// </summary>
public static class Etags
{
    public static string For(long rowVersion) => $"\"{rowVersion}\"";

    public static void Set(HttpContext http, long rowVersion) => http.Response.Headers.ETag = For(rowVersion);

    /// <summary>Throws 428 when If-Match is missing and 412 when it names another version.</summary>
    public static void Require(IValidationErrors endpoint, HttpContext http, long currentVersion)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
            endpoint.Stop(428, "ifMatch",
                "Send the ETag you last read in an If-Match header, so a change made by someone else in the meantime is not overwritten.");
        if (!Matches(header, currentVersion))
            endpoint.Stop(412, "ifMatch",
                $"This item has been changed by someone else since you loaded it (you sent {header}, it is now {For(currentVersion)}). Reload it and apply your change again.");
    }

    /// <summary>For a create-or-update: no If-Match is fine when there is nothing yet; otherwise it must match.</summary>
    public static void RequireIfExists(IValidationErrors endpoint, HttpContext http, long? currentVersion)
    {
        if (currentVersion is { } version) { Require(endpoint, http, version); return; }
        var header = http.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(header) && header.Trim() != "*")
            endpoint.Stop(412, "ifMatch", "You sent an If-Match header but this item does not exist any more. Reload and try again.");
    }

    private static bool Matches(string header, long currentVersion)
    {
        if (header.Trim() == "*") return true;
        if (!EntityTagHeaderValue.TryParseList([header], out var tags)) return false;
        var current = new EntityTagHeaderValue(For(currentVersion));
        return tags.Any(t => t.Compare(current, useStrongComparison: true));
    }
}
