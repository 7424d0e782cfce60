using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>The text of a workbook's strings: rich-text runs joined, phonetic guides left out, Excel's _xHHHH_ escapes undone.</summary>
public static partial class XlsxText
{
    /// <summary>A shared string item or an inline string: plain text, or runs of differently formatted text.</summary>
    public static string Of(RstType item)
    {
        if (item.Text is { } plain) return Unescape(plain.Text);
        var text = new StringBuilder();
        foreach (var run in item.Elements<Run>()) text.Append(run.Text?.Text);
        return Unescape(text.ToString());
    }

    /// <summary>
    /// Excel writes characters XML cannot carry, and a carriage return before a line break, as "_x000D_"; "_x005F_"
    /// escapes an underscore that would otherwise look like one.
    /// </summary>
    public static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? Escape().Replace(text, match => ((char)int.Parse(match.Groups[1].ValueSpan, NumberStyles.HexNumber)).ToString())
            : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();
}
