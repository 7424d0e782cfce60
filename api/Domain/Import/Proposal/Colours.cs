using System.Globalization;

namespace ActionPlanTracker.Domain.Import;

/// <summary>The colours RAG scales use, as a fill can be told apart by hue.</summary>
internal enum Hue { Red, Amber, Green, Blue }

/// <summary>
/// Reading fills as RAG colours. Councils' greens differ (#92d050, #00b050) and ambers too (#ffcc00, #ffc000), so a fill
/// matches a level's colour when it is near it, or else when both are clearly the same hue; greys, whites and pastels
/// too pale to tell are no colour at all.
/// </summary>
internal static class Colours
{
    // Within this RGB distance two fills are the same colour whatever their hue.
    private const double SameColour = 60;

    public static bool AreNear(string a, string b) =>
        Rgb(a) is { } x && Rgb(b) is { } y &&
        Math.Sqrt(Math.Pow(x.R - y.R, 2) + Math.Pow(x.G - y.G, 2) + Math.Pow(x.B - y.B, 2)) <= SameColour;

    /// <summary>The RAG hue of a fill when it is clearly one; null for greys, pale fills and in-between hues.</summary>
    public static Hue? HueOf(string? fill)
    {
        if (fill is null || Rgb(fill) is not { } rgb)
            return null;
        double r = rgb.R / 255.0, g = rgb.G / 255.0, b = rgb.B / 255.0;
        double max = Math.Max(r, Math.Max(g, b)), min = Math.Min(r, Math.Min(g, b));
        var saturation = max == 0 ? 0 : (max - min) / max;
        if (saturation < 0.35 || max < 0.35)
            return null;
        var hue = Degrees(r, g, b, max, max - min);
        return hue switch
        {
            >= 345 or < 15 => Hue.Red,
            >= 20 and <= 65 => Hue.Amber,
            >= 70 and <= 170 => Hue.Green,
            >= 185 and <= 250 => Hue.Blue,
            _ => null,
        };
    }

    private static double Degrees(double r, double g, double b, double max, double delta)
    {
        if (delta == 0)
            return 0;
        var hue = max == r ? 60 * ((g - b) / delta % 6) : max == g ? 60 * ((b - r) / delta + 2) : 60 * ((r - g) / delta + 4);
        return hue < 0 ? hue + 360 : hue;
    }

    private static (int R, int G, int B)? Rgb(string fill)
    {
        var hex = fill.TrimStart('#');
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            return null;
        return ((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
