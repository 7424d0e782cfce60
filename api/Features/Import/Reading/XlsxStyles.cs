using DocumentFormat.OpenXml;
using RgbColorModelHex = DocumentFormat.OpenXml.Drawing.RgbColorModelHex;
using SystemColor = DocumentFormat.OpenXml.Drawing.SystemColor;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// A workbook's cell styles as the importer needs them: each style's solid fill (theme and indexed colours resolved, tint
/// applied) and its number format. Worked out once per workbook, so a cell's look is one array lookup.
/// </summary>
public sealed class XlsxStyles
{
    /// <summary>Office's default theme colours, which Excel uses when a workbook carries no theme of its own.</summary>
    private static readonly string[] OfficeTheme =
        ["ffffff", "000000", "e7e6e6", "44546a", "4472c4", "ed7d31", "a5a5a5", "ffc000", "5b9bd5", "70ad47", "0563c1", "954f72"];

    private readonly string?[] fills;
    private readonly NumberFormat[] formats;

    private XlsxStyles(string?[] fills, NumberFormat[] formats)
    {
        this.fills = fills;
        this.formats = formats;
    }

    public string? FillOf(uint style) => style < fills.Length ? fills[style] : null;

    public NumberFormat FormatOf(uint style) => style < formats.Length ? formats[style] : NumberFormat.General;

    public static XlsxStyles Read(WorkbookPart workbook)
    {
        var sheet = workbook.WorkbookStylesPart?.Stylesheet;
        var styles = sheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var palette = Palette(sheet);
        var theme = ThemeColours(workbook);
        var fillColours = (sheet?.Fills?.Elements<Fill>() ?? []).Select(fill => SolidColour(fill, palette, theme)).ToList();
        var codes = (sheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(format => format.NumberFormatId?.HasValue == true)
            .GroupBy(format => format.NumberFormatId!.Value)
            .ToDictionary(group => group.Key, group => group.First().FormatCode?.Value);
        return new XlsxStyles(
            styles.Select(style => style.FillId?.Value is { } id && id < fillColours.Count ? fillColours[(int)id] : null).ToArray(),
            styles.Select(style => FormatOf(style, codes)).ToArray());
    }

    private static NumberFormat FormatOf(CellFormat style, Dictionary<uint, string?> codes)
    {
        var id = style.NumberFormatId?.Value ?? 0;
        return NumberFormat.Of((int)id, codes.GetValueOrDefault(id));
    }

    /// <summary>A fill a person sees as a colour: only a solid pattern shows its foreground colour across the cell.</summary>
    private static string? SolidColour(Fill fill, IReadOnlyList<string> palette, IReadOnlyList<string> theme)
    {
        var pattern = fill.PatternFill;
        if (pattern?.PatternType?.Value != PatternValues.Solid) return null;
        return pattern.ForegroundColor is { } colour ? Fills.Shown(Resolve(colour, palette, theme)) : null;
    }

    private static string? Resolve(ColorType colour, IReadOnlyList<string> palette, IReadOnlyList<string> theme)
    {
        string? rgb = null;
        if (colour.Rgb?.Value is { } argb) rgb = Fills.Rgb(argb);
        // Indexed 64 and 65 are the system's own foreground and background: "automatic", no colour a person chose.
        else if (colour.Indexed?.Value is { } index && index < palette.Count) rgb = palette[(int)index];
        else if (colour.Theme?.Value is { } themeIndex && themeIndex < theme.Count) rgb = theme[(int)themeIndex];
        if (rgb is null) return null;
        return colour.Tint?.Value is { } tint ? Fills.Tinted(rgb, tint) : rgb;
    }

    /// <summary>The legacy palette, as the workbook redefines it (styles' indexedColors) or Excel's default.</summary>
    private static IReadOnlyList<string> Palette(Stylesheet? sheet)
    {
        var custom = sheet?.Colors?.IndexedColors?.Elements<RgbColor>()
            .Select(colour => Fills.Rgb(colour.Rgb?.Value) ?? "ffffff").ToList();
        return custom is { Count: > 0 } ? custom : Fills.LegacyPalette;
    }

    /// <summary>
    /// The theme's colours in the order cells name them: Excel's theme index 0 is the light background (lt1) and 1 the
    /// dark text (dk1), the reverse of the order the theme part lists them in; likewise 2 and 3.
    /// </summary>
    private static IReadOnlyList<string> ThemeColours(WorkbookPart workbook)
    {
        var scheme = workbook.ThemePart?.Theme?.ThemeElements?.ColorScheme;
        if (scheme is null) return OfficeTheme;
        var listed = scheme.ChildElements.Select(ColourOf).ToList();
        if (listed.Count < 12) return OfficeTheme;
        return [listed[1] ?? OfficeTheme[0], listed[0] ?? OfficeTheme[1], listed[3] ?? OfficeTheme[2], listed[2] ?? OfficeTheme[3],
            ..listed.Skip(4).Take(8).Select((c, i) => c ?? OfficeTheme[4 + i])];
    }

    private static string? ColourOf(OpenXmlElement themeColour)
    {
        var rgb = themeColour.GetFirstChild<RgbColorModelHex>()?.Val?.Value
                  ?? themeColour.GetFirstChild<SystemColor>()?.LastColor?.Value;
        return rgb is { Length: 6 } ? rgb.ToLowerInvariant() : null;
    }
}
