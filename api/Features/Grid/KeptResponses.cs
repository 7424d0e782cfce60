using FastEndpoints;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// Sends a kept grid or summary: the encoding the client accepts (br, then gzip, else the JSON as is) with
/// Content-Encoding and Vary: Accept-Encoding, a strong ETag per encoding, and 304 with no body when If-None-Match
/// names this version. Cache-Control is "private, no-cache": a browser may keep the bytes but must ask again each time
/// (with If-None-Match, answered 304 while the plan is unchanged); shared caches may not keep them at all.
/// </summary>
public static class KeptResponses
{
    public const string CacheControl = "private, no-cache";
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>The version of the plan the bytes sent were built from (the version the ETag names).</summary>
    public const string VersionHeader = "X-Plan-Version";

    /// <summary>The plan's version when the request was answered: above X-Plan-Version while a newer version is building and this reader was sent the previous one.</summary>
    public const string LatestHeader = "X-Plan-Version-Latest";

    /// <summary>Sends <paramref name="kept"/>, saying which version it is and which is the plan's now (<paramref name="latest"/>, as the request read it).</summary>
    public static async Task SendAsync(IEndpoint endpoint, Kept kept, long latest, CancellationToken ct)
    {
        var http = endpoint.HttpContext;
        var headers = http.Response.Headers;
        var encoding = Choose(http.Request.Headers.AcceptEncoding);
        headers.Vary = "Accept-Encoding";
        headers[VersionHeader] = kept.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers[LatestHeader] = Math.Max(kept.Version, latest).ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers.CacheControl = CacheControl;
        headers.ETag = TagFor(kept, encoding);

        if (NotModified(http.Request.Headers.IfNoneMatch, kept))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            await http.Response.CompleteAsync();
            return;
        }

        var body = encoding switch
        {
            "br" => await kept.BrotliAsync(),
            "gzip" => await kept.GzipAsync(),
            _ => kept.Identity,
        };
        if (encoding != "identity") headers.ContentEncoding = encoding;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ContentType;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, ct);
        await http.Response.CompleteAsync();
    }

    public static string TagFor(Kept kept, string encoding) => encoding switch
    {
        "br" => $"\"{kept.Tag}-br\"",
        "gzip" => $"\"{kept.Tag}-gz\"",
        _ => $"\"{kept.Tag}\"",
    };

    /// <summary>
    /// If-None-Match names this version in any encoding (weak comparison, as RFC 9110 13.1.2 asks), or is "*": the bytes
    /// the client holds are this version's JSON, whichever coding carried them.
    /// </summary>
    public static bool NotModified(StringValues ifNoneMatch, Kept kept)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch)) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var ours = new[] { "identity", "gzip", "br" }.Select(e => new EntityTagHeaderValue(TagFor(kept, e))).ToArray();
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || ours.Any(o => t.Compare(o, useStrongComparison: false)));
    }

    /// <summary>br or gzip, whichever the client weighs higher (br on a tie), or identity when it accepts neither.</summary>
    public static string Choose(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding) || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
            return "identity";
        double? Weight(string name) => codings.Where(c => StringSegment.Equals(c.Value, name, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Quality ?? 1).Cast<double?>().FirstOrDefault();
        var any = Weight("*");
        var br = Weight("br") ?? any ?? 0;
        var gzip = Weight("gzip") ?? Weight("x-gzip") ?? any ?? 0;
        if (br <= 0 && gzip <= 0) return "identity";
        return br >= gzip ? "br" : "gzip";
    }
}
