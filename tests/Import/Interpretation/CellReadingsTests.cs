using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>Single cells as councils write them in, what the importer reads from them out.</summary>
public class CellReadingsTests
{
    [TestCase("1", "1", 1, false)]
    [TestCase(" 12 ", "12", 1, false)]
    [TestCase("1.1", "1.1", 2, false)]
    [TestCase("1.1.", "1.1", 2, false)]
    [TestCase("1.1.2", "1.1.2", 3, false)]
    [TestCase("7 (14)", "7 (14)", 1, false)]
    [TestCase("Priority 2", "2", 1, false)]
    [TestCase("Recommendation 3", "3", 1, false)]
    [TestCase("Rec 3", "3", 1, false)]
    [TestCase("A", "A", 0, true)]
    [TestCase("a", "a", 0, true)]
    [TestCase("B)", "B", 0, true)]
    [TestCase("(c)", "c", 0, true)]
    [TestCase("A.", "A", 0, true)]
    [TestCase("ii", "ii", 0, true)]
    [TestCase("iv)", "iv", 0, true)]
    public void A_cell_holding_only_a_number_gives_its_depth(string cell, string text, int depth, bool isLetter)
    {
        Assert.That(CellReadings.Number(cell), Is.EqualTo(new ItemNumber(text, depth, isLetter)));
    }

    [TestCase("")]
    [TestCase("Audit")]
    [TestCase("1.1 Open a front door")]
    [TestCase("85%")]
    [TestCase("AB")]
    [TestCase("Priority")]
    public void A_cell_that_is_not_only_a_number_has_none(string cell)
    {
        Assert.That(CellReadings.Number(cell), Is.Null);
    }

    [TestCase("1.1 Open a front door", "1.1", 2, false, "Open a front door")]
    [TestCase("1.1. Open a front door", "1.1", 2, false, "Open a front door")]
    [TestCase("1.2.3 Audit case files", "1.2.3", 3, false, "Audit case files")]
    [TestCase("1. Audit", "1", 1, false, "Audit")]
    [TestCase("3) Audit", "3", 1, false, "Audit")]
    [TestCase("4: Audit", "4", 1, false, "Audit")]
    [TestCase("5 - audit", "5", 1, false, "audit")]
    [TestCase("6 Audit", "6", 1, false, "Audit")]
    [TestCase("7 (14) Improve the quality of plans", "7 (14)", 1, false, "Improve the quality of plans")]
    [TestCase("Priority 1: Early help", "1", 1, false, "Early help")]
    [TestCase("PRIORITY 2 - Children in care", "2", 1, false, "Children in care")]
    [TestCase("A. Audit", "A", 0, true, "Audit")]
    [TestCase("A) Audit", "A", 0, true, "Audit")]
    [TestCase("a - Audit", "a", 0, true, "Audit")]
    [TestCase("(c) Audit", "c", 0, true, "Audit")]
    [TestCase("ii) Audit", "ii", 0, true, "Audit")]
    public void A_number_written_before_a_text_is_split_off(string cell, string number, int depth, bool isLetter, string text)
    {
        var (found, rest) = CellReadings.SplitLeadingNumber(cell);

        Assert.That(found, Is.EqualTo(new ItemNumber(number, depth, isLetter)));
        Assert.That(rest, Is.EqualTo(text));
    }

    [TestCase("2026 plan")]
    [TestCase("2026 Plan for care leavers")]
    [TestCase("85% of contacts screened within a day")]
    [TestCase("12 March 2026 review held")]
    [TestCase("3 children were seen")]
    [TestCase("e.g. audit")]
    [TestCase("Audit 4 files")]
    [TestCase("A new front door")]
    [TestCase("Priority areas agreed")]
    public void A_text_that_merely_starts_with_a_year_a_count_or_a_word_is_not_split(string cell)
    {
        var (found, rest) = CellReadings.SplitLeadingNumber(cell);

        Assert.That(found, Is.Null);
        Assert.That(rest, Is.EqualTo(cell));
    }

    // Expected people as "seen|name|job title|email", "_" for none.
    [TestCase("Priya Raman", "Priya Raman|Priya Raman|_|_")]
    [TestCase("Priya Raman (Head of Service)", "Priya Raman (Head of Service)|Priya Raman|Head of Service|_")]
    [TestCase("Head of Service (Priya Raman)", "Head of Service (Priya Raman)|Priya Raman|Head of Service|_")]
    [TestCase("Owen Hughes, Service Manager", "Owen Hughes, Service Manager|Owen Hughes|Service Manager|_")]
    [TestCase("Head of Service - Priya Raman", "Head of Service - Priya Raman|Priya Raman|Head of Service|_")]
    [TestCase("Priya Raman - Head of Service", "Priya Raman - Head of Service|Priya Raman|Head of Service|_")]
    [TestCase("Head of Service", "Head of Service|_|Head of Service|_")]
    [TestCase("Head of Safeguarding and Quality", "Head of Safeguarding and Quality|_|Head of Safeguarding and Quality|_")]
    [TestCase("PR", "PR|PR|_|_")]
    [TestCase("P.R.", "P.R.|P.R.|_|_")]
    [TestCase("Priya Raman priya.raman@council.gov.uk", "Priya Raman priya.raman@council.gov.uk|Priya Raman|_|priya.raman@council.gov.uk")]
    [TestCase("Priya Raman <priya.raman@council.gov.uk>", "Priya Raman <priya.raman@council.gov.uk>|Priya Raman|_|priya.raman@council.gov.uk")]
    [TestCase("priya.raman@council.gov.uk", "priya.raman@council.gov.uk|_|_|priya.raman@council.gov.uk")]
    [TestCase("Priya Raman (Head of Service) / Owen Hughes",
        "Priya Raman (Head of Service)|Priya Raman|Head of Service|_", "Owen Hughes|Owen Hughes|_|_")]
    [TestCase("Head of Service & PR", "Head of Service|_|Head of Service|_", "PR|PR|_|_")]
    [TestCase("Priya Raman and Owen Hughes", "Priya Raman|Priya Raman|_|_", "Owen Hughes|Owen Hughes|_|_")]
    [TestCase("Priya and Owen", "Priya|Priya|_|_", "Owen|Owen|_|_")]
    [TestCase("Head of Service and Head of Quality", "Head of Service|_|Head of Service|_", "Head of Quality|_|Head of Quality|_")]
    [TestCase("Priya Raman; Owen Hughes", "Priya Raman|Priya Raman|_|_", "Owen Hughes|Owen Hughes|_|_")]
    [TestCase("Priya Raman\nService Manager", "Priya Raman\nService Manager|Priya Raman|Service Manager|_")]
    [TestCase("Sasha Bennett\nHead of Service, Corporate Parenting", "Sasha Bennett\nHead of Service, Corporate Parenting|Sasha Bennett|Head of Service, Corporate Parenting|_")]
    [TestCase("Priya Raman\nHead of Early Help\nOwen Hughes\nService Manager",
        "Priya Raman\nHead of Early Help|Priya Raman|Head of Early Help|_", "Owen Hughes\nService Manager|Owen Hughes|Service Manager|_")]
    [TestCase("Priya Raman\nOwen Hughes", "Priya Raman|Priya Raman|_|_", "Owen Hughes|Owen Hughes|_|_")]
    [TestCase("Head of Service\nPriya Raman", "Head of Service|_|Head of Service|_", "Priya Raman|Priya Raman|_|_")]
    [TestCase("Head of Service, Corporate Parenting", "Head of Service, Corporate Parenting|_|Head of Service, Corporate Parenting|_")]
    [TestCase("Head of Service, PR", "Head of Service, PR|PR|Head of Service|_")]
    [TestCase("Priya Raman, Owen Hughes, Sam Lee", "Priya Raman|Priya Raman|_|_", "Owen Hughes|Owen Hughes|_|_", "Sam Lee|Sam Lee|_|_")]
    [TestCase("PR, OH", "PR|PR|_|_", "OH|OH|_|_")]
    // Job titles that hold a comma, a dash or an "and" themselves, before or after the name.
    [TestCase("Service Manager, Front Door – Kwame Mensah", "Service Manager, Front Door – Kwame Mensah|Kwame Mensah|Service Manager, Front Door|_")]
    [TestCase("Head of Early Help and MASH – Deborah Achterberg",
        "Head of Early Help and MASH – Deborah Achterberg|Deborah Achterberg|Head of Early Help and MASH|_")]
    [TestCase("Kwame Mensah, Service Manager – Front Door", "Kwame Mensah, Service Manager – Front Door|Kwame Mensah|Service Manager – Front Door|_")]
    [TestCase("Team Managers, Children in Care", "Team Managers, Children in Care|_|Team Managers, Children in Care|_")]
    [TestCase("Sam, Head of Service", "Sam, Head of Service|Sam|Head of Service|_")]
    [TestCase("Zoë Hartley-Brown, Service Manager", "Zoë Hartley-Brown, Service Manager|Zoë Hartley-Brown|Service Manager|_")]
    [TestCase("Joaquín Ortega and Siobhán O’Neill", "Joaquín Ortega|Joaquín Ortega|_|_", "Siobhán O’Neill|Siobhán O’Neill|_|_")]
    [TestCase("Owen Hughes, Service Manager and Sam Lee", "Owen Hughes, Service Manager|Owen Hughes|Service Manager|_", "Sam Lee|Sam Lee|_|_")]
    public void A_people_cell_gives_each_person_as_written(string cell, params string[] expected)
    {
        var people = CellReadings.People(cell).Select(p => string.Join("|", p.Seen, p.Name ?? "_", p.JobTitle ?? "_", p.Email ?? "_"));

        Assert.That(people, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("  \n ")]
    public void An_empty_people_cell_names_nobody(string cell)
    {
        Assert.That(CellReadings.People(cell), Is.Empty);
    }

    [TestCase("3", null, "3")]
    [TestCase(" amber ", null, "AMBER")]
    [TestCase("Score -  please\nselect", null, "SCORE - PLEASE SELECT")]
    [TestCase("Green", "#92d050", "GREEN")]
    [TestCase("", "#92D050", "#92d050")]
    [TestCase("", null, null)]
    [TestCase("  ", null, null)]
    public void A_score_cell_is_seen_as_its_text_or_else_its_fill(string text, string? fill, string? seen)
    {
        Assert.That(CellReadings.SeenValue(new SourceCell(text, fill)), Is.EqualTo(seen));
    }

    [TestCase("0")]
    [TestCase("0.0")]
    [TestCase("SCORE - PLEASE SELECT")]
    [TestCase("Score - please select")]
    [TestCase("SCORE-PLEASE SELECT")]
    [TestCase("PLEASE SELECT")]
    [TestCase("SELECT")]
    [TestCase("N/A")]
    [TestCase("NA")]
    [TestCase("TBC")]
    [TestCase("-")]
    [TestCase("–")]
    [TestCase("?")]
    [TestCase("UPDATE NOT AVAILABLE")]
    [TestCase("Update not available")]
    [TestCase("NOT AVAILABLE")]
    [TestCase("NO UPDATE")]
    [TestCase("NOT YET DUE")]
    [TestCase("NOT SCORED")]
    public void What_councils_type_where_there_is_no_score_is_a_placeholder(string seen)
    {
        Assert.That(CellReadings.IsPlaceholder(seen), Is.True);
    }

    [TestCase("1")]
    [TestCase("10")]
    [TestCase("AMBER")]
    [TestCase("COMPLETED")]
    [TestCase("#92d050")]
    [TestCase("SEE NOTES")]
    public void A_level_or_junk_is_not_a_placeholder(string seen)
    {
        Assert.That(CellReadings.IsPlaceholder(seen), Is.False);
    }

    // Expected notes as "date|text", "_" for undated.
    [TestCase("Audit done", "_|Audit done")]
    [TestCase("12/03/2026 - Audit done", "2026-03-12|12/03/2026 - Audit done")]
    [TestCase("12/03/2026 - Audit done\n15/04/2026: Panel met",
        "2026-03-12|12/03/2026 - Audit done", "2026-04-15|15/04/2026: Panel met")]
    [TestCase("Started in January.\n12.03.26 Audit done\nall files read\n12 April 2026 Panel met",
        "_|Started in January.", "2026-03-12|12.03.26 Audit done\nall files read", "2026-04-12|12 April 2026 Panel met")]
    [TestCase("March 2026: plan agreed\nMar-26 audit\n12/03 panel",
        "_|March 2026: plan agreed", "_|Mar-26 audit", "_|12/03 panel")]
    [TestCase("12 March: panel met\n2 children seen", "_|12 March: panel met\n2 children seen")]
    [TestCase("Progress made in March 2026 on audits", "_|Progress made in March 2026 on audits")]
    public void A_running_log_splits_where_a_line_starts_with_a_date(string cell, params string[] expected)
    {
        var notes = CellReadings.DatedEntries(cell).Select(n => $"{n.WrittenOn ?? "_"}|{n.Text}");

        Assert.That(notes, Is.EqualTo(expected));
    }

    [Test]
    public void An_empty_log_cell_has_no_notes()
    {
        Assert.That(CellReadings.DatedEntries(" \n "), Is.Empty);
    }

    [TestCase("Improving", "improving")]
    [TestCase("improved", "improving")]
    [TestCase("Better", "improving")]
    [TestCase("UP", "improving")]
    [TestCase("↑", "improving")]
    [TestCase("▲", "improving")]
    [TestCase("⇧", "improving")]
    [TestCase("+", "improving")]
    [TestCase("Maintained", "maintained")]
    [TestCase("same", "maintained")]
    [TestCase("No change", "maintained")]
    [TestCase("Stable", "maintained")]
    [TestCase("static", "maintained")]
    [TestCase("↔", "maintained")]
    [TestCase("→", "maintained")]
    [TestCase("=", "maintained")]
    [TestCase("►", "maintained")]
    [TestCase("Declining", "declining")]
    [TestCase("declined", "declining")]
    [TestCase("Worse", "declining")]
    [TestCase("down", "declining")]
    [TestCase("↓", "declining")]
    [TestCase("▼", "declining")]
    [TestCase("Improved - two audits done", "improving")]
    [TestCase("", null)]
    [TestCase("Please select", null)]
    [TestCase("Upward", null)]
    public void A_printed_direction_of_travel_is_read_from_its_words_or_symbol(string cell, string? direction)
    {
        Assert.That(CellReadings.Direction(cell), Is.EqualTo(direction));
    }
}
