using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Features;

namespace ActionPlanTracker.Features.Import;

/// <summary>The form an upload sends (multipart/form-data), for the API's description; the handler reads it itself.</summary>
public sealed record UploadImportForm
{
    /// <summary>The plan: .xlsx, .xlsm, .xls, .docx or .csv, at most 20 MB.</summary>
    public IFormFile? File { get; init; }
    /// <summary>A saved mapping (GET /api/import-mappings) to read the file by, as last month's was read.</summary>
    public long? MappingId { get; init; }
    /// <summary>The plan this file is a newer version of: the dry run then compares the file with that plan, and a commit adds to it.</summary>
    public long? PlanId { get; init; }
}

public sealed class UploadImport(Data.Database database, Clock clock) : EndpointWithoutRequest<ImportResponse>
{
    /// <summary>The file plus room for the form around it; every other endpoint keeps the app's 2 MB limit.</summary>
    public const long MaxBodyBytes = ReadingLimits.MaxFileBytes + 64 * 1024;

    public override void Configure()
    {
        Post("/imports");
        Roles(Allowed.Administrators);
        Description(b => b.ClearDefaultAccepts().WithMetadata(new OpenApi.DocumentedBody(typeof(UploadImportForm), "multipart/form-data", Required: true)).Produces<ImportResponse>(201)
            .ProducesProblemDetails(400).ProducesProblemDetails(413));
        Summary(s =>
        {
            s.Summary = "Upload a plan (.xlsx, .xls, .docx, .csv) to import: the proposed mapping and a dry run, nothing written yet";
            s.Description = "multipart/form-data with the file in `file` (at most 20 MB) and, optionally, `mappingId`, a saved mapping to start from, and `planId`, the plan this file is a newer version of (the response's versionOf then says what it would change there). The file is kept as a pending import until it is committed or discarded.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        // Raised for this request only, before anything reads the body.
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        if (!HttpContext.Request.HasFormContentType)
            this.Invalid("file", "Send the plan as multipart/form-data, with the file in a field called \"file\".");

        var form = await ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null) this.Invalid("file", "Choose the plan's file: an Excel workbook, a Word document or a CSV file.");
        if (file.Length == 0) this.Invalid("file", "The file is empty.");
        if (file.Length > ReadingLimits.MaxFileBytes) this.Stop(413, "file", TooLarge);
        long? mappingId = null;
        if (!string.IsNullOrWhiteSpace(form["mappingId"]))
            mappingId = long.TryParse(form["mappingId"], out var id) && id > 0 ? id : throw Bad("mappingId", "Give the saved mapping's id as a number.");
        var planId = await PlanIdAsync(form["planId"], ct);

        using var stream = new MemoryStream((int)file.Length);
        await file.CopyToAsync(stream, ct);
        var response = await StartImport.CreateAsync(this, database, Writer.For(HttpContext, clock), FileName(file.FileName), null,
            stream.ToArray(), mappingId, null, ct, planId);
        Etags.Set(HttpContext, response.Version);
        await Send.CreatedAtAsync<GetImport>(new { importId = response.Id }, response, cancellation: ct);
    }

    private const string TooLarge = "The file is larger than 20 MB. Save the plan without pictures or unused sheets and try again.";

    private async Task<IFormCollection> ReadFormAsync(CancellationToken ct)
    {
        try { return await HttpContext.Request.ReadFormAsync(ct); }
        catch (BadHttpRequestException e) when (e.StatusCode == 413) { this.Stop(413, "file", TooLarge); throw; }
        catch (Exception e) when (e is InvalidDataException or IOException) { this.Invalid("file", "The upload could not be read as a form; send it again."); throw; }
    }

    /// <summary>The plan a newer version is for, when the form names one; 400 when it is not a number or no plan has that id.</summary>
    private async Task<long?> PlanIdAsync(string? sent, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(sent)) return null;
        if (!long.TryParse(sent, out var planId) || planId <= 0) throw Bad("planId", "Give the plan's id as a number, or leave planId out to make a new plan.");
        await using var connection = await database.OpenAsync(ct);
        if (await Versions.VersionData.TitleAsync(connection, planId) is null) throw Bad("planId", $"No plan has id {planId}.");
        return planId;
    }

    private Exception Bad(string field, string message)
    {
        this.Invalid(field, message);
        return new InvalidOperationException(message);
    }

    /// <summary>The name without any folder a browser sent; a name is needed, so an empty one becomes "upload".</summary>
    public static string FileName(string? sent)
    {
        var name = Path.GetFileName((sent ?? "").Replace('\\', '/')).Trim();
        if (name.Length > 255) name = name[^255..];
        return name.Length == 0 ? "upload" : name;
    }
}
