// The lower bound for a read of the tracker: the same bytes, from memory, through the same web server (Kestrel), with no
// database, no analysis and no serialisation. bench/grid.sh measures the tracker's URL and this one in the same run.
//
//   dotnet Baseline.dll --source http://127.0.0.1:5000 --paths /api/plans/1/grid,/api/plans/1/summary --urls http://127.0.0.1:0
//                       [--header "Authorization: Bearer ..."]   (when the tracker does not serve reads anonymously)
//                       [--accept-encoding "gzip, deflate, br, zstd"]   (copy the compressed bytes the tracker sends such a
//                        client, and send them with the same Content-Encoding to every client: bench/mixed.sh)

var builder = WebApplication.CreateBuilder(args);
var source = builder.Configuration["source"] ?? throw new InvalidOperationException("Give --source, the tracker's base URL.");
var paths = (builder.Configuration["paths"] ?? throw new InvalidOperationException("Give --paths, a comma-separated list of paths to copy."))
    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

var app = builder.Build();

// Each response is fetched once at start-up and then served as it came, content type included, at the same path.
using var http = new HttpClient { BaseAddress = new Uri(source), Timeout = TimeSpan.FromMinutes(2) };
if (builder.Configuration["header"] is { Length: > 0 } header && header.Split(':', 2) is [var name, var value])
    http.DefaultRequestHeaders.TryAddWithoutValidation(name.Trim(), value.Trim());
if (builder.Configuration["accept-encoding"] is { Length: > 0 } acceptEncoding)
    http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
foreach (var path in paths)
{
    using var response = await http.GetAsync(path);
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsByteArrayAsync();
    var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
    // HttpClient does not decompress unless asked, so these are the bytes as sent, in the coding the tracker chose.
    var coding = string.Join(",", response.Content.Headers.ContentEncoding);
    app.MapGet(path, (HttpContext http) =>
    {
        if (coding.Length > 0) { http.Response.Headers.ContentEncoding = coding; http.Response.Headers.Vary = "Accept-Encoding"; }
        return Results.Bytes(body, contentType);
    });
    app.Logger.LogWarning("Serving {Path}: {Bytes} bytes of {ContentType} ({Coding}) copied from {Source}", path, body.Length, contentType,
        coding.Length > 0 ? coding : "identity", source);
}

app.Run();
