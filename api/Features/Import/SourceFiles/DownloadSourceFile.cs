using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using Microsoft.Net.Http.Headers;

namespace ActionPlanTracker.Features.Import.SourceFiles;

public sealed record SourceFileRequest
{
    public long PlanId { get; init; }
    public long ImportId { get; init; }
}

public sealed class DownloadSourceFile(Data.Database database) : Endpoint<SourceFileRequest>
{
    private const string FileSql = """
        SELECT file_name AS FileName, format AS Format, content AS Content
        FROM imports
        WHERE id = @ImportId AND plan_id = @PlanId AND status = 'committed'
        """;

    private sealed record StoredFile(string FileName, string Format, byte[] Content);

    public override void Configure()
    {
        Get("/plans/{planId}/source-files/{importId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces(200, typeof(Stream), "application/octet-stream").ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Download a file a plan was imported from, exactly as it was uploaded");
    }

    public override async Task HandleAsync(SourceFileRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        var file = await connection.QuerySingleOrDefaultAsync<StoredFile>(FileSql, request);
        if (file is null) this.NotFound("importId", $"Plan {request.PlanId} has no source file from import {request.ImportId}.");

        HttpContext.Response.Headers.ContentDisposition = ContentDisposition(file.FileName, file.Format);
        await Send.BytesAsync(file.Content, contentType: ContentType(file.Format), cancellation: ct);
    }

    /// <summary>The type the browser should open it as; an unknown format is plain bytes, never something a browser would run.</summary>
    public static string ContentType(string format) => format switch
    {
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsm" => "application/vnd.ms-excel.sheet.macroEnabled.12",
        "xls" => "application/vnd.ms-excel",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "csv" => "text/csv; charset=utf-8",
        "tsv" => "text/tab-separated-values; charset=utf-8",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// Always an attachment, named as uploaded: an ASCII name with anything a header or a file system would trip on
    /// replaced, and the UTF-8 name for browsers that read filename*. A paste gets the extension of its format.
    /// </summary>
    public static string ContentDisposition(string fileName, string format)
    {
        var name = Path.HasExtension(fileName) ? fileName : $"{fileName}.{format}";
        var header = new ContentDispositionHeaderValue("attachment") { FileName = Safe(name, ascii: true) };
        header.FileNameStar = Safe(name, ascii: false);
        return header.ToString();
    }

    private static string Safe(string name, bool ascii)
    {
        var kept = new string(name.Select(c => char.IsControl(c) || c is '"' or '\\' or '/' or ':' or '*' or '?' or '<' or '>' or '|' || ascii && c > '~' ? '_' : c).ToArray()).Trim();
        return kept.Trim('.').Length == 0 ? "source-file" : kept;
    }
}
