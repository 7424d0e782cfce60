using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>The text of a workbook's strings: rich-text runs joined, phonetic guides left out, Excel's _xHHHH_ escapes undone.</summary>
public static partial class XlsxText
{
    /// <summary>
    /// A shared string item (si) or an inline string (is), the reader on its start tag and left after its end tag: its
    /// plain text, or its runs of differently formatted text joined.
    /// </summary>
    public static string Read(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var depth = xml.Depth;
        var text = new StringBuilder();
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh") xml.Skip(); // a phonetic guide (furigana), not the text
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t") text.Append(xml.ReadElementContentAsString());
            else if (!xml.Read()) break;
        }
        xml.Read();
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
