using System.Globalization;

namespace ActionPlanTracker.Domain;

/// <summary>
/// Which text colour reads on a level's colour. Reports shade a score's cell with the level's colour and write the level's
/// number and label in it, so the words must meet WCAG 2.2 AA (4.5:1) on that colour. The same rule as the web app's
/// <c>textColourOn</c> (web/src/domain/grid-rows.ts), so a level looks the same on screen, in Word and in Excel.
/// </summary>
public static class Contrast
{
    /// <summary>GOV.UK's near-black, the web app's text colour.</summary>
    public const string Black = "#0b0c0c";
    public const string White = "#ffffff";

    /// <summary>Near-black or white, whichever contrasts more with <paramref name="background"/>; black when it is not a colour.</summary>
    public static string TextColourOn(string? background)
    {
        if (Luminance(background) is not { } l) return Black;
        return Ratio(l, Luminance(Black)!.Value) >= Ratio(l, 1) ? Black : White;
    }

    /// <summary>WCAG 2.x relative luminance of a #rgb or #rrggbb colour, or null when it is not one.</summary>
    public static double? Luminance(string? colour)
    {
        var hex = (colour ?? "").Trim().TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)) return null;
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel((rgb >> 16) & 0xff) + 0.7152 * Channel((rgb >> 8) & 0xff) + 0.0722 * Channel(rgb & 0xff);
    }

    /// <summary>The contrast ratio of two luminances, from 1 to 21.</summary>
    public static double Ratio(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
}
