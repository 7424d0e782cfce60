using System.Text.Json;
using System.Text.Json.Serialization;
using ActionPlanTracker;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.OpenApi.SwaggerUi;
using ActionPlanTracker.Security;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

// Settings: the "Tracker" section, defaults in TrackerSettings, checked before the first request.
builder.Services.AddOptions<TrackerSettings>().BindConfiguration(TrackerSettings.SectionName);
builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<TrackerSettings>>().Value);

// Storage and time: one SQLite file; "today" comes from an injectable clock so tests can pin it.
builder.Services.AddSingleton(sp => new Database(ResolvePath(sp.GetRequiredService<TrackerSettings>().DatabasePath, builder.Environment)));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Clock>();
// The grid and summary of each plan are kept, as sent and compressed, per version of the plan (see ReadCache).
builder.Services.AddSingleton<ReadCache>();

// API: FastEndpoints with validators discovered alongside endpoints; enums travel as camelCase words.
builder.Services.AddFastEndpoints();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

// Errors: database constraint violations become 409s; nothing leaks a stack trace.
builder.Services.AddExceptionHandler<ConstraintViolationHandler>();
builder.Services.AddProblemDetails();
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 2 * 1024 * 1024);

// Sign-in: a cookie session for the SPA or a personal API token (Bearer), either on every endpoint; antiforgery for the cookie.
builder.Services.AddTrackerAuthentication();

// OpenAPI: Swashbuckle over ApiExplorer, patched for FastEndpoints by an operation filter.
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(o =>
{
    o.SwaggerDoc("v1", new() { Title = "Improvement action-plan tracker API", Version = "v1" });
    o.OperationFilter<FastEndpointsOperationFilter>();
    o.AddSecurityDefinition(SignInRequirement.ApiToken, SignInRequirement.ApiTokenScheme);
    o.AddSecurityDefinition(SignInRequirement.Session, SignInRequirement.SessionScheme);
    o.OperationFilter<SignInRequirement>();
    o.SchemaFilter<RouteParamSchemaFilter>();
    o.DocumentFilter<ResponsePropertiesRequired>();
    o.CustomSchemaIds(t => t.FullName!.Replace("ActionPlanTracker.Features.", "").Replace('+', '.'));
    o.SupportNonNullableReferenceTypes();
    // A nullable reference (a review that may be absent) is written as allOf + nullable, the only way OpenAPI 3.0 can say it.
    o.UseAllOfToExtendReferenceSchemas();
    o.OrderActionsBy(d => $"{d.RelativePath} {d.HttpMethod}");
});

DapperTypeHandlers.Register();
var app = builder.Build();

// Start-up: validate settings, put the database in WAL mode, migrate, then seed the demo plans if asked.
var settings = app.Services.GetRequiredService<TrackerSettings>();
settings.Validate();
var database = app.Services.GetRequiredService<Database>();
database.PrepareFile();
Migrator.Migrate(database, app.Logger);
if (settings.SeedDemoData)
    await ActionPlanTracker.Features.Demo.DemoData.SeedIfEmptyAsync(database, app.Services.GetRequiredService<Clock>(), app.Logger);
// First start: an empty users table gets the demo accounts, or one administrator (README, "Signing in").
await ActionPlanTracker.Features.Accounts.FirstUsers.EnsureAsync(database, settings,
    app.Services.GetRequiredService<Passwords>(), app.Services.GetRequiredService<Clock>(), app.Logger);
app.Logger.LogInformation("Database: {Path}", database.FilePath);

// Security headers on every response, errors included: CSP, nosniff, no framing, no caching of API data.
app.UseSecurityHeaders();

// Pipeline: errors, the SPA's files, the API, its documentation, then the SPA's fallback route.
app.UseExceptionHandler();
app.UseDefaultFiles();
app.UseStaticFiles();
// Who is calling (cookie or API token), then: cookie-authenticated writes must carry the antiforgery token.
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgeryCheck();
// A read or a delete sent with a JSON content type and no body is bound as if the header were absent.
app.UseEmptyBodiesIgnored();
app.UseFastEndpoints(c =>
{
    c.Endpoints.RoutePrefix = "api";
    // Every request's text is checked for characters a Word or Excel report cannot hold (400 naming the field).
    c.Endpoints.Configurator = ep => ep.PreProcessor<RefuseXmlInvalidText>(Order.Before);
    c.Errors.UseProblemDetails();
    c.Serializer.Options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
});
app.UseSwagger();
app.UseSwaggerUI(TrackerSwaggerUi.Configure);
TrackerSwaggerUi.MapScript(app);
app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
app.Map("/api/{**rest}", (HttpContext http) => Results.Problem(statusCode: 404, title: "Not Found",
    detail: $"There is no API endpoint at {http.Request.Path}.")).ExcludeFromDescription();
app.MapFallbackToFile("index.html");

app.Run();

static string ResolvePath(string path, IWebHostEnvironment env) =>
    Path.IsPathRooted(path) ? path : Path.Combine(env.ContentRootPath, path);
