using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain;

/// <summary>
/// Reads the free-text "By when" / "Timescale" cells of the councils' plans: "31 December 2017",
/// "Mar-18", "June - Dec 16", "August 16 &amp; March 2017", "Ongoing - ends Sept 2022",
/// "Review in September 2022", "reviewed monthly".
/// </summary>
/// <remarks>
/// The house rules, from how the councils write and mean their deadlines (docs/domain.md,
/// "Deadlines as people write them"):
/// <list type="bullet">
/// <item>a month stands for its last day, and for its first day when it starts a range;</item>
/// <item>"Sep-22" and "Sept 16" are a month and a year, never a day; two-digit years are 20xx;</item>
/// <item>all-numeric dates are day first, the UK default, unless only a month-first reading is possible, and
/// either way a date whose order cannot be told for certain is listed for a person to confirm;</item>
/// <item>digits of any script (Arabic-Indic, Devanagari, full-width...) are read as 0 to 9, and a year outside
/// <see cref="EarliestYear"/> to <see cref="LatestYear"/> is a problem, never a date;</item>
/// <item>the date part and the status part are read separately, and narrative after them is kept but not read;</item>
/// <item>anything ambiguous is decided and noted, anything unreadable is a problem and never a guessed date.</item>
/// </list>
/// The text is cut into sentences; the first sentence with a date or a status is the deadline. Within
/// it, date expressions are found first (one regular expression, an alternative per written form),
/// joined into ranges where a dash or "to" sits between them, and blanked out; status words are then
/// read from what is left.
/// </remarks>
public static class DeadlineParser
{
    /// <summary>The earliest year a deadline can be in: anything before is a typing slip, not a plan's date.</summary>
    public const int EarliestYear = 1900;

    /// <summary>The latest year a deadline can be in: "31/12/9999" or "Dec 99999" is a placeholder or a slip, not a plan's date.</summary>
    public const int LatestYear = 2200;

    /// <summary>The problem reported if reading a deadline ever fails inside the parser (the tests make sure it never does).</summary>
    public const string FaultProblem = "The tracker could not read this deadline because of a fault of its own, so no date was taken from it";

    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;

    // Full and short month names, "Sept" included, never inside a longer word ("marked", "decision", "junior").
    private const string Month =
        @"(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])";

    // Ordinals may be split from their number: "31 st", "1 st".
    private const string Ordinal = @"(?:st|nd|rd|th)(?![a-z])";

    // Alternatives are tried in this order at each position, so the more specific forms come first:
    // "December 31 st 2017" must be a day before "December 31" could be read as a month and a year.
    // A year written after a day or a month takes every digit there is, so that "Dec 99999" is reported as a
    // year no plan could mean rather than as a month without a year.
    private static readonly Regex DateExpression = new($$"""
          (?<numeric>       (?<![\d/.\-]) (?<n1>\d{1,2}) (?<sep>[/.\-]) (?<n2>\d{1,2}) \k<sep> (?<n3>\d{2,}) )
        | (?<iso>           (?<![\d/.\-]) (?<iy>(?:19|20)\d{2}) - (?<im>\d{1,2}) - (?<id>\d{1,2}) (?!\d) )
        | (?<dayMonth>      (?<!\d) (?<dd>\d{1,2}) \s* (?:{{Ordinal}})? (?:-|/|\s*) (?:of\s+)? (?<dm>{{Month}}) \.?
                            (?: (?:-|/|,?\s*) ['’]? (?<dy>\d{2,}) )? )
        | (?<monthOrdinal>  (?<om>{{Month}}) \.? \s* (?<od>\d{1,2}) \s* {{Ordinal}} (?: ,?\s* (?<oy>\d{4,}) )? )
        | (?<monthDayYear>  (?<mm>{{Month}}) \.? \s+ (?<md>\d{1,2}) ,?\s+ (?<my>\d{4,}) )
        | (?<monthYear>     (?<ym>{{Month}}) \.? (?:-|/|,?\s*) ['’]? \s* (?<yy>\d{2,}) )
        | (?<numMonthYear>  (?<![\d/.\-]) (?<nm>\d{1,2}) [/.\-] (?<ny>(?:19|20)\d{2}) (?![/.\-]?\d) )
        | (?<financialYear> (?<![\d/.\-]) (?<fy1>(?:19|20)\d{2}) \s*[/\-]\s* (?<fy2>\d{4}|\d{2}) (?![\d/]) )
        | (?<year>          (?<![\d/.\-]) (?<yr>(?:19|20)\d{2}) (?![\d/]) )
        | (?<dayOrMonth>    (?<![\d/.\-]) (?<a1>\d{1,2}) / (?<a2>\d{1,2}) (?![\d/]) )
        | (?<dayOrdinal>    (?<!\d) \d{1,2} \s* {{Ordinal}} )
        | (?<month>         {{Month}} )
        """, Options);

    // A date straight after one of these words is when the work starts: "Ongoing from April 2017".
    private static readonly Regex StartWord = new(
        @"\b(?:from|starting|starts|start|started|beginning|begins|began|commencing)(?:\s+(?:in|on))?[\s:,]*$", Options);

    // What may stand between the two ends of a range: "June - Dec 16", "May 16 to March 17".
    private static readonly Regex RangeSeparator = new(@"^\s*(?:-|–|—|to|until|till|through|thru)\s*$", Options);

    // A slash joins a range only when its start has no year ("June/July 2022", "Nov/Dec 2016"): between two full
    // dates ("Sept 16 / March 17") it may mean a revised date, so those stay two deadlines.
    private static readonly Regex SlashBetween = new(@"^\s*/\s*$", Options);

    // A sentence ends at a full stop before a space (but not "Sept. 2016") or at a line break.
    private static readonly Regex SentenceBreak = new(
        @"(?<!(?<![a-z])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)) \. (?=\s|$) | [\r\n]+", Options);

    private static readonly Regex StillToDecide = new(
        @"\b(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|decided|determined|arranged))\b", Options);

    private static readonly Regex NotCompleted = new(
        @"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+|fully\s+)?(?:complete|completed|done)\b | \bincomplete\b", Options);

    // "To be completed by March 2018" is a target; only "Completed" on its own says the work is done.
    private static readonly Regex CompletionTarget = new(
        @"\b(?:to\s+be\s+(?:complete|completed)|complete\s+by|due\s+for\s+completion|completion(?:\s+(?:date|due|by))?)\b", Options);

    private static readonly Regex Monitoring = new(
        @"(?:\bbut\s+)? (?: \b(?:still\s+)?(?:needs?|requires?)\s+(?:to\s+be\s+)?monitor(?:ed|ing)? | \bto\s+be\s+monitored | \bmonitor(?:ed|ing)? )\b", Options);

    private static readonly Regex Recurrence = new(
        @"\b(?: (?:bi-?|six-?\s?)?(?:weekly|monthly) | fortnightly | quarterly | annually | yearly | termly
               | every\s+(?:\d+\s+|other\s+|two\s+|three\s+|six\s+)?(?:weeks?|fortnights?|months?|quarters?|terms?|years?) )\b", Options);

    private static readonly Regex Review = new(@"\breview(?:ed|s|ing)?\b", Options);

    // "Closed", "signed off" and "business as usual" are how a board records that an action is finished.
    private static readonly Regex CompletedWords = new(
        @"\b(?:complete|completed|done|closed|achieved|signed\s+off|business\s+as\s+usual|bau)\b", Options);

    private static readonly Regex OngoingWords = new(
        @"\b(?:on-?\s?going|in\s+progress|continuous|continuing|continues)\b", Options);

    // How boards also write that work is under way: "Progressing", "On track", "Underway", "Started". These read as
    // ongoing too, but they are as often narrative ("Work started with partners. Target Dec 16"), so a sentence that
    // says only this is the deadline only when no sentence has a date or another status.
    private static readonly Regex UnderWayWords = new(
        @"\b(?:progressing|on-?\s?track|under-?\s?way|started)\b", Options);

    // "Not started" and "not on track" use the same words but say the opposite, so they are read first and set no state.
    private static readonly Regex NotOngoing = new(
        @"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:started|begun|commenced|under-?\s?way|progressing|on-?\s?track|in\s+progress|on-?\s?going)\b", Options);

    // Words that only link a date or status to the sentence and carry no meaning of their own here.
    private static readonly Regex Connectors = new(
        @"\b(?:by|in|on|at|from|to|until|till|through|end|ends|ending|of|the|and|or|due|deadline|target|date|dates
              |action|actions|all|be|is|are|was|were|been|has|have|will|then|for|start|starts|starting|begin|begins
              |within|during|currently|now|still|expected|planned|approx|approximately|around|circa|no\s+later\s+than)\b", Options);

    private static readonly Regex WordBefore = new(@"(?<word>[a-z0-9]+)\s*$", Options);

    private static readonly Regex Word = new(@"\S+", Options);

    private static readonly Regex Whitespace = new(@"\s+", Options);

    // A range separator word after a lone "may" keeps it a month ("May to Dec 16"); any other word
    // makes it the verb ("actions may slip"), which is not a date at all.
    private static readonly Regex MayAsMonthFollower = new(
        $@"\G\s*(?:$|[^\sa-z]|(?:to|until|till|through|and|or|ongoing|completed?)(?![a-z])|{Month})", Options);

    private static readonly char[] Punctuation = "()[]{}.,;:!?'\"’‘“”/\\-–—&*".ToCharArray();

    private static readonly string[] MonthNames =
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>
    /// Understands a deadline cell as written. Never throws and never guesses a date silently: choices
    /// are explained in <see cref="DeadlineUnderstanding.Notes"/> and anything unreadable is reported
    /// in <see cref="DeadlineUnderstanding.Problems"/> with no date taken from it.
    /// </summary>
    public static DeadlineUnderstanding Parse(string? text)
    {
        var written = text ?? "";
        try
        {
            return Understand(written);
        }
        catch (Exception fault) when (fault is not OutOfMemoryException)
        {
            // The grid, the summary and every report read every deadline of a plan on each request, so a fault
            // here must cost one cell its understanding, never the whole page. The property tests in
            // DeadlineParserPropertyTests check that this is never needed; the exception's name is kept for a bug report.
            return new DeadlineUnderstanding(written, null, null, [], DeadlineState.None, [], [$"{FaultProblem} ({fault.GetType().Name})."], []);
        }
    }

    private static DeadlineUnderstanding Understand(string written)
    {
        if (string.IsNullOrWhiteSpace(written))
            return new DeadlineUnderstanding(written, null, null, [], DeadlineState.None, [], [], []);

        // Everything below reads (and quotes) the text with its digits as 0 to 9; Text keeps what was written.
        var (read, readAs) = Readable(written);
        var sentences = Sentences(read);
        var readings = sentences.Select(sentence => Read(sentence.Text)).ToList();
        var chosen = readings.FindIndex(reading => reading.FoundAnything);
        if (chosen < 0)
            chosen = readings.FindIndex(reading => reading.SaysUnderWay);
        if (chosen < 0)
        {
            return new DeadlineUnderstanding(written, null, null, [], DeadlineState.None, readAs is null ? [] : [readAs],
                [$"Could not find a date or a status in \"{Quote(read)}\"."], []);
        }

        var reading = readings[chosen];
        var notes = new List<string>();
        if (readAs is not null)
            notes.Add(readAs);
        if (chosen > 0)
            notes.Add($"Did not read \"{Quote(read[..sentences[chosen].Start])}\" as part of the deadline.");
        notes.AddRange(reading.Notes);
        if (chosen < sentences.Count - 1)
        {
            var rest = read[sentences[chosen + 1].Start..];
            notes.Add($"Took the deadline from \"{Quote(sentences[chosen].Text)}\"; the rest is narrative: \"{Quote(rest)}\".");
        }

        var mentioned = readings.Where((_, index) => index != chosen).SelectMany(other => other.Dates).Select(due => $"\"{due.Written}\"").ToList();
        if (mentioned.Count > 0)
        {
            const int shown = 3;
            var list = mentioned.Count <= shown
                ? string.Join(" and ", mentioned)
                : $"{string.Join(", ", mentioned.Take(shown))} and {mentioned.Count - shown} more {(mentioned.Count - shown == 1 ? "date" : "dates")}";
            notes.Add($"The narrative also mentions {list}, not taken as the deadline.");
        }

        var state = ChooseState(reading, notes);
        var dueDates = reading.Dates.Select(due => due.Last).ToList();
        DateOnly? dueBy = dueDates.Count == 0 ? null : dueDates.Max();
        if (dueDates.Count > 1)
            notes.Add($"Found {dueDates.Count} due dates; took the latest, {Describe(dueBy!.Value)}, as the final one.");
        var dueFrom = reading.Dates.FirstOrDefault(due => due.IsRange && due.Last == dueBy)?.First;
        if (dueFrom is null && reading.Starts.FirstOrDefault() is { } start)
        {
            // "From April 2017, ends Dec 2016": a start after the deadline cannot both be right.
            if (dueBy is { } end && start.First > end)
                reading.Problems.Add($"\"{start.Written}\" starts after the deadline, {Describe(end)}, so no start was taken from it.");
            else
                dueFrom = start.First;
        }

        return new DeadlineUnderstanding(written, dueFrom, dueBy, dueDates, state, notes, reading.Problems, reading.ToConfirm);
    }

    /// <summary>
    /// The text as the patterns read it: every decimal digit of any script as its ASCII digit (people paste deadlines
    /// from documents in Arabic, Urdu, Bengali or Hindi, or type them in a full-width keyboard mode), full-width
    /// letters and punctuation as their ordinary forms, and anything that is not a character (a lone surrogate, a
    /// non-character) as U+FFFD, so nothing the tracker writes about the text can break JSON or a Word report.
    /// Returns a note when digits or full-width characters were read differently from how they were written.
    /// </summary>
    private static (string Read, string? Note) Readable(string written)
    {
        if (written.All(c => c < '\u0080'))
            return (written, null);

        var shown = new StringBuilder(written.Length);
        var read = new StringBuilder(written.Length);
        var (digits, fullWidth) = (false, false);
        foreach (var rune in written.EnumerateRunes()) // a lone surrogate comes out as U+FFFD
        {
            var safe = rune.Value is 0xFFFE or 0xFFFF ? Rune.ReplacementChar : rune;
            shown.Append(safe.ToString());
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
            {
                // Unicode gives every Nd character a digit value from 0 to 9.
                read.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
                digits |= rune.Value > '9';
            }
            else if (rune.Value is >= 0xFF01 and <= 0xFF5E)
            {
                read.Append((char)(rune.Value - 0xFF01 + '!'));
                fullWidth = true;
            }
            else
                read.Append(safe.ToString());
        }

        var how = (digits, fullWidth) switch
        {
            (true, true) => "digits of another script as 0 to 9 and full-width characters as ordinary ones",
            (true, false) => "digits of another script as 0 to 9",
            (false, true) => "full-width characters as ordinary ones",
            _ => null,
        };
        return (read.ToString(), how is null ? null : $"Read {how}: \"{Quote(shown.ToString())}\" as \"{Quote(read.ToString())}\".");
    }

    private static DeadlineState ChooseState(Reading reading, List<string> notes)
    {
        // When a cell says more than one thing, the most decisive wins: done beats a review date,
        // which beats a cycle, which beats plain "ongoing".
        var said = new List<(DeadlineState State, string Words)>();
        if (reading.Completed)
            said.Add((DeadlineState.Completed, "completed"));
        if (reading.Reviewed && reading.Recurrence is null)
            said.Add((DeadlineState.ReviewBy, "to be reviewed"));
        if (reading.Recurrence is not null)
            said.Add((DeadlineState.Recurring, $"recurring ({reading.Recurrence.ToLowerInvariant()})"));
        if (reading.Ongoing || reading.SaysUnderWay)
            said.Add((DeadlineState.Ongoing, "ongoing"));

        if (reading.Monitored && reading.Completed)
            notes.Add("Marked as completed, but still to be monitored.");
        else if (reading.Monitored && said.Count == 0)
        {
            notes.Add("Read \"to be monitored\" as ongoing.");
            said.Add((DeadlineState.Ongoing, "ongoing"));
        }

        if (said.Count == 0)
            return DeadlineState.None;

        if (said.Count > 1)
            notes.Add($"Also says {string.Join(" and ", said.Skip(1).Select(s => s.Words))}; took it as {said[0].Words}.");
        if (said[0].State == DeadlineState.ReviewBy && reading.Dates.Count == 0)
            notes.Add("Says it is to be reviewed but gives no date.");
        return said[0].State;
    }

    /// <summary>Everything understood from one sentence.</summary>
    private sealed class Reading
    {
        public List<DueSpan> Dates { get; } = [];
        public List<DueSpan> Starts { get; } = [];
        public List<string> Notes { get; } = [];
        public List<string> Problems { get; } = [];
        public List<string> ToConfirm { get; } = [];
        public bool Completed { get; set; }
        public bool Ongoing { get; set; }
        public bool Reviewed { get; set; }
        public bool Monitored { get; set; }
        public string? Recurrence { get; set; }
        public bool FoundAnything { get; set; }
        public bool SaysUnderWay { get; set; }
    }

    /// <summary>A due date or range as written, from its first day to its last.</summary>
    private sealed record DueSpan(string Written, DateOnly First, DateOnly Last, bool IsRange);

    /// <summary>
    /// One date expression in a sentence: a span of days, a month or day with no year (which only a
    /// range can complete), or a failure already reported as a problem.
    /// </summary>
    private sealed record Piece(int Start, int End, string Written, DueSpan? Span, int? MonthWithoutYear, int? DayWithoutYear)
    {
        public bool LacksYear => MonthWithoutYear is not null;
        public bool Failed => Span is null && !LacksYear;
    }

    private static Reading Read(string sentence)
    {
        var reading = new Reading();
        var unread = sentence.ToCharArray();

        var pieces = new List<Piece>();
        foreach (Match match in DateExpression.Matches(sentence))
        {
            if (match.Groups["month"].Success && IsVerbMay(match, sentence))
                continue;
            var piece = ReadPiece(match, sentence, reading);
            pieces.Add(piece);
            Blank(unread, piece.Start, piece.End - piece.Start);
        }

        foreach (var piece in JoinRanges(pieces, sentence, reading))
        {
            if (piece.Span is { IsRange: false } start && StartWord.IsMatch(TextBefore(sentence, piece.Start)))
            {
                // "Ongoing from April 2017" says when work began; reading it as a deadline would
                // make ongoing work look overdue.
                reading.Starts.Add(start);
                reading.Notes.Add($"Read \"{piece.Written}\" as when the work starts, not as a deadline.");
            }
            else if (piece.Span is not null)
                reading.Dates.Add(piece.Span);
            else if (piece.LacksYear)
                reading.Problems.Add($"\"{piece.Written}\" has no year, so no date was taken from it.");
        }

        reading.FoundAnything = pieces.Count > 0;
        ReadStatus(unread, reading);
        return reading;
    }

    private static Piece ReadPiece(Match match, string sentence, Reading reading)
    {
        var groups = match.Groups;
        var written = match.Value.Trim();
        Piece Days(DateOnly first, DateOnly last) => new(match.Index, match.Index + match.Length, written, new DueSpan(written, first, last, false), null, null);
        Piece Failed(string problem)
        {
            reading.Problems.Add(problem);
            return new Piece(match.Index, match.Index + match.Length, written, null, null, null);
        }
        Piece Day(int year, int month, int day) =>
            !IsPlanYear(year) ? Failed(YearOutOfRange(written))
            : IsRealDate(year, month, day) ? Days(new DateOnly(year, month, day), new DateOnly(year, month, day))
            : Failed($"\"{written}\" is not a real date.");
        Piece WholeMonth(int year, int month) =>
            IsPlanYear(year) ? Days(new DateOnly(year, month, 1), LastDay(year, month)) : Failed(YearOutOfRange(written));
        Piece YearMissing(int month, int? day) =>
            day is { } d && !IsRealDate(2000, month, d) // 2000 was a leap year, so 29 February passes
                ? Failed($"\"{written}\" is not a real date.")
                : new Piece(match.Index, match.Index + match.Length, written, null, month, day);

        if (groups["numeric"].Success)
            return ReadNumeric(written, Number(groups["n1"]), Number(groups["n2"]), Year(groups["n3"].Value), reading, Day, Failed);

        if (groups["iso"].Success)
            return Day(Number(groups["iy"]), Number(groups["im"]), Number(groups["id"]));

        if (groups["dayMonth"].Success)
            return groups["dy"].Success
                ? Day(Year(groups["dy"].Value), MonthNumber(groups["dm"].Value), Number(groups["dd"]))
                : YearMissing(MonthNumber(groups["dm"].Value), Number(groups["dd"]));

        if (groups["monthOrdinal"].Success)
            return groups["oy"].Success
                ? Day(Year(groups["oy"].Value), MonthNumber(groups["om"].Value), Number(groups["od"]))
                : YearMissing(MonthNumber(groups["om"].Value), Number(groups["od"]));

        if (groups["monthDayYear"].Success)
            return Day(Year(groups["my"].Value), MonthNumber(groups["mm"].Value), Number(groups["md"]));

        if (groups["monthYear"].Success)
            return WholeMonth(Year(groups["yy"].Value), MonthNumber(groups["ym"].Value));

        if (groups["numMonthYear"].Success)
        {
            var month = Number(groups["nm"]);
            return month is >= 1 and <= 12
                ? WholeMonth(Number(groups["ny"]), month)
                : Failed($"\"{written}\" is not a real month.");
        }

        if (groups["financialYear"].Success)
        {
            // Councils plan by financial year, April to March: "2017/18" ends on 31 March 2018.
            var starts = Number(groups["fy1"]);
            var ends = Year(groups["fy2"].Value);
            if (ends != starts + 1)
                return Failed($"Could not read \"{written}\" as a financial year, which runs from one year into the next.");
            reading.Notes.Add($"Read {written} as the financial year from 1 April {starts} to 31 March {ends}.");
            return Days(new DateOnly(starts, 4, 1), new DateOnly(ends, 3, 31));
        }

        if (groups["year"].Success)
        {
            // "Q3 2018", "Spring 2018", "Autumn term 2017" name a part of the year the parser cannot
            // place, and the year's end would be a later date than the one meant.
            var before = TextBefore(sentence, match.Index);
            var qualifier = WordBefore.Match(before);
            if (qualifier.Success && !IsConnector(qualifier.Groups["word"].Value))
            {
                var from = match.Index - before.Length + qualifier.Index;
                var qualified = sentence[from..(match.Index + match.Length)];
                reading.Problems.Add($"Could not tell which part of the year \"{qualified}\" means, so no date was taken from it.");
                return new Piece(from, match.Index + match.Length, qualified, null, null, null);
            }

            // A year alone is read like a month alone: it stands for its last day.
            var year = Number(groups["yr"]);
            reading.Notes.Add($"Read {written} on its own as the end of {year}, 31 December {year}.");
            return Days(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (groups["dayOrMonth"].Success)
            return Failed($"Could not tell whether \"{written}\" is a day and a month or a month and a year, so no date was taken from it.");

        if (groups["dayOrdinal"].Success)
            return Failed($"\"{written}\" gives a day but no month or year, so no date was taken from it.");

        return YearMissing(MonthNumber(groups["month"].Value), null);
    }

    private static Piece ReadNumeric(
        string written, int first, int second, int year, Reading reading,
        Func<int, int, int, Piece> day, Func<string, Piece> failed)
    {
        // dd/mm/yyyy is the UK default. Month first is only taken when day first is impossible and
        // month first is not ("01/16/2018"), and either way the choice is written down. Both kinds are also
        // listed to confirm: a date read the wrong way round is a month or more out, and nothing else in the
        // text can tell which was meant.
        if (first <= 12 && second > 12)
        {
            var piece = day(year, first, second);
            if (piece.Span is { } span)
            {
                reading.Notes.Add($"Read {written} as {Describe(span.Last)}: month first, because {second} cannot be a month.");
                reading.ToConfirm.Add($"\"{written}\" only reads month first, as {Describe(span.Last)}, which is not the UK way round; check that date was meant.");
            }
            return piece;
        }

        if (first > 12 && second > 12)
            return failed($"\"{written}\" is not a real date: neither {first} nor {second} can be a month.");

        var dayFirst = day(year, second, first);
        if (dayFirst.Span is { } read && first != second && first <= 12)
        {
            reading.Notes.Add($"Read {written} as {Describe(read.Last)}: day first, the UK default.");
            reading.ToConfirm.Add($"\"{written}\" could be {Describe(read.Last)} (day first) or {Describe(new DateOnly(year, first, second))} (month first); "
                + $"it was read day first, the UK default.");
        }
        return dayFirst;
    }

    private static List<Piece> JoinRanges(List<Piece> pieces, string sentence, Reading reading)
    {
        var joined = new List<Piece>();
        for (var index = 0; index < pieces.Count; index++)
        {
            var start = pieces[index];
            var end = index + 1 < pieces.Count ? pieces[index + 1] : null;
            if (end is null || start.Failed || end.Failed || (start.LacksYear && end.LacksYear)
                || !JoinsRange(sentence[start.End..end.Start], start))
            {
                joined.Add(start);
                continue;
            }

            joined.Add(Range(start, end, sentence[start.Start..end.End].Trim(), reading));
            index++;
        }

        return joined;
    }

    private static bool JoinsRange(string between, Piece start) =>
        RangeSeparator.IsMatch(between) || (start.LacksYear && SlashBetween.IsMatch(between));

    private static Piece Range(Piece start, Piece end, string written, Reading reading)
    {
        Piece Failed(string problem)
        {
            reading.Problems.Add(problem);
            return new Piece(start.Start, end.End, written, null, null, null);
        }

        // "June - Dec 16", "June/July 2022": a start with no year takes the end's year, or the year before
        // when it comes later in the year than the end ("Nov - Feb 2017" starts in November 2016); an end
        // with no year takes the start's, or the year after. A day that does not exist in that year is a
        // problem, never moved to another.
        DateOnly first, last;
        if (start.LacksYear)
        {
            last = end.Span!.Last;
            var (month, day) = (start.MonthWithoutYear!.Value, start.DayWithoutYear ?? 1);
            var yearBefore = (month, day).CompareTo((last.Month, last.Day)) > 0;
            var year = yearBefore ? last.Year - 1 : last.Year;
            if (!IsPlanYear(year))
                return Failed(YearOutOfRange(written));
            if (!IsRealDate(year, month, day))
                return Failed($"\"{start.Written}\" is not a real date in {year}.");
            first = new DateOnly(year, month, day);
            reading.Notes.Add(yearBefore
                ? $"Took the year of \"{start.Written}\" from the end of the range as {year}, the year before, because it comes later in the year than \"{end.Written}\"."
                : $"Took the year of \"{start.Written}\" from the end of the range, {year}.");
        }
        else if (end.LacksYear)
        {
            first = start.Span!.First;
            var month = end.MonthWithoutYear!.Value;
            var yearAfter = (month, end.DayWithoutYear ?? 31).CompareTo((first.Month, first.Day)) < 0;
            var year = yearAfter ? first.Year + 1 : first.Year;
            if (!IsPlanYear(year))
                return Failed(YearOutOfRange(written));
            var day = end.DayWithoutYear ?? DateTime.DaysInMonth(year, month);
            if (!IsRealDate(year, month, day))
                return Failed($"\"{end.Written}\" is not a real date in {year}.");
            last = new DateOnly(year, month, day);
            reading.Notes.Add(yearAfter
                ? $"Took the year of \"{end.Written}\" from the start of the range as {year}, the year after, because it comes earlier in the year than \"{start.Written}\"."
                : $"Took the year of \"{end.Written}\" from the start of the range, {year}.");
        }
        else
        {
            first = start.Span!.First;
            last = end.Span!.Last;
        }

        if (last < first)
            return Failed($"\"{written}\" ends before it starts, so no date was taken from it.");

        return new Piece(start.Start, end.End, written, new DueSpan(written, first, last, true), null, null);
    }

    private static void ReadStatus(char[] unread, Reading reading)
    {
        foreach (var found in Consume(StillToDecide, unread))
        {
            reading.Problems.Add($"Says the date is still to be decided (\"{found}\"), so there is no date yet.");
            reading.FoundAnything = true;
        }

        foreach (var found in Consume(NotCompleted, unread))
        {
            reading.Notes.Add($"Read \"{found}\" as not completed.");
            reading.FoundAnything = true;
        }

        foreach (var found in Consume(NotOngoing, unread))
        {
            reading.Notes.Add($"Did not read \"{found}\" as ongoing.");
            reading.FoundAnything = true;
        }

        foreach (var found in Consume(CompletionTarget, unread))
            reading.Notes.Add($"Read \"{found}\" as a target, not as done.");

        if (Consume(Monitoring, unread).Count > 0)
            reading.Monitored = true;

        if (Consume(Recurrence, unread).FirstOrDefault() is { } recurrence)
            reading.Recurrence = recurrence;

        reading.Reviewed = Consume(Review, unread).Count > 0;
        reading.Completed = Consume(CompletedWords, unread).Count > 0;
        reading.Ongoing = Consume(OngoingWords, unread).Count > 0;
        reading.SaysUnderWay = Consume(UnderWayWords, unread).Count > 0;
        reading.FoundAnything |= reading.Monitored || reading.Recurrence is not null
            || reading.Reviewed || reading.Completed || reading.Ongoing;

        Consume(Connectors, unread);
        var leftOver = string.Join(" ", Consume(Word, unread)
            .Where(word => word.Any(char.IsLetterOrDigit))
            .Select(word => word.Trim(Punctuation)));
        if ((reading.FoundAnything || reading.SaysUnderWay) && leftOver.Length > 0)
            reading.Notes.Add($"Took no meaning from \"{Quote(leftOver)}\".");
    }

    /// <summary>Finds every match in what is still unread, blanks it out, and returns the matched text.</summary>
    private static List<string> Consume(Regex pattern, char[] unread)
    {
        var matches = pattern.Matches(new string(unread)).Where(match => match.Length > 0).ToList();
        foreach (var match in matches)
            Blank(unread, match.Index, match.Length);
        return matches.Select(match => match.Value.Trim()).ToList();
    }

    private static void Blank(char[] text, int start, int length) => Array.Fill(text, ' ', start, length);

    // The few words before a date that can change its meaning ("from", "Q3"); a bounded window keeps
    // reading a long cell linear.
    private static string TextBefore(string sentence, int index) => sentence[Math.Max(0, index - 40)..index];

    private static bool IsConnector(string word) => Connectors.Match(word) is { Success: true } match && match.Length == word.Length;

    private static bool IsVerbMay(Match match, string sentence) =>
        match.Value.Equals("may", StringComparison.OrdinalIgnoreCase)
        && !MayAsMonthFollower.IsMatch(sentence, match.Index + match.Length);

    private static List<(int Start, string Text)> Sentences(string text)
    {
        var sentences = new List<(int Start, string Text)>();
        var start = 0;
        foreach (Match stop in SentenceBreak.Matches(text))
        {
            Add(start, stop.Index);
            start = stop.Index + stop.Length;
        }

        Add(start, text.Length);
        return sentences;

        void Add(int from, int to)
        {
            var part = text[from..to];
            if (!part.Any(char.IsLetterOrDigit))
                return;
            // Whitespace is collapsed before reading so that runs of spaces pasted from a spreadsheet
            // cannot make the date patterns backtrack for long; quotes in notes read the same either way.
            var leading = part.Length - part.TrimStart().Length;
            sentences.Add((from + leading, Whitespace.Replace(part.Trim(), " ")));
        }
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    // Two-digit years are this century's: the plans date from 2016 on. A run of digits too long to be a
    // number is still a year, one no plan could mean.
    private static int Year(string digits)
    {
        if (digits.Length > 9)
            return int.MaxValue;
        var value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + value : value;
    }

    private static bool IsPlanYear(int year) => year is >= EarliestYear and <= LatestYear;

    private static string YearOutOfRange(string written) =>
        $"\"{written}\" is not a date a plan could mean: its year is outside {EarliestYear} to {LatestYear}, so no date was taken from it.";

    private static int MonthNumber(string name)
    {
        var index = Array.FindIndex(MonthNames, month => month.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase));
        return index + 1;
    }

    private static bool IsRealDate(int year, int month, int day) =>
        IsPlanYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static string Describe(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Quote(string text)
    {
        const int longest = 80;
        var squashed = Whitespace.Replace(text, " ").Trim();
        if (squashed.Length <= longest)
            return squashed;
        // Never cut between the two halves of a surrogate pair: half a character cannot be sent as JSON or written into a report.
        var cut = char.IsHighSurrogate(squashed[longest - 2]) ? longest - 2 : longest - 1;
        return squashed[..cut].TrimEnd() + "…";
    }
}
