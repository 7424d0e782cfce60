using System.Text.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Import.Reading;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Features;

namespace ActionPlanTracker.Features.Scorecard;

public sealed record ImportIndicatorValuesRequest
{
    public long PlanId { get; init; }
    /// <summary>true (the default): say what would be saved, save nothing. false: save every row, or nothing.</summary>
    [QueryParam] public bool? DryRun { get; init; }
    /// <summary>How to read a 0 that looks like a placeholder: real (a real zero) or no-data (no figure: not yet due if the period has not ended, else being collated). Unset: such rows are asked.</summary>
    [QueryParam]
    [OpenApi.OneOf(typeof(ImportIndicatorValues), nameof(ImportIndicatorValues.ZeroReadings))]
    public string? Zeroes { get; init; }
    /// <summary>Lines of the file (as numbered in it, the header being line 1) whose 0 is a real zero, comma-separated; overrides zeroes.</summary>
    [QueryParam] public string? RealZeroRows { get; init; }
    /// <summary>Lines of the file whose 0 means no data, comma-separated; overrides zeroes.</summary>
    [QueryParam] public string? NoDataRows { get; init; }
    /// <summary>Overwrite values already entered that the file gives differently. Without it such rows are reported as changes and a commit is refused.</summary>
    [QueryParam] public bool? ReplaceExisting { get; init; }
}

/// <summary>The CSV file of a multipart upload, for the API's description; a text/csv body is read the same way.</summary>
public sealed record ImportIndicatorValuesForm
{
    /// <summary>The CSV: columns indicator reference, period, value, and optionally state, note, year to date, direction, numerator, denominator.</summary>
    public IFormFile? File { get; init; }
}

public sealed record ImportedValue
{
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.ValueStates))]
    public string State { get; init; } = "";
    public double? Value { get; init; }
    public string? Note { get; init; }
    public string Display { get; init; } = "";
}

public sealed record ImportRowReason
{
    /// <summary>The file's header of the column at fault ("Month"), or the column's own name.</summary>
    public string Column { get; init; } = "";
    public string Message { get; init; } = "";
}

/// <summary>What the import does with one line of the file.</summary>
public sealed record ImportRowOutcome
{
    /// <summary>The line in the file (the header is line 1).</summary>
    public int Row { get; init; }
    public string Indicator { get; init; } = "";
    public long? IndicatorId { get; init; }
    /// <summary>YYYY-MM, once read.</summary>
    public string? Period { get; init; }
    public string? PeriodLabel { get; init; }
    /// <summary>
    /// new (saved as a new value), change (differs from the value entered: saved only with replaceExisting), unchanged,
    /// skipped (blank: nothing to save), refused (see reasons), asked (a 0 that looks like a placeholder: say how to read it).
    /// </summary>
    [OpenApi.OneOf(typeof(ImportIndicatorValues), nameof(ImportIndicatorValues.Outcomes))]
    public string Outcome { get; init; } = "";
    /// <summary>What would be (or was) saved.</summary>
    public ImportedValue? Value { get; init; }
    /// <summary>The value entered now, when there is one.</summary>
    public ImportedValue? Current { get; init; }
    public IReadOnlyList<ImportRowReason> Reasons { get; init; } = [];
    /// <summary>For asked rows: why the 0 looks like a placeholder, and how to answer.</summary>
    public string? Question { get; init; }
}

public sealed record ImportCounts
{
    public int Rows { get; init; }
    public int New { get; init; }
    public int Changes { get; init; }
    public int Unchanged { get; init; }
    public int Skipped { get; init; }
    public int Refused { get; init; }
    public int Asked { get; init; }
}

public sealed record ImportColumn
{
    /// <summary>The header as written, or "(column 3)" when the file has none.</summary>
    public string Header { get; init; } = "";
    /// <summary>What it was read as: indicator, period, value, state, note, yearToDate, direction, numerator, denominator; null when ignored.</summary>
    public string? ReadAs { get; init; }
}

public sealed record ImportIndicatorValuesResponse
{
    public long PlanId { get; init; }
    public bool DryRun { get; init; }
    /// <summary>True when the values were saved (a commit with nothing refused, asked or, without replaceExisting, changed).</summary>
    public bool Saved { get; init; }
    public ImportCounts Counts { get; init; } = new();
    public IReadOnlyList<ImportColumn> Columns { get; init; } = [];
    public IReadOnlyList<ImportRowOutcome> Rows { get; init; } = [];
}

/// <summary>
/// CSV import of a scorecard's values with a dry run (issue 15). Every row is checked by the rules the bulk PUT uses
/// (<see cref="IndicatorValueWrites"/>: period of the indicator's frequency, value range by unit, lock of a closed
/// review, managers only for the indicators they own) and saved through the same write, all or nothing. A 0 that looks
/// like a placeholder is never saved as a number until the request says how to read it, since a 0 is a real zero.
/// </summary>
public sealed class ImportIndicatorValues(Database database, Clock clock, TrackerSettings settings)
    : Endpoint<ImportIndicatorValuesRequest, ImportIndicatorValuesResponse>
{
    public static readonly string[] ZeroReadings = ["real", "no-data"];
    public static readonly string[] Outcomes = ["new", "change", "unchanged", "skipped", "refused", "asked"];
    public const long MaxBodyBytes = 2 * 1024 * 1024;
    public const int MaxRows = 20_000;

    public sealed class Validator : Validator<ImportIndicatorValuesRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Zeroes).Must(z => z is null || ZeroReadings.Contains(z)).WithMessage("zeroes is real (a real zero) or no-data (no figure).");
            RuleFor(r => r.RealZeroRows).Must(BeLines).WithMessage("Give line numbers separated by commas, as 4,9,12.");
            RuleFor(r => r.NoDataRows).Must(BeLines).WithMessage("Give line numbers separated by commas, as 4,9,12.");
        }

        private static bool BeLines(string? text) => text is null || Lines(text) is not null;
    }

    public static HashSet<int>? Lines(string? text)
    {
        var lines = new HashSet<int>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (int.TryParse(part, out var line) && line > 0) lines.Add(line);
            else return null;
        return lines;
    }

    public override void Configure()
    {
        Post("/plans/{planId}/indicator-values/import");
        Roles(Allowed.Scorers);
        Description(b => b.ClearDefaultAccepts()
            .WithMetadata(new OpenApi.DocumentedBody(typeof(ImportIndicatorValuesForm), "multipart/form-data", Required: true))
            .Produces<ImportIndicatorValuesResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409).ProducesProblemDetails(413));
        Summary(s =>
        {
            s.Summary = "Import a scorecard's values from CSV: a dry run by default, then all or nothing";
            s.Description = "The body is the CSV (text/csv) or a multipart form with it in `file`. Columns: indicator reference, period, value, and optionally "
                + "state, note, year to date, direction, numerator, denominator; headers are matched loosely (\"Ref\", \"Month\", \"Actual\"). Periods as YYYY-MM, "
                + "\"Apr-25\", \"April 2025\", \"Q1 2025/26\"; values as \"87.5%\" or \"1,234\"; states as \"being collated\", \"n/a\", \"not published\", \"suppressed\", \"*\". "
                + "Each row is answered new, change, unchanged, skipped, refused (with reasons naming the column) or asked: a 0 in a period that has not ended, "
                + "where the indicator's other periods have no other number, or with every other number on its row 0 too, is not saved until `zeroes` "
                + "(or realZeroRows/noDataRows) says how to read it. dryRun=false saves through the same checks and write as PUT .../indicator-values/{period}: "
                + "nothing is saved when a row is refused or asked (400, the report in `report`) or changes an entered value without replaceExisting=true (409).";
        });
    }

    public override async Task HandleAsync(ImportIndicatorValuesRequest request, CancellationToken ct)
    {
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes + 64 * 1024;
        var bytes = await BodyAsync(ct);
        var decoded = TextDecoding.Decode(bytes);
        var table = ScorecardCsv.Read(DelimitedReader.ReadTable("CSV", decoded.Text, null, new RowBudget()));
        if (table.Rows.Count == 0) this.Invalid("file", "The CSV has no rows under its header. Give one row per indicator and period.");
        if (table.Rows.Count > MaxRows) this.Stop(413, "file", $"The CSV has more than {MaxRows:N0} rows; import it in parts.");
        if (!table.Has(ScorecardColumn.Indicator) || !table.Has(ScorecardColumn.Period) || !table.Has(ScorecardColumn.Value))
            this.Invalid("file", "The CSV needs an indicator, a period and a value column (headers such as \"Indicator\", \"Month\", \"Value\").");

        var dryRun = request.DryRun ?? true;
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = dryRun ? connection.BeginReadTransaction() : connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);

        var indicators = await IndicatorData.ListAsync(connection, request.PlanId, transaction: transaction);
        var existing = (await IndicatorData.ValuesAsync(connection, indicators.Select(i => i.Id), transaction: transaction))
            .ToDictionary(v => (v.IndicatorId, v.Period));
        var owned = await OwnedAsync(connection, transaction, indicators);
        var plan = new ScorecardImportPlan(table, indicators, existing, owned, settings.Scorecard.YearStartMonth, clock.Today,
            await IndicatorValueWrites.LockDateAsync(connection, transaction, request.PlanId), request);
        var rows = plan.Rows();

        var response = Report(request.PlanId, dryRun, false, table, rows);
        if (dryRun)
        {
            await Send.OkAsync(response, ct);
            return;
        }

        var blocked = rows.Where(r => r.Outcome is "refused" or "asked").ToList();
        if (blocked.Count > 0)
        {
            await ProblemAsync(400, blocked.Select(r => r.Outcome == "asked"
                ? new ValidationFailure($"rows[{r.Row}].value", $"Line {r.Row}: {r.Question}")
                : new ValidationFailure($"rows[{r.Row}].{Field(table, r.Reasons[0].Column)}", $"Line {r.Row}, column \"{r.Reasons[0].Column}\": {r.Reasons[0].Message}")).ToList(),
                "Nothing was saved: some lines are refused or need an answer.", response, ct);
            return;
        }
        var changes = rows.Where(r => r.Outcome == "change").ToList();
        if (changes.Count > 0 && request.ReplaceExisting != true)
        {
            await ProblemAsync(409, [new ValidationFailure("replaceExisting",
                    $"{changes.Count} line{(changes.Count == 1 ? "" : "s")} ({string.Join(", ", changes.Take(10).Select(r => r.Row))}) would change values already entered. "
                    + "Send replaceExisting=true to overwrite them, or remove those lines.")],
                "Nothing was saved: the file changes values already entered.", response, ct);
            return;
        }

        foreach (var row in plan.Writes)
        {
            existing.TryGetValue((row.Input.IndicatorId, row.Period), out var before);
            await IndicatorValueWrites.WriteAsync(connection, transaction, write, request.PlanId, row.Period, row.Input, before);
        }
        await transaction.CommitAsync(ct);
        await Send.OkAsync(response with { Saved = true }, ct);
    }

    private static string Field(ScorecardCsvTable table, string header) =>
        Enum.GetValues<ScorecardColumn>().FirstOrDefault(c => table.HeaderOf(c) == header) is var column && table.HeaderOf(column) == header
            ? ColumnWord(column) : "value";

    private static string ColumnWord(ScorecardColumn column) => char.ToLowerInvariant(column.ToString()[0]) + column.ToString()[1..];

    private static ImportIndicatorValuesResponse Report(long planId, bool dryRun, bool saved, ScorecardCsvTable table, IReadOnlyList<ImportRowOutcome> rows)
    {
        var width = Math.Max(table.Headers.Count, table.Columns.Values.DefaultIfEmpty(-1).Max() + 1);
        var columns = Enumerable.Range(0, width).Select(i => new ImportColumn
        {
            Header = i < table.Headers.Count && table.Headers[i].Trim().Length > 0 ? table.Headers[i].Trim() : $"(column {i + 1})",
            ReadAs = table.Columns.FirstOrDefault(c => c.Value == i) is { Value: var index } found && index == i && table.Columns.ContainsKey(found.Key)
                ? ColumnWord(found.Key) : null,
        }).ToList();
        return new ImportIndicatorValuesResponse
        {
            PlanId = planId, DryRun = dryRun, Saved = saved, Columns = columns, Rows = rows,
            Counts = new ImportCounts
            {
                Rows = rows.Count, New = rows.Count(r => r.Outcome == "new"), Changes = rows.Count(r => r.Outcome == "change"),
                Unchanged = rows.Count(r => r.Outcome == "unchanged"), Skipped = rows.Count(r => r.Outcome == "skipped"),
                Refused = rows.Count(r => r.Outcome == "refused"), Asked = rows.Count(r => r.Outcome == "asked"),
            },
        };
    }

    private async Task<byte[]> BodyAsync(CancellationToken ct)
    {
        try
        {
            if (HttpContext.Request.HasFormContentType)
            {
                var form = await HttpContext.Request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
                if (file is null) this.Invalid("file", "Choose the CSV file: send it in a form field called \"file\", or as the body with Content-Type text/csv.");
                if (file.Length > MaxBodyBytes) this.Stop(413, "file", "The CSV is larger than 2 MB; import it in parts.");
                using var copy = new MemoryStream();
                await file.CopyToAsync(copy, ct);
                return copy.ToArray();
            }
            var type = HttpContext.Request.ContentType ?? "";
            if (!type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
                && !type.StartsWith("application/csv", StringComparison.OrdinalIgnoreCase) && type.Length > 0)
                this.Invalid("file", "Send the CSV as the body with Content-Type text/csv, or as a multipart form with the file in \"file\".");
            using var body = new MemoryStream();
            await HttpContext.Request.Body.CopyToAsync(body, ct);
            return body.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == 413) { this.Stop(413, "file", "The CSV is larger than 2 MB; import it in parts."); throw; }
        catch (Exception e) when (e is InvalidDataException or IOException) { this.Invalid("file", "The upload could not be read; send it again."); throw; }
    }

    /// <summary>The indicators this user may enter values for: every one, except for a manager, who owns some.</summary>
    private async Task<HashSet<long>> OwnedAsync(System.Data.IDbConnection connection, System.Data.IDbTransaction transaction, IReadOnlyList<IndicatorResponse> indicators)
    {
        if (SignedInUser.From(User) is not { Role: RoleNames.Manager } manager) return indicators.Select(i => i.Id).ToHashSet();
        return indicators.Where(i => manager.PersonId is { } person && i.Owners.Any(o => o.Id == person)).Select(i => i.Id).ToHashSet();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A problem naming each line at fault, with <c>report</c>: the whole dry run, so the web app can show every row.</summary>
    private async Task ProblemAsync(int status, List<ValidationFailure> failures, string detail, ImportIndicatorValuesResponse report, CancellationToken ct)
    {
        var problem = new ProblemDetails(failures, HttpContext.Request.Path, HttpContext.TraceIdentifier, status) { Detail = detail };
        var body = JsonSerializer.SerializeToNode(problem, Json)!.AsObject();
        body["report"] = JsonSerializer.SerializeToNode(report, Json);
        HttpContext.Response.StatusCode = status;
        HttpContext.Response.ContentType = "application/problem+json";
        await HttpContext.Response.WriteAsync(body.ToJsonString(Json), ct);
    }
}
