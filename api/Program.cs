using System.Text.Json;
using System.Text.Json.Serialization;
using ActionPlanTracker;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Mail;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Operations;
using ActionPlanTracker.OpenApi.SwaggerUi;
using ActionPlanTracker.Security;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.Extensions.Options;

// Operations: "backup <file> [--force]" copies the database and exits, without starting the server or migrating.
if (BackupCommand.IsInvoked(args)) return BackupCommand.Run(args, Console.Out, Console.Error);
// "copy-to-postgresql <connection string>" copies the SQLite tracker into an empty PostgreSQL database and exits.
if (CopyToPostgresCommand.IsInvoked(args)) return CopyToPostgresCommand.Run(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);

// Settings: the "Tracker" section, defaults in TrackerSettings, checked before the first request.
builder.Services.AddOptions<TrackerSettings>().BindConfiguration(TrackerSettings.SectionName);
builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<TrackerSettings>>().Value);

// Storage and time: one SQLite file, or a PostgreSQL database by connection string; "today" comes from an injectable
// clock so tests can pin it.
builder.Services.AddSingleton(sp => sp.GetRequiredService<TrackerSettings>().Database(builder.Configuration, builder.Environment.ContentRootPath));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Clock>();
// The grid and summary of each plan are kept, as sent and compressed, per version of the plan (see ReadCache).
builder.Services.AddSingleton<ReadCache>();
// Who wrote last (ReadCache serves the previous version of a grid only to readers who wrote nothing since it was read).
// On PostgreSQL, shared by every instance through the database (issue 16), so a saver's next read on another instance is fresh.
builder.Services.AddSingleton(sp => new Writers(sp.GetRequiredService<ActionPlanTracker.Data.Database>()));
// The grid's and summary's builds at one version share one read of the plan (see SharedSnapshots).
builder.Services.AddSingleton<SharedSnapshots>();
// The scrutiny report of each plan, review and asOf date, kept per version of the plan for every format (see ReportCache).
builder.Services.AddSingleton<ActionPlanTracker.Features.Reports.ReportCache>();

// API: FastEndpoints with validators discovered alongside endpoints; enums travel as camelCase words.
builder.Services.AddFastEndpoints();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

// Errors: database constraint violations become 409s; nothing leaks a stack trace.
builder.Services.AddExceptionHandler<ConstraintViolationHandler>();
builder.Services.AddProblemDetails();
builder.Services.AddUnknownApiRoutes();
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 2 * 1024 * 1024);

// Behind a proxy, HTTPS, Data Protection keys, compression, the SPA's files, logs and telemetry (docs/operations.md).
builder.AddTrackerOperations();

// Sign-in: a cookie session for the SPA or a personal API token (Bearer), either on every endpoint; antiforgery for the cookie.
builder.Services.AddTrackerAuthentication();
// Sign-in attempts are rate-limited per client address and per username (429 with Retry-After), see SignInLimits.
builder.Services.AddSignInLimits();

// OpenAPI: Swashbuckle over ApiExplorer, patched for FastEndpoints by an operation filter.
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(o =>
{
    o.SwaggerDoc("v1", new() { Title = "Improvement action-plan tracker API", Version = "v1" });
    o.OperationFilter<FastEndpointsOperationFilter>();
    o.AddSecurityDefinition(SignInRequirement.ApiToken, SignInRequirement.ApiTokenScheme);
    o.AddSecurityDefinition(SignInRequirement.Session, SignInRequirement.SessionScheme);
    o.OperationFilter<SignInRequirement>();
    o.OperationFilter<OperationNames>();
    o.OperationFilter<ResponseConventions>();
    o.OperationFilter<RequestPropertiesRequired>();
    o.DocumentFilter<FeatureTags>();
    o.SchemaFilter<RouteParamSchemaFilter>();
    o.SchemaFilter<FixedValues>();
    o.SchemaFilter<OmittedWhenEmpty>();
    o.SchemaFilter<NullableEntries>();
    o.DocumentFilter<ResponsePropertiesRequired>();
    o.DocumentFilter<NullableReferencesTyped>();
    o.DocumentFilter<UnusedSchemasRemoved>();
    o.CustomSchemaIds(t => t.FullName!.Replace("ActionPlanTracker.Features.", "").Replace('+', '.'));
    o.SupportNonNullableReferenceTypes();
    // A nullable reference (a review that may be absent) is written as allOf + nullable, the only way OpenAPI 3.0 can say it.
    o.UseAllOfToExtendReferenceSchemas();
    o.OrderActionsBy(d => $"{d.RelativePath} {d.HttpMethod}");
});

// Operations: liveness and readiness (the database answers, its migrations are applied); backups by setting (docs/operations.md).
builder.Services.AddTrackerHealthChecks();
builder.Services.AddHostedService<BackupSchedule>();
// Reminder emails: a database-backed outbox sent by one hosted service, off unless Tracker:Mail is enabled (docs/operations.md).
builder.Services.AddTrackerMail();

DapperTypeHandlers.Register();
var app = builder.Build();

// Start-up: validate settings, put a SQLite database in WAL mode, migrate, then seed the demo plans if asked.
var settings = app.Services.GetRequiredService<TrackerSettings>();
settings.Validate();
var database = app.Services.GetRequiredService<Database>();
database.PrepareFile();
Migrator.Migrate(database, app.Logger);
if (settings.SeedDemoData)
    await ActionPlanTracker.Features.Demo.DemoData.SeedIfEmptyAsync(database, app.Services.GetRequiredService<Clock>(), app.Logger);
// First start: an empty users table gets the demo accounts, or one administrator (README, "Signing in").
await ActionPlanTracker.Features.Accounts.FirstUsers.EnsureAsync(database, settings,
    app.Services.GetRequiredService<Passwords>(), app.Services.GetRequiredService<Clock>(), app.Logger,
    jsonConsole: string.Equals(app.Configuration["Logging:Console:FormatterName"], "json", StringComparison.OrdinalIgnoreCase));
app.Logger.LogInformation("Database: {Path}", database.Description);

// A trusted proxy's X-Forwarded-For/Proto first, so everything after sees the client's address and scheme.
app.UseTrackerForwardedHeaders(settings);

// Security headers on every response, errors included: CSP, nosniff, no framing, no caching of API data.
app.UseSecurityHeaders();

// Pipeline: errors, the SPA's files, the API, its documentation, then the SPA's fallback route.
app.UseExceptionHandler();
app.UseTrackerHsts(settings);
app.UseTrackerResponseCompression();
app.UseDefaultFiles();
app.UseSpaFiles();
// Too many sign-in attempts from one address are refused here, before the body is read or a password hashed.
app.UseRateLimiter();
// On PostgreSQL the per-address limit is counted in the database instead, shared by every instance (see SignInBuckets).
app.UseSharedSignInAddressLimit();
// Who is calling (cookie or API token), then: cookie-authenticated writes must carry the antiforgery token.
app.UseAuthentication();
app.UseClientRoleCheck();
app.UseAuthorization();
app.UseAntiforgeryCheck();
// Every successful write is numbered as its response starts, against its session or token (see Writers).
Writers.UseWritersRemembered(app, app.Services.GetRequiredService<Writers>());
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
app.MapTrackerHealthChecks();
// Any other /api address: a 404 problem, or a 405 problem with Allow when the path exists with other methods.
app.MapUnknownApiRoutes();
app.MapFallbackToFile("index.html", SpaFiles.Options);

app.Run();
return 0;

