using System.Text;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Import;

public sealed record PasteImportRequest
{
    /// <summary>Cells copied from Excel: one line per row, cells separated by tabs.</summary>
    public string Text { get; init; } = "";
    /// <summary>The plan's title; leave it out to use what the proposal finds.</summary>
    public string? Title { get; init; }
}

public sealed class PasteImport(Data.Database database, Clock clock) : Endpoint<PasteImportRequest, ImportResponse>
{
    public sealed class Validator : Validator<PasteImportRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Text).NotEmpty().WithMessage("Paste the plan's cells, copied from Excel.")
                .MaximumLength(ReadingLimits.MaxFileBytes).WithMessage("The pasted cells are larger than 20 MB.");
            RuleFor(r => r.Title).MaximumLength(300);
        }
    }

    public override void Configure()
    {
        Post("/imports/paste");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ImportResponse>(201).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Import cells pasted from Excel (tab-separated): the proposed mapping and a dry run, nothing written yet";
            s.Description = "The text is kept as the import's file (UTF-8, named \"pasted cells\") until it is committed or discarded.";
        });
    }

    public override async Task HandleAsync(PasteImportRequest request, CancellationToken ct)
    {
        var response = await StartImport.CreateAsync(this, database, Writer.For(HttpContext, clock), ImportReader.PastedFileName, "tsv",
            Encoding.UTF8.GetBytes(request.Text), null, request.Title, ct);
        Etags.Set(HttpContext, response.Version);
        await Send.CreatedAtAsync<GetImport>(new { importId = response.Id }, response, cancellation: ct);
    }
}
