namespace ActionPlanTracker.Tests.Import.Files;

/// <summary>
/// One cell for <see cref="WorkbookBuilder"/>: what it holds and how it looks. Plain values (a string, a number, a
/// bool, a <see cref="DateTime"/>) can be given straight to a row; this is for the rest: fills, formats, formulas.
/// </summary>
public sealed record WorkbookCell
{
    public enum Kind { Blank, Text, InlineText, RichText, Number, Boolean, Error, Formula }

    public Kind Holds { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<string> Runs { get; init; } = [];
    public double Number { get; init; }
    public bool Flag { get; init; }
    /// <summary>For a formula: the formula (without "="), and its cached value (null for a formula never calculated).</summary>
    public string? FormulaText { get; init; }
    public object? Cached { get; init; }
    /// <summary>A custom number format code ("dd/mm/yyyy", "0.0%").</summary>
    public string? FormatCode { get; init; }
    /// <summary>A built-in number format id (14 is a date, 9 a percentage).</summary>
    public int? FormatId { get; init; }
    public WorkbookFill? Fill { get; init; }

    public static WorkbookCell Blank() => new() { Holds = Kind.Blank };
    /// <summary>Text kept in the shared string table, as Excel saves it.</summary>
    public static WorkbookCell Of(string text) => new() { Holds = Kind.Text, Text = text };
    /// <summary>Text kept in the cell itself (t="inlineStr"), as some exporters write it.</summary>
    public static WorkbookCell Inline(string text) => new() { Holds = Kind.InlineText, Text = text };
    /// <summary>Text in differently formatted runs ("Green" in bold then " - on track").</summary>
    public static WorkbookCell Rich(params string[] runs) => new() { Holds = Kind.RichText, Runs = runs };
    public static WorkbookCell Of(double number) => new() { Holds = Kind.Number, Number = number };
    public static WorkbookCell Of(bool flag) => new() { Holds = Kind.Boolean, Flag = flag };
    public static WorkbookCell Error(string error) => new() { Holds = Kind.Error, Text = error };
    /// <summary>A date as Excel stores it: its serial number, in a date format (built-in 14 unless a code is given).</summary>
    public static WorkbookCell Date(DateTime date, string? code = null) =>
        new() { Holds = Kind.Number, Number = date.ToOADate(), FormatId = code is null ? 14 : null, FormatCode = code };
    /// <summary>A formula with its cached value as Excel saved it, or with none (<paramref name="cached"/> null) as a generator that never calculates writes it.</summary>
    public static WorkbookCell Formula(string formula, object? cached) => new() { Holds = Kind.Formula, FormulaText = formula, Cached = cached };

    public WorkbookCell Filled(string rgb) => this with { Fill = new WorkbookFill(Rgb: rgb) };
    public WorkbookCell FilledTheme(int theme, double tint = 0) => this with { Fill = new WorkbookFill(Theme: theme, Tint: tint) };
    public WorkbookCell FilledIndexed(int index) => this with { Fill = new WorkbookFill(Indexed: index) };
    /// <summary>A fill with a pattern other than solid (a person sees hatching, not a colour).</summary>
    public WorkbookCell FilledPattern(string rgb, string pattern) => this with { Fill = new WorkbookFill(Rgb: rgb, Pattern: pattern) };
    public WorkbookCell Formatted(string code) => this with { FormatCode = code, FormatId = null };
    public WorkbookCell FormattedBuiltIn(int id) => this with { FormatId = id, FormatCode = null };

    /// <summary>A plain value given to a row, as a cell.</summary>
    public static WorkbookCell From(object? value) => value switch
    {
        null => Blank(),
        WorkbookCell cell => cell,
        string text => Of(text),
        bool flag => Of(flag),
        DateTime date => Date(date),
        int or long or double or decimal or float => Of(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"A workbook cell cannot hold a {value.GetType().Name}."),
    };
}

/// <summary>A cell's fill: an ARGB or RGB colour, a theme colour with a tint, or a legacy palette index; solid unless a pattern is named.</summary>
public sealed record WorkbookFill(string? Rgb = null, int? Theme = null, double Tint = 0, int? Indexed = null, string Pattern = "solid");
