using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace ActionPlanTracker.Operations;

/// <summary>
/// The SPA's built files from wwwroot. The web build (web/vite.config.ts) writes a Brotli (.br) and a gzip (.gz) copy
/// beside every text file; a request that accepts one of them is answered from it with Content-Encoding, so nothing is
/// compressed per request. Vite's hashed files under /assets/ never change, so browsers and proxies keep them for a
/// year; everything else (index.html above all) is revalidated on every use, so a new release is seen at once.
/// </summary>
public static class SpaFiles
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    public const string RevalidateCacheControl = "no-cache";

    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>Shared with the SPA's fallback route (MapFallbackToFile), so deep links get the same headers as "/".</summary>
    public static readonly StaticFileOptions Options = new()
    {
        // A .br or .gz copy has the type of the file it is a copy of.
        ContentTypeProvider = new EncodedCopyTypes(),
        OnPrepareResponse = context =>
        {
            var http = context.Context;
            var name = context.File.Name;
            var encoding = name.EndsWith(".br", StringComparison.Ordinal) ? "br" : name.EndsWith(".gz", StringComparison.Ordinal) ? "gzip" : null;
            if (encoding is not null) http.Response.Headers.ContentEncoding = encoding;
            if (encoding is not null || http.Items.ContainsKey(HasEncodedCopies)) http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            http.Response.Headers.CacheControl = http.Request.Path.StartsWithSegments("/assets") ? ImmutableCacheControl : RevalidateCacheControl;
        },
    };

    private const string HasEncodedCopies = "tracker.spa-encoded-copies";
    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>Picks the .br or .gz copy of a requested file when the client accepts it, then serves as UseStaticFiles does.</summary>
    public static IApplicationBuilder UseSpaFiles(this WebApplication app)
    {
        var files = app.Environment.WebRootFileProvider;
        app.Use((http, next) =>
        {
            var path = http.Request.Path;
            if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && path.HasValue
                && !path.StartsWithSegments("/api") && Path.HasExtension(path.Value)
                && !path.Value.EndsWith(".br", StringComparison.OrdinalIgnoreCase) && !path.Value.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                var accepted = http.Request.GetTypedHeaders().AcceptEncoding;
                foreach (var (encoding, suffix) in Encodings)
                {
                    if (!files.GetFileInfo(path.Value + suffix).Exists) continue;
                    http.Items[HasEncodedCopies] = true;
                    if (!Accepts(accepted, encoding)) continue;
                    http.Request.Path = path.Value + suffix;
                    break;
                }
            }
            return next(http);
        });
        return app.UseStaticFiles(Options);
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> accepted, string encoding)
    {
        var named = accepted.FirstOrDefault(a => string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase))
                    ?? accepted.FirstOrDefault(a => a.Value.Value == "*");
        return named is not null && (named.Quality ?? 1) > 0;
    }

    private sealed class EncodedCopyTypes : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix) in Encodings)
                if (subpath.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    subpath = subpath[..^suffix.Length];
            return Types.TryGetContentType(subpath, out contentType!);
        }
    }
}
