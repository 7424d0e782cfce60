using System.Security.Cryptography;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Features;

namespace ActionPlanTracker.Features.Import.Returns;

/// <summary>The form an upload sends (multipart/form-data), for the API's description; the handler reads it itself.</summary>
public sealed record UploadReturnForm
{
    /// <summary>The filled-in return workbook (.xlsx), at most 20 MB.</summary>
    public IFormFile? File { get; init; }
    /// <summary>The review the person means to update; when given, a return made for another review is refused.</summary>
    public long? ReviewId { get; init; }
}

public sealed record UploadReturnRequest
{
    public long PlanId { get; init; }
}

public sealed class UploadReturn(Database database, Clock clock, TrackerSettings settings) : Endpoint<UploadReturnRequest, ReturnResponse>
{
    public override void Configure()
    {
        Post("/plans/{planId}/returns");
        Roles(Allowed.Scorers);
        Description(b => b.ClearDefaultAccepts().WithMetadata(new OpenApi.DocumentedBody(typeof(UploadReturnForm), "multipart/form-data", Required: true))
            .Produces<ReturnResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(413));
        Summary(s =>
        {
            s.Summary = "Upload a filled-in update return: the dry run of what it would change, nothing written yet";
            s.Description = "multipart/form-data with the workbook in `file` and, optionally, `reviewId` (the review you mean to update). The return is kept as a pending import until you apply it. Per row: what changes, what is invalid (a score not on the scale, a date that is no date, completion without evidence, an item you may not score), what someone else changed since the download (both values, never overwritten), and rows whose key is missing or was changed (left out). A return made for another plan or review is a 400 naming the file (or reviewId).";
        });
    }

    public override async Task HandleAsync(UploadReturnRequest request, CancellationToken ct)
    {
        // Raised for this request only, before anything reads the body.
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = UploadImport.MaxBodyBytes;
        if (!HttpContext.Request.HasFormContentType)
            this.Invalid("file", "Send the return as multipart/form-data, with the workbook in a field called \"file\".");
        var form = await ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null) this.Invalid("file", "Choose the filled-in return: the Excel workbook downloaded from the tracker.");
        if (file.Length == 0) this.Invalid("file", "The file is empty.");
        if (file.Length > ReadingLimits.MaxFileBytes) this.Stop(413, "file", TooLarge);
        long? reviewId = null;
        if (!string.IsNullOrWhiteSpace(form["reviewId"]))
            reviewId = long.TryParse(form["reviewId"], out var id) && id > 0 ? id : Refuse("reviewId", "Give the review's id as a number.");

        using var stream = new MemoryStream((int)file.Length);
        await file.CopyToAsync(stream, ct);
        var content = stream.ToArray();
        var fileName = UploadImport.FileName(file.FileName);
        var write = Writer.For(HttpContext, clock);
        var now = TimeZoneInfo.ConvertTime(clock.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone));

        await using var connection = await database.OpenAsync(ct);
        var judged = await ReturnUploads.JudgeAsync(this, connection, request.PlanId, fileName, content, User, clock, now);
        if (reviewId is { } wanted && wanted != judged.File.ReviewId)
            this.Invalid("reviewId", $"This return was made for {judged.State.Review.Label} (review {judged.File.ReviewId}), not review {wanted}. Download the return for the review you mean to update.");

        await using var transaction = connection.BeginWriteTransaction();
        var importId = await ImportData.InsertReturnAsync(connection, transaction, write, judged.State.User.Id, request.PlanId, fileName,
            judged.File.Document.Format, Convert.ToHexStringLower(SHA256.HashData(content)), content);
        var row = (await ImportData.FindAsync(connection, importId, transaction))!;
        await transaction.CommitAsync(ct);

        var response = ReturnUploads.Response(row, judged);
        Etags.Set(HttpContext, response.Version);
        await Send.CreatedAtAsync<GetReturnUpload>(new { planId = request.PlanId, importId }, response, cancellation: ct);
    }

    private const string TooLarge = "The file is larger than 20 MB. A return is far smaller: upload the workbook the tracker made, without pictures.";

    private async Task<IFormCollection> ReadFormAsync(CancellationToken ct)
    {
        try { return await HttpContext.Request.ReadFormAsync(ct); }
        catch (BadHttpRequestException e) when (e.StatusCode == 413) { this.Stop(413, "file", TooLarge); throw; }
        catch (Exception e) when (e is InvalidDataException or IOException) { this.Invalid("file", "The upload could not be read as a form; send it again."); throw; }
    }

    private long Refuse(string field, string message)
    {
        this.Invalid(field, message);
        return 0;
    }
}
