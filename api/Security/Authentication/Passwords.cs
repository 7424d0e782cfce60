using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Password hashing with ASP.NET Core Identity's PasswordHasher (PBKDF2, salted, versioned: a hash made with older
/// settings is upgraded at the next sign-in). Passwords and hashes are never returned by the API nor logged.
/// </summary>
public sealed class Passwords(TrackerSettings settings)
{
    public const int MaximumLength = 256;

    private static readonly PasswordHasher<Passwords> Hasher = new();

    /// <summary>
    /// Checked when the username is unknown, so a wrong username costs the same hashing time as a wrong password and
    /// response times do not reveal which usernames exist.
    /// </summary>
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(null!, RandomNumberGenerator.GetHexString(32)));

    /// <summary>
    /// The password_hash of an account made at its first single sign-on: no password matches it (it is not base64), so
    /// such an account signs in only through the provider until an administrator sets a password.
    /// </summary>
    public const string NoPassword = "!single-sign-on";

    public int MinimumLength => settings.PasswordMinimumLength;

    public string Hash(string password) => Hasher.HashPassword(this, password);

    public PasswordVerificationResult Verify(string? hash, string password)
    {
        if (hash is null || hash.StartsWith(NoPassword, StringComparison.Ordinal))
        {
            Hasher.VerifyHashedPassword(this, DummyHash.Value, password);
            return PasswordVerificationResult.Failed;
        }
        return Hasher.VerifyHashedPassword(this, hash, password);
    }

    /// <summary>Warms the dummy hash at start-up so the first unknown-username sign-in is not slower than the rest.</summary>
    public static void Warm() => _ = DummyHash.Value;

    /// <summary>A random password for a first administrator: 24 characters of base64url, about 144 bits.</summary>
    public static string Generate() => Base64Url(RandomNumberGenerator.GetBytes(18));

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
