// The lower bound for a read of the tracker: the same bytes, from memory, through the same web server (Kestrel), with no
// database, no analysis and no serialisation. bench/grid.sh measures the tracker's URL and this one in the same run.
//
//   dotnet Baseline.dll --source http://127.0.0.1:5000 --paths /api/plans/1/grid,/api/plans/1/summary --urls http://127.0.0.1:0
//                       [--header "Authorization: Bearer ..."]   (when the tracker does not serve reads anonymously)

var builder = WebApplication.CreateBuilder(args);
var source = builder.Configuration["source"] ?? throw new InvalidOperationException("Give --source, the tracker's base URL.");
var paths = (builder.Configuration["paths"] ?? throw new InvalidOperationException("Give --paths, a comma-separated list of paths to copy."))
    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

var app = builder.Build();

// Each response is fetched once at start-up and then served as it came, content type included, at the same path.
using var http = new HttpClient { BaseAddress = new Uri(source), Timeout = TimeSpan.FromMinutes(2) };
if (builder.Configuration["header"] is { Length: > 0 } header && header.Split(':', 2) is [var name, var value])
    http.DefaultRequestHeaders.TryAddWithoutValidation(name.Trim(), value.Trim());
foreach (var path in paths)
{
    using var response = await http.GetAsync(path);
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsByteArrayAsync();
    var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
    app.MapGet(path, () => Results.Bytes(body, contentType));
    app.Logger.LogWarning("Serving {Path}: {Bytes} bytes of {ContentType} copied from {Source}", path, body.Length, contentType, source);
}

app.Run();
