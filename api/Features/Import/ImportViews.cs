using ActionPlanTracker.Domain.Import;
using FastEndpoints;
using System.Data.Common;

namespace ActionPlanTracker.Features.Import;

/// <summary>Reads a stored import again and interprets it with its stored mapping, for every endpoint that answers an <see cref="ImportResponse"/>.</summary>
public static class ImportViews
{
    public static async Task<(ImportResponse Response, ImportReading? Reading)> ReadAsync(IValidationErrors endpoint, DbConnection connection,
        ImportRow row, ImportMapping? mapping = null, DbTransaction? transaction = null)
    {
        mapping ??= ImportJson.ReadMapping(row.MappingJson);
        ImportReading? reading = null;
        if (row.Status != "discarded")
        {
            var document = ImportReader.Read(endpoint, row.FileName, row.Format, row.Content);
            reading = ImportReader.Interpret(document, mapping, await KnownData.LoadAsync(connection, transaction));
        }
        var already = ImportView.Already(await ImportData.CommittedAlreadyAsync(connection, row.Sha256, transaction));
        var version = await Versions.VersionComparison.ReadAsync(connection, row.VersionOfPlanId, reading, transaction);
        return (ImportView.Build(row, mapping, reading, already, version?.View(row.DecisionsJson)), reading);
    }
}
