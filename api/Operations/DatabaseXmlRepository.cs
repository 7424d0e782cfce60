using System.Globalization;
using System.Xml.Linq;
using ActionPlanTracker.Data;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ActionPlanTracker.Operations;

/// <summary>
/// Data Protection's key ring in the database (table data_protection_keys, db/0044), used on PostgreSQL so every instance
/// behind one address signs and reads session cookies and antiforgery tokens with the same keys (issue 16). On first use
/// in a process it copies in any keys already in the keys folder (a tracker that ran on PostgreSQL before keys moved to
/// the database), so nobody is signed out by the upgrade; copying the same key twice, from two instances starting at
/// once, stores it once (friendly_name is unique). Data Protection calls this synchronously and rarely (at start, then
/// about once a day and when it makes a new key), so it uses synchronous connections.
/// </summary>
public sealed class DatabaseXmlRepository(Database database, DirectoryInfo? keysFolder, TimeProvider time, ILogger<DatabaseXmlRepository> logger)
    : IXmlRepository
{
    private const string InsertSql = """
        INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@friendlyName, @xml, @createdAt)
        ON CONFLICT (friendly_name) DO NOTHING
        """;

    private readonly Lazy<int> imported = new(() => ImportFolder(database, keysFolder, time, logger));

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        _ = imported.Value;
        using var connection = database.Open();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY id").Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = database.Open();
        connection.Execute(InsertSql, new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), createdAt = Now(time) });
    }

    /// <summary>Copies the folder's key-*.xml files into the table (each at most once); returns how many were new.</summary>
    public static int ImportFolder(Database database, DirectoryInfo? folder, TimeProvider time, ILogger logger)
    {
        if (folder is null || !folder.Exists) return 0;
        var files = folder.GetFiles("key-*.xml");
        if (files.Length == 0) return 0;
        using var connection = database.Open();
        var added = files.Sum(file => connection.Execute(InsertSql, new
        {
            friendlyName = Path.GetFileNameWithoutExtension(file.Name),
            xml = XElement.Load(file.FullName).ToString(SaveOptions.DisableFormatting),
            createdAt = Now(time),
        }));
        if (added > 0) logger.LogInformation("Copied {Count} Data Protection key(s) from {Folder} into the database.", added, folder.FullName);
        return added;
    }

    private static string Now(TimeProvider time) =>
        time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
