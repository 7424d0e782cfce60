using System.Text;
using System.Xml;

namespace ActionPlanTracker.Features.Common;

/// <summary>
/// What XML 1.0 can carry, and so what the Word and Excel reports can hold: every character but the C0 controls other
/// than tab, line feed and carriage return, U+FFFE, U+FFFF and half a surrogate pair. The API refuses the others at
/// input (<see cref="RefuseXmlInvalidText"/>); the report writers leave them out of text stored before (<see cref="Clean"/>).
/// </summary>
public static class XmlSafeText
{
    /// <summary>The reason given for a field that holds such a character.</summary>
    public const string Refused =
        "Remove the control character or non-character (such as U+FFFE or U+0001) from this text: it cannot be written into a Word or Excel report.";

    /// <summary>Whether the text holds only characters XML 1.0 can carry.</summary>
    public static bool IsValid(string text) => FirstInvalid(text) < 0;

    /// <summary>The text without the characters XML 1.0 cannot carry; the same string when there are none.</summary>
    public static string Clean(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
            return text;
        var cleaned = new StringBuilder(text.Length).Append(text, 0, first);
        for (var index = first; index < text.Length; index++)
        {
            var pair = index + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[index + 1], text[index]);
            if (!pair && !XmlConvert.IsXmlChar(text[index]))
                continue;
            cleaned.Append(text, index, pair ? 2 : 1);
            if (pair) index++;
        }
        return cleaned.ToString();
    }

    /// <summary>Cleans text that may be absent, for properties such as a document's title.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static int FirstInvalid(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (c >= ' ' && c < '\uD800')
                continue; // the common case, decided without a call
            if (index + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[index + 1], c))
            {
                index++;
                continue;
            }
            if (!XmlConvert.IsXmlChar(c))
                return index;
        }
        return -1;
    }
}
