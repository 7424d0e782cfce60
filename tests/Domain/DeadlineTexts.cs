using System.Globalization;
using System.Text;
using CsCheck;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>
/// Generators of deadline text for property tests: pieces of the deadlines councils write (months, numbers,
/// separators, ordinals, status words), numbers in every script's digits, years no plan could mean, and random
/// Unicode, put together in any order. Shared by the parser's property tests and the API's.
/// </summary>
public static class DeadlineTexts
{
    /// <summary>Every Unicode decimal digit (category Nd) with its value, supplementary planes included.</summary>
    public static readonly IReadOnlyList<(string Digit, int Value)> UnicodeDigits = AllDecimalDigits();

    /// <summary>The zero of each script the issue names, then some written with surrogate pairs in UTF-16.</summary>
    public static readonly int[] NamedZeros =
    [
        '0', '\u0660' /* Arabic-Indic */, '\u06F0' /* Extended Arabic-Indic */, '\uFF10' /* full-width */, '\u0966' /* Devanagari */,
        '\u09E6' /* Bengali */, '\u0E50' /* Thai */, 0x1D7CE /* mathematical bold */, 0x1E950, /* Adlam */
    ];

    private static readonly string[] Months =
    [
        "January", "Feb", "february", "Mar", "MARCH", "Apr", "April", "May", "may", "Jun", "June", "Jul", "July", "Aug", "August",
        "Sep", "Sept", "SEPT", "September", "Oct", "October", "Nov", "November", "Dec", "December", "dec", "Sept.", "Nov'",
    ];

    private static readonly string[] Separators =
    [
        " ", " ", " ", "/", "-", ".", " - ", " – ", " — ", " / ", " & ", ", ", "'", "’", " to ", " until ", "  ", "\t", ". ", "\n", "\r\n", ": ",
    ];

    private static readonly string[] Ordinals = ["st", "nd", "rd", "th", " st", " th"];

    private static readonly string[] Words =
    [
        "Ongoing", "ongoing", "on-going", "Completed", "completed", "Complete", "In progress", "Progressing", "On track", "Underway",
        "Under way", "Started", "not started", "Not yet started", "not completed", "Review", "Review in", "reviewed monthly", "quarterly",
        "every 6 weeks", "TBC", "to be confirmed", "Q3", "Spring", "Autumn term", "from", "by", "ends", "end of", "due", "may", "actions may slip",
        "but needs to be monitored", "Actions A & C completed", "Ofsted rec 14", "update not available", "business as usual", "signed off",
        "To be completed by", "Ongoing - ends", "starting", "of", "the", "and",
    ];

    private static readonly string[] NumbersNoPlanCouldMean = ["0", "00", "000", "0000", "99999", "1899", "2201", "9999", "10000", "00000000000000000001"];

    /// <summary>A number as written with any script's digits, mixed even within one number.</summary>
    public static readonly Gen<string> Number =
        Gen.Int[1, 6].SelectMany(length => Gen.Int[0, UnicodeDigits.Count - 1].Array[length])
            .Select(indexes => string.Concat(indexes.Select(index => UnicodeDigits[index].Digit)));

    /// <summary>A number of 1 to 4 digits, all of one of the named scripts: what a person would type.</summary>
    public static readonly Gen<string> NumberInOneScript =
        Gen.Select(Gen.Int[0, 9999], Gen.OneOf(NamedZeros), Gen.OneOf("D1", "D2", "D4", ""))
            .Select((value, zero, format) => InScript(value.ToString(format, CultureInfo.InvariantCulture), zero));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf(Months)),
        (6, Gen.OneOf(Separators)),
        (5, NumberInOneScript),
        (2, Number),
        (2, Gen.OneOf(NumbersNoPlanCouldMean)),
        (2, Gen.OneOf(Ordinals)),
        (4, Gen.OneOf(Words)),
        (2, Gen.String[Gen.Char, 0, 6]),
        (1, Gen.OneOf("\uD800", "\uDC00", "\0", "\u0001", "\uFFFE", "\uFFFF", "\u200B", "\u00A0", "\u202E", "ſ", "K", "İ", "ı", "ß")));

    /// <summary>Deadline-like text: pieces of real deadlines in any order, numbers in any script, and noise.</summary>
    public static readonly Gen<string> DeadlineLike = Piece.Array[0, 14].Select(pieces => string.Concat(pieces));

    /// <summary>Any text at all, from any UTF-16 code units, lone surrogates included.</summary>
    public static readonly Gen<string> AnyText = Gen.Frequency(
        (4, DeadlineLike),
        (1, Gen.String),
        (1, Gen.String[Gen.Char, 0, 300]));

    /// <summary>A deadline as an English council writes it, in ASCII digits, to compare with the same in other scripts.</summary>
    public static readonly Gen<string> WrittenDate = Gen.OneOf(
        Gen.Select(Gen.Int[0, 35], Gen.Int[0, 14], Gen.Int[1890, 2210], Gen.OneOf("/", "-", "."))
            .Select((day, month, year, separator) => $"{day:D2}{separator}{month:D2}{separator}{year}"),
        Gen.Select(Gen.Int[1, 31], Gen.OneOf(Months), Gen.Int[0, 99])
            .Select((day, month, year) => $"{day} {month} {year:D2}"),
        Gen.Select(Gen.OneOf(Months), Gen.Int[1895, 2205])
            .Select((month, year) => $"{month} {year}"),
        Gen.Select(Gen.OneOf(Months), Gen.OneOf(Months), Gen.Int[0, 99], Gen.OneOf("/", " - ", "-", " to "))
            .Select((first, second, year, separator) => $"{first}{separator}{second} {year:D2}"),
        Gen.Select(Gen.Int[1, 31], Gen.OneOf(Ordinals), Gen.OneOf(Months), Gen.Int[1990, 2030], Gen.OneOf(Words))
            .Select((day, ordinal, month, year, word) => $"{word} {month} {day}{ordinal} {year}"));

    /// <summary>The same text with its ASCII digits written in the script whose zero is <paramref name="zero"/>.</summary>
    public static string InScript(string text, int zero)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(c is >= '0' and <= '9' ? char.ConvertFromUtf32(zero + (c - '0')) : c.ToString());
        return builder.ToString();
    }

    private static List<(string, int)> AllDecimalDigits()
    {
        var digits = new List<(string, int)>();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (!Rune.IsValid(codePoint)) continue;
            var rune = new Rune(codePoint);
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
                digits.Add((rune.ToString(), (int)Rune.GetNumericValue(rune)));
        }
        return digits;
    }
}
