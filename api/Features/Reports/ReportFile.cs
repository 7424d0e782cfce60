using System.Globalization;
using System.IO.Packaging;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// What a report download is called: the plan's title and the review's label as a slug
/// ("northmoor-ilacs-improvement-plan-rag-11-26.docx"), so a folder of downloads sorts and reads sensibly. A report as of
/// a date says so at the end ("...-rag-09-26-as-of-2026-09-30.docx"), where truncation cannot cut it off.
/// </summary>
public static class ReportFile
{
    /// <summary>How hard the Word and Excel writers compress their parts (the zip's deflate level): see docs/benchmarks.md "Reports".</summary>
    public const CompressionOption Compression = CompressionOption.Normal;

    /// <summary>The name without its extension; <paramref name="ascii"/> drops accents ("Siobhán" → "siobhan") for the plain filename parameter.</summary>
    public static string Slug(ReportResponse report, bool ascii = true) => Slug(report.Plan.Title, report.Review?.Label, report.AsOf, ascii);

    /// <summary>The same name from the plan's title and the review's label (null when the plan has no reviews), for other downloads.</summary>
    public static string Slug(string planTitle, string? reviewLabel, DateOnly? asOf, bool ascii = true)
    {
        var text = Common.XmlSafeText.Clean(reviewLabel is { } label ? $"{planTitle} {label}" : $"{planTitle} no reviews");
        var slug = new StringBuilder();
        foreach (var c in (ascii ? WithoutAccents(text) : text).ToLowerInvariant())
        {
            // "children's" → "childrens", not "children-s".
            if (c is '\'' or '’') continue;
            if (ascii ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var name = slug.ToString().Trim('-');
        if (name.Length == 0) name = "scrutiny-report";
        var suffix = asOf is { } date ? $"-as-of-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";
        if (name.Length + suffix.Length > 80) name = name[..(80 - suffix.Length)].TrimEnd('-');
        return name + suffix;
    }

    /// <summary>
    /// <c>attachment; filename=...; filename*=UTF-8''...</c>: the ASCII name for every client, and RFC 5987's UTF-8 name
    /// (which keeps letters such as "á") for the browsers that read it.
    /// </summary>
    /// <param name="tag">Added after the name for a second file of the same report ("-scorecard").</param>
    public static string ContentDisposition(ReportResponse report, string extension, string tag = "")
    {
        var header = new ContentDispositionHeaderValue("attachment") { FileName = $"{Slug(report)}{tag}.{extension}" };
        header.FileNameStar = $"{Slug(report, ascii: false)}{tag}.{extension}";
        return header.ToString();
    }

    // Normalising refuses U+FFFE, U+FFFF and half a surrogate pair (stored before the API refused them), so they go first;
    // should it still refuse a character, the name keeps its accents' base letters unmatched rather than fail the download.
    private static string WithoutAccents(string text)
    {
        var cleaned = Common.XmlSafeText.Clean(text);
        try
        {
            var decomposed = cleaned.Normalize(NormalizationForm.FormD);
            var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
            return new string(kept.ToArray()).Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return cleaned;
        }
    }
}
