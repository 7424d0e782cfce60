using System.Text;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Cell text as every reader hands it on: line breaks as "\n", ends trimmed, and nothing XML cannot hold, because the
/// text goes on into Word and Excel downloads and JSON that must stay valid whatever a council's file carried.
/// </summary>
public static class CellText
{
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        if (IsClean(raw)) return raw;
        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                // "\r\n" is one break; a lone "\r" (old Mac files) is a break too rather than two words run together.
                if (i + 1 < raw.Length && raw[i + 1] == '\n') continue;
                text.Append('\n');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                text.Append(c).Append(raw[++i]);
            }
            else if (IsKept(c)) text.Append(c);
        }
        return text.ToString().Trim();
    }

    /// <summary>Most cells need nothing done; checking first saves copying every one of them.</summary>
    private static bool IsClean(string raw)
    {
        if (char.IsWhiteSpace(raw[0]) || char.IsWhiteSpace(raw[^1])) return false;
        foreach (var c in raw)
            if (c < ' ' ? c != '\t' && c != '\n' : c >= '\uD800' && (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')) return false;
        return true;
    }

    private static bool IsKept(char c) =>
        c is '\t' or '\n' || (c >= ' ' && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
}
