using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ActionPlanTracker.Domain.Import.Returns;

/// <summary>
/// The hidden key of one row of a return: which item it is (kind and id) and the version of its score when the return
/// was made (null when it had none), with a short check so a key changed by hand or copied from another plan's or
/// review's return is noticed: "measure:412:3:9c1e07ab", "action:17:new:5d20aa31". The check guards against mistakes,
/// not forgery; what a person may write is decided by the tracker's own rules on upload.
/// </summary>
public sealed record ReturnKey(string ItemType, long ItemId, long? Version)
{
    private static readonly string[] Kinds = ["recommendation", "action", "measure"];

    public string Write(long planId, long reviewId) =>
        $"{ItemType}:{ItemId.ToString(CultureInfo.InvariantCulture)}:{VersionText}:{Check(planId, reviewId, ItemType, ItemId, VersionText)}";

    private string VersionText => Version?.ToString(CultureInfo.InvariantCulture) ?? "new";

    /// <summary>The key a cell holds, or null when it is not one written for this plan and review.</summary>
    public static ReturnKey? Read(string text, long planId, long reviewId)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length != 4 || !Kinds.Contains(parts[0])) return null;
        if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var itemId) || itemId <= 0) return null;
        long? version = null;
        if (parts[2] != "new")
        {
            if (!long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v <= 0) return null;
            version = v;
        }
        var key = new ReturnKey(parts[0], itemId, version);
        return string.Equals(parts[3], Check(planId, reviewId, key.ItemType, itemId, key.VersionText), StringComparison.Ordinal) ? key : null;
    }

    private static string Check(long planId, long reviewId, string itemType, long itemId, string version)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{planId}/{reviewId}/{itemType}/{itemId}/{version}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
