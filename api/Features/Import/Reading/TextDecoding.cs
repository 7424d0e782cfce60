using System.Text;
using UtfUnknown;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>The text of a CSV file, and the encoding it was read in when that had to be worked out.</summary>
/// <param name="Text">The decoded text, without a byte order mark.</param>
/// <param name="Guessed">The encoding's name when the file did not say (no byte order mark) and was not UTF-8; null otherwise.</param>
public sealed record DecodedText(string Text, string? Guessed);

/// <summary>
/// Decodes a text file whatever wrote it: a byte order mark says the encoding; without one, UTF-8 when the bytes are
/// valid UTF-8; otherwise a detector's answer, falling back to Windows-1252, which is what Excel on a UK PC saves "CSV"
/// in (so "£", "é" and "’" come out right).
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF])) return new(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), null);
        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE])) return new(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (Utf16WithoutMark(bytes) is { } utf16) return new(utf16.GetString(bytes), null);
        try
        {
            return new(StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            var encoding = Detected(bytes);
            return new(encoding.GetString(bytes), encoding.WebName);
        }
    }

    /// <summary>
    /// Whether bytes read as text: a byte order mark, or no zero bytes (which no 8-bit text holds) and, unless the name
    /// says text (<paramref name="named"/>), hardly any other control bytes. Stray ones from an old export are stripped
    /// from the cells later; a picture or a program has them throughout.
    /// </summary>
    public static bool LooksLikeText(byte[] bytes, bool named)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE])
            || bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]) || Utf16WithoutMark(bytes) is not null) return true;
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return false;
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r')) controls++;
        }
        return named || controls <= sample.Length / 100 + 1;
    }

    /// <summary>UTF-16 written without a byte order mark shows as a zero byte beside every ASCII character.</summary>
    private static Encoding? Utf16WithoutMark(byte[] bytes)
    {
        var pairs = Math.Min(bytes.Length / 2, 4096);
        if (pairs < 2) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) evenZeros++;
            if (bytes[2 * i + 1] == 0) oddZeros++;
        }
        if (oddZeros > pairs * 0.9 && evenZeros == 0) return Encoding.Unicode;
        if (evenZeros > pairs * 0.9 && oddZeros == 0) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>
    /// The detector's choice when it is sure of a non-Western code page (a Cyrillic or Greek export); otherwise
    /// Windows-1252, which also reads ISO-8859-1 text and is what a UK council's CSV almost always is.
    /// </summary>
    private static Encoding Detected(byte[] bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        var name = detected?.EncodingName?.ToLowerInvariant();
        if (detected is null || detected.Confidence < 0.8 || name is null || name.StartsWith("iso-8859-1", StringComparison.Ordinal)
            || name is "windows-1252" or "ascii" or "us-ascii" or "iso-8859-15")
            return LegacyEncodings.Windows1252;
        return detected.Encoding ?? LegacyEncodings.Named(name) ?? LegacyEncodings.Windows1252;
    }
}
