using System.Globalization;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Cell colours as the importer compares them: lower-case "#rrggbb", with white and "no colour" both null, because a
/// white cell is a plain cell to a person reading the plan (and never a score).
/// </summary>
public static class Fills
{
    /// <summary>"#92d050" from "92D050", "FF92D050" (ARGB) or "#92d050"; null for white, "auto", blanks and anything that is not a colour.</summary>
    public static string? Shown(string? colour) => Rgb(colour) is { } rgb && rgb != "ffffff" ? "#" + rgb : null;

    /// <summary>"92d050" from "92D050", "FF92D050" (ARGB) or "#92d050", white included; null when it is not a colour.</summary>
    public static string? Rgb(string? colour)
    {
        if (string.IsNullOrWhiteSpace(colour)) return null;
        var hex = colour.Trim().TrimStart('#');
        if (hex.Length == 8) hex = hex[2..];
        return hex.Length == 6 && hex.All(char.IsAsciiHexDigit) ? hex.ToLowerInvariant() : null;
    }

    /// <summary>
    /// Excel's tint: a theme colour made lighter (tint above 0) or darker (below 0) by moving its luminance, as the
    /// Open XML standard describes (ECMA-376 part 1, 18.8.19).
    /// </summary>
    public static string Tinted(string rgb, double tint)
    {
        if (tint == 0) return rgb;
        var (h, l, s) = ToHls(Channel(rgb, 0), Channel(rgb, 2), Channel(rgb, 4));
        l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
        var (r, g, b) = FromHls(h, Math.Clamp(l, 0, 1), s);
        return $"{r:x2}{g:x2}{b:x2}";
    }

    /// <summary>Excel's 64-colour legacy palette, which "indexed" colours name (a workbook may redefine it).</summary>
    public static readonly IReadOnlyList<string> LegacyPalette =
    [
        "000000", "ffffff", "ff0000", "00ff00", "0000ff", "ffff00", "ff00ff", "00ffff",
        "000000", "ffffff", "ff0000", "00ff00", "0000ff", "ffff00", "ff00ff", "00ffff",
        "800000", "008000", "000080", "808000", "800080", "008080", "c0c0c0", "808080",
        "9999ff", "993366", "ffffcc", "ccffff", "660066", "ff8080", "0066cc", "ccccff",
        "000080", "ff00ff", "ffff00", "00ffff", "800080", "800000", "008080", "0000ff",
        "00ccff", "ccffff", "ccffcc", "ffff99", "99ccff", "ff99cc", "cc99ff", "ffcc99",
        "3366ff", "33cccc", "99cc00", "ffcc00", "ff9900", "ff6600", "666699", "969696",
        "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
    ];

    private static int Channel(string rgb, int at) => int.Parse(rgb.AsSpan(at, 2), NumberStyles.HexNumber);

    private static (double H, double L, double S) ToHls(int red, int green, int blue)
    {
        double r = red / 255.0, g = green / 255.0, b = blue / 255.0;
        double max = Math.Max(r, Math.Max(g, b)), min = Math.Min(r, Math.Min(g, b));
        var l = (max + min) / 2;
        if (max == min) return (0, l, 0);
        var d = max - min;
        var s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
        var h = max == r ? (g - b) / d + (g < b ? 6 : 0) : max == g ? (b - r) / d + 2 : (r - g) / d + 4;
        return (h / 6, l, s);
    }

    private static (int R, int G, int B) FromHls(double h, double l, double s)
    {
        if (s == 0) return (Byte(l), Byte(l), Byte(l));
        var q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        var p = 2 * l - q;
        return (Byte(Hue(p, q, h + 1.0 / 3)), Byte(Hue(p, q, h)), Byte(Hue(p, q, h - 1.0 / 3)));
    }

    private static double Hue(double p, double q, double t)
    {
        if (t < 0) t += 1;
        if (t > 1) t -= 1;
        if (t < 1.0 / 6) return p + (q - p) * 6 * t;
        if (t < 1.0 / 2) return q;
        if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
        return p;
    }

    private static int Byte(double value) => (int)Math.Round(value * 255, MidpointRounding.AwayFromZero);
}
