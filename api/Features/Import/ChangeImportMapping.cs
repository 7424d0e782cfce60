using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;

namespace ActionPlanTracker.Features.Import;

public sealed record ChangeImportMappingRequest
{
    [RouteParam] public long ImportId { get; init; }
    /// <summary>The whole body: the mapping, as the import's response gives it, adjusted.</summary>
    [FromBody] public ImportMapping? Mapping { get; init; }
}

public sealed class ChangeImportMapping(Data.Database database) : Endpoint<ChangeImportMappingRequest, ImportResponse>
{
    public sealed class Validator : Validator<ChangeImportMappingRequest>
    {
        // The body is the mapping itself, so its errors name its own fields ("tables[0].headerTo"), not "mapping.tables...".
        public Validator() => RuleFor(r => r.Mapping).Custom((mapping, context) =>
        {
            if (mapping is null) { context.AddFailure(new ValidationFailure("mapping", "Send the mapping as the request's body.")); return; }
            foreach (var failure in new MappingRules().Validate(mapping).Errors)
                context.AddFailure(new ValidationFailure(failure.PropertyName, failure.ErrorMessage));
        });
    }

    private const string UpdateSql = """
        UPDATE imports SET mapping_json = @mappingJson, row_version = row_version + 1
        WHERE id = @importId AND row_version = @version AND status = 'pending';
        """;

    public override void Configure()
    {
        Put("/imports/{importId}/mapping");
        Roles(Allowed.Administrators);
        Description(b => b.ClearDefaultAccepts().Accepts<ImportMapping>("application/json").Produces<ImportResponse>(200)
            .ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Adjust how an import reads its file: the body is the whole mapping; the answer is the new dry run";
            s.Description = "Only a pending import's mapping can change. Tables, header rows and columns must exist in the file, and the scale and people in the tracker.";
        });
    }

    public override async Task HandleAsync(ChangeImportMappingRequest request, CancellationToken ct)
    {
        var mapping = request.Mapping!;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var row = await ImportData.RequireAsync(this, connection, request.ImportId, transaction);
        Etags.Require(this, HttpContext, row.Version);
        if (row.Status != "pending") this.Conflict("importId", $"This import is {row.Status}; only a pending import's mapping can change.");

        var document = ImportReader.Read(this, row.FileName, row.Format, row.Content);
        foreach (var (field, message) in MappingAgainstSource.Problems(mapping, document, await KnownData.LoadAsync(connection, transaction)))
            AddError(new ValidationFailure(field, message));
        ThrowIfAnyErrors(400);

        var changed = await connection.ExecuteAsync(UpdateSql, new { mappingJson = ImportJson.Write(mapping), importId = row.Id, version = row.Version }, transaction);
        if (changed == 0) this.Stop(412, "ifMatch", "This import was changed by someone else while you were saving. Reload it and apply your change again.");
        var after = (await ImportData.FindAsync(connection, row.Id, transaction))!;
        var (response, _) = await ImportViews.ReadAsync(this, connection, after, mapping, transaction);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, response.Version);
        await Send.OkAsync(response, ct);
    }
}
