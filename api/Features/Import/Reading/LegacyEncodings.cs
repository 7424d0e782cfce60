using System.Text;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// The code pages older files are written in. .NET carries only Unicode encodings until the code-page provider is
/// registered, which this does once for the whole app the first time a reader needs one.
/// </summary>
public static class LegacyEncodings
{
    static LegacyEncodings()
    {
        // In the constructor, not a field initialiser: initialisers run first, before the provider would be there.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Windows' Western European code page, what Excel on a UK PC writes a CSV in when it is not told UTF-8.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>An encoding by name ("windows-1251"), or null when .NET has none of that name.</summary>
    public static Encoding? Named(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
