using System.Diagnostics;
using System.Security.Cryptography;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Import.Mappings;
using ActionPlanTracker.Features.Import.Versions;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import;

/// <summary>
/// What an upload and a paste share once the file is in hand: read it, propose a mapping (from a saved one when asked),
/// interpret it, and keep the file as a pending import. Nothing reaches a plan until the import is committed.
/// </summary>
public static class StartImport
{
    public static async Task<ImportResponse> CreateAsync(IValidationErrors endpoint, Database database, WriteContext write, string fileName,
        string? format, byte[] content, long? mappingId, string? title, CancellationToken ct, long? versionOf = null)
    {
        var document = ImportReader.Read(endpoint, fileName, format, content);
        await using var connection = await database.OpenAsync(ct);

        // Reading and interpreting a large workbook takes a while: it happens before the write lock is taken.
        ImportMapping? saved = null;
        if (mappingId is { } id)
            saved = (await SavedMappingData.FindAsync(connection, id))?.Mapping ?? throw Refused(endpoint, "mappingId", SavedMappingData.NoSuchMapping(id));
        var known = await KnownData.LoadAsync(connection);
        var mapping = MappingProposer.Propose(document, known.Scales, known.People, saved);
        if (Written.OrNull(title) is { } named) mapping = mapping with { Plan = mapping.Plan with { Title = named } };
        // A newer version is scored on its plan's own scale: a scale proposed from the file would be a second copy of it.
        if (versionOf is { } planId && await VersionData.ScaleIdAsync(connection, planId) is { } scaleId)
            mapping = mapping with { Scale = new ScaleChoice { ScaleId = scaleId } };
        if (versionOf is { } ofPlan)
            mapping = MappingProposer.PreferPlanPeople(mapping, await VersionData.PeopleAsync(connection, ofPlan, known.People));
        var reading = ImportReader.Interpret(document, mapping, known);

        await using var transaction = connection.BeginWriteTransaction();
        var importId = await ImportData.InsertAsync(connection, transaction, write, fileName, document.Format,
            Convert.ToHexStringLower(SHA256.HashData(content)), content, ImportJson.Write(mapping), versionOf);
        var version = await VersionComparison.ReadAsync(connection, versionOf, reading, transaction);
        if (version is not null)
            await ImportData.SaveDecisionsAsync(connection, transaction, importId, VersionDecisions.Write(VersionDecisions.AsShown(version.Diff)));
        var row = (await ImportData.FindAsync(connection, importId, transaction))!;
        var already = ImportView.Already(await ImportData.CommittedAlreadyAsync(connection, row.Sha256, transaction));
        await transaction.CommitAsync(ct);
        return ImportView.Build(row, mapping, reading, already, version?.View(row.DecisionsJson));
    }

    private static Exception Refused(IValidationErrors endpoint, string field, string message)
    {
        endpoint.Invalid(field, message);
        return new UnreachableException();
    }
}
