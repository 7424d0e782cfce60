using System.Net;
using System.Text.Json.Nodes;
using CsvHelper;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// Issue 15: the scrutiny report's "Performance scorecard" section in every format, and the summary's indicators block,
/// both from the scorecard read model as at the latest month ended by the date judged on.
/// </summary>
public sealed class ReportScorecardTests
{
    private readonly HttpClient admin = TrackerApp.ClientFor("Report Scorecard Administrator");
    private readonly HttpClient board = TrackerApp.ClientFor("Report Scorecard Board", "board");

    private async Task<long> IndicatorAsync(long planId, string reference, string unit, int places, string polarity, string name)
    {
        var response = await board.PostJsonAsync($"/api/plans/{planId}/indicators", new
        {
            reference, name, unit, decimalPlaces = places, polarity, frequency = "monthly", ytdRule = "average", ownerIds = Array.Empty<long>(),
            links = Array.Empty<object>(),
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();
    }

    private async Task ValuesAsync(long planId, string period, params object[] values)
    {
        var response = await board.PutJsonAsync($"/api/plans/{planId}/indicator-values/{period}", new { values }, ifMatch: null);
        Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Timeliness (percentage, one place, higher is better, target 90% ± 2): 85.0, 88.0, 87.5 in July to September 2025 —
    /// red in September (missed by 2.5) and declining; 99.0 in October, after the report's month. Contacts (count, lower is
    /// better, no target): 12 in September, being collated in August.
    /// </summary>
    private async Task<(long PlanId, long Timeliness, long Contacts)> PlanWithIndicatorsAsync()
    {
        var planId = await Arrange.PlanAsync(admin);
        var timeliness = await IndicatorAsync(planId, "T1", "percentage", 1, "higher-is-better", "Assessments completed within 45 working days");
        var contacts = await IndicatorAsync(planId, "C1", "number", 0, "lower-is-better", "Contacts to the front door");
        var year = await board.PutJsonAsync($"/api/plans/{planId}/indicators/{timeliness}/years/2025", new { target = 90, tolerance = 2 }, ifMatch: null);
        Assert.That(year.IsSuccessStatusCode, await year.Content.ReadAsStringAsync());
        await ValuesAsync(planId, "2025-07", new { indicatorId = timeliness, value = 85.0 });
        await ValuesAsync(planId, "2025-08", new { indicatorId = timeliness, value = 88.0 }, new { indicatorId = contacts, state = "being-collated" });
        await ValuesAsync(planId, "2025-09", new { indicatorId = timeliness, value = 87.5 }, new { indicatorId = contacts, value = 12 });
        await ValuesAsync(planId, "2025-10", new { indicatorId = timeliness, value = 99.0 });
        return (planId, timeliness, contacts);
    }

    [Test]
    public async Task Every_format_has_the_scorecard_section_as_at_the_latest_month_ended_by_the_report_date()
    {
        var (planId, timeliness, _) = await PlanWithIndicatorsAsync();
        using var forms = await ReportForms.GetAsync(admin, planId, "asOf=2025-10-15");

        var section = forms.Json["scorecard"]!;
        Assert.That(section["asOf"]!.GetValue<string>(), Is.EqualTo("2025-09"), "October had not ended on 15 October 2025");
        Assert.That(section["heading"]!.GetValue<string>(), Is.EqualTo("Performance scorecard: figures to September 2025"));
        var t1 = section["indicators"]!.AsArray().Single(i => i!["reference"]!.GetValue<string>() == "T1")!;
        Assert.That((t1["id"]!.GetValue<long>(), t1["value"]!.GetValue<double>(), t1["valueText"]!.GetValue<string>(), t1["rag"]!.GetValue<string>(),
            t1["direction"]!.GetValue<string>(), t1["needsAttention"]!.GetValue<bool>()),
            Is.EqualTo((timeliness, 87.5, "87.5%", "red", "declining", true)));
        var c1 = section["indicators"]!.AsArray().Single(i => i!["reference"]!.GetValue<string>() == "C1")!;
        Assert.That((c1["rag"]!.GetValue<string>(), c1["valueText"]!.GetValue<string>(), c1["targetText"]!.GetValue<string>()),
            Is.EqualTo(("no-target", "12", "No target")));
        Assert.That(section["sentence"]!.GetValue<string>(),
            Is.EqualTo("2 indicators: 1 red and 1 with no target; 1 getting worse since the previous period."));

        // Word: the heading, the table (header row repeated) with RAG and direction in words, a sentence for the red one.
        Assert.That(forms.Headings(2), Does.Contain("Performance scorecard: figures to September 2025"));
        var table = forms.WordTable("Performance scorecard, figures to September 2025");
        Assert.That(table[0], Is.EqualTo(new[] { "Reference", "Indicator", "Period", "Latest", "Target", "RAG", "Since the previous period",
            "Year on year", "Year to date", "Statistical neighbours" }));
        var wordT1 = table.Single(r => r[0] == "T1");
        Assert.That((wordT1[2], wordT1[3], wordT1[4], wordT1[5], wordT1[6]), Is.EqualTo(("September 2025", "87.5%", "90.0%", "Red", "Declining")));
        Assert.That(forms.Paragraphs.Any(p => p.StartsWith("T1 Assessments completed within 45 working days: Red.", StringComparison.Ordinal)
            && p.Contains("2.5", StringComparison.Ordinal)), Is.True, string.Join("\n", forms.Paragraphs));
        Assert.That(forms.Headings(3), Does.Contain("Indicators off target or getting worse (1)"));
        Assert.That(forms.ValidationErrors(), Is.Empty);

        // Excel: a Scorecard sheet with typed numbers in the indicator's format, the state as text, frozen header and a filter.
        var sheet = forms.Sheet("Scorecard");
        var value = sheet.Cell($"{sheet.Column("Latest value")}2")!;
        Assert.That((value.DataType?.Value, value.CellValue!.Text, sheet.NumberFormat(value)), Is.EqualTo(((CellValues?)null, "87.5", "0.0\"%\"")));
        Assert.That(sheet.Text(sheet.Cell($"{sheet.Column("RAG")}2")), Is.EqualTo("Red"));
        Assert.That(sheet.Text(sheet.Cell($"{sheet.Column("Since the previous period")}2")), Is.EqualTo("Declining"));
        var count = sheet.Cell($"{sheet.Column("Latest value")}3")!;
        Assert.That((count.CellValue!.Text, sheet.NumberFormat(count)), Is.EqualTo(("12", "0")));
        Assert.That(sheet.Worksheet.Descendants<Pane>().Single().State!.Value, Is.EqualTo(PaneStateValues.Frozen));
        Assert.That(sheet.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value, Is.EqualTo($"A1:{XlsxColumn(ActionPlanTracker.Features.Reports.XlsxReport.ScorecardHeaders.Length)}3"));

        // CSV: the plan's file is unchanged; the scorecard is its own file, one row per indicator, numbers plain.
        Assert.That(forms.CsvHeaders, Does.Not.Contain("RAG"));
        var csv = await Downloads.GetAsync(admin, $"/api/plans/{planId}/report/scorecard/csv?asOf=2025-10-15");
        Assert.That(csv.FileName, Does.EndWith("-as-of-2025-10-15-scorecard.csv"));
        var (headers, rows) = Csv(csv.Bytes);
        string Field(string[] row, string header) => row[Array.IndexOf(headers, header)];
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { "T1", "C1" }));
        Assert.That((Field(rows[0], "Period"), Field(rows[0], "Value"), Field(rows[0], "Target"), Field(rows[0], "RAG"),
            Field(rows[0], "Since the previous period"), Field(rows[0], "Figures to")),
            Is.EqualTo(("2025-09", "87.5", "90", "Red", "Declining", "2025-09")));
        Assert.That((Field(rows[1], "Value"), Field(rows[1], "RAG")), Is.EqualTo(("12", "No target")));
    }

    [Test]
    public async Task A_plan_without_indicators_has_no_scorecard_section_in_any_format()
    {
        var planId = await Arrange.PlanAsync(admin);
        using var forms = await ReportForms.GetAsync(admin, planId);
        Assert.That(forms.Json["scorecard"], Is.Null);
        Assert.That(forms.Headings(2).Any(h => h.StartsWith("Performance scorecard", StringComparison.Ordinal)), Is.False);
        Assert.That(forms.Excel.WorkbookPart!.Workbook!.Descendants<Sheet>().Select(s => s.Name!.Value), Does.Not.Contain("Scorecard"));
        var csv = await Downloads.GetAsync(admin, $"/api/plans/{planId}/report/scorecard/csv");
        var (headers, rows) = Csv(csv.Bytes);
        Assert.That((headers.Length > 0, rows.Count), Is.EqualTo((true, 0)));
        var summary = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/summary"))!;
        Assert.That(summary["indicators"], Is.Null);
    }

    [Test]
    public async Task A_saved_value_reaches_a_kept_report()
    {
        var (planId, timeliness, _) = await PlanWithIndicatorsAsync();
        string Valued(JsonNode report) => report["scorecard"]!["indicators"]![0]!["valueText"]!.GetValue<string>();
        var first = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/report?asOf=2025-10-15"))!;
        var kept = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/report?asOf=2025-10-15"))!;
        Assert.That((Valued(first), Valued(kept)), Is.EqualTo(("87.5%", "87.5%")));
        var values = JsonNode.Parse(await board.GetStringAsync($"/api/plans/{planId}/indicators/{timeliness}/values"))!.AsArray();
        var september = values.Single(v => v!["period"]!.GetValue<string>() == "2025-09")!;
        await ValuesAsync(planId, "2025-09", new { indicatorId = timeliness, value = 91.0, version = september["version"]!.GetValue<long>() });
        var after = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/report?asOf=2025-10-15"))!;
        Assert.That((Valued(after), after["scorecard"]!["indicators"]![0]!["rag"]!.GetValue<string>()), Is.EqualTo(("91.0%", "green")));
    }

    [Test]
    public async Task The_summary_lists_the_indicators_off_target_or_getting_worse_with_counts_by_RAG()
    {
        var (planId, timeliness, _) = await PlanWithIndicatorsAsync();
        // Today (23 November 2026) is long after the figures: the block runs to the latest month with a figure, October 2025.
        var summary = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/summary"))!["indicators"]!;
        Assert.That((summary["asOf"]!.GetValue<string>(), summary["asOfLabel"]!.GetValue<string>(), summary["total"]!.GetValue<int>()),
            Is.EqualTo(("2025-10", "October 2025", 2)));
        var counts = summary["counts"]!;
        Assert.That((counts["green"]!.GetValue<int>(), counts["red"]!.GetValue<int>(), counts["noTarget"]!.GetValue<int>()), Is.EqualTo((1, 0, 1)));
        Assert.That(summary["offTargetOrWorse"]!.AsArray(), Is.Empty, "99.0% in October is green and improving; 12 contacts is not judged");

        // As of 15 October 2025: September's figures, the red and declining one listed with its figures as displayed.
        var then = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/summary?asOf=2025-10-15"))!["indicators"]!;
        var listed = then["offTargetOrWorse"]!.AsArray().Single()!;
        Assert.That((listed["id"]!.GetValue<long>(), listed["reference"]!.GetValue<string>(), listed["latest"]!.GetValue<string>(),
            listed["target"]!.GetValue<string>(), listed["rag"]!.GetValue<string>(), listed["direction"]!.GetValue<string>()),
            Is.EqualTo((timeliness, "T1", "87.5%", "90.0%", "red", "declining")));
        Assert.That(then["counts"]!["declining"]!.GetValue<int>(), Is.EqualTo(1));
    }

    /// <summary>
    /// A ratio indicator (R1, percentage, target 90%): 40 of 48 in August and 42 of 48 in September 2025 ("plans reviewed
    /// within timescales"), so September is 87.5% (red) and the year to date 82 of 96, 85.4%; the timeliness and contacts
    /// indicators beside it have no counts.
    /// </summary>
    [Test]
    public async Task A_ratio_indicator_s_counts_are_beside_its_figures_in_every_format_and_the_summary()
    {
        var (planId, _, _) = await PlanWithIndicatorsAsync();
        var created = await board.PostJsonAsync($"/api/plans/{planId}/indicators", new
        {
            reference = "R1", name = "Plans reviewed on time", unit = "percentage", decimalPlaces = 1, polarity = "higher-is-better", frequency = "monthly",
            ytdRule = "ratio", numeratorLabel = "plans reviewed within timescales", denominatorLabel = "plans due a review",
            ownerIds = Array.Empty<long>(), links = Array.Empty<object>(),
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var ratio = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();
        var year = await board.PutJsonAsync($"/api/plans/{planId}/indicators/{ratio}/years/2025", new { target = 90, tolerance = 1 }, ifMatch: null);
        Assert.That(year.IsSuccessStatusCode, await year.Content.ReadAsStringAsync());
        await ValuesAsync(planId, "2025-08", new { indicatorId = ratio, value = 83.3, numerator = 40, denominator = 48 });
        await ValuesAsync(planId, "2025-09", new { indicatorId = ratio, value = 87.5, numerator = 42, denominator = 48 });
        using var forms = await ReportForms.GetAsync(admin, planId, "asOf=2025-10-15");

        var rows = forms.Json["scorecard"]!["indicators"]!.AsArray();
        var r1 = rows.Single(i => i!["reference"]!.GetValue<string>() == "R1")!;
        Assert.That((r1["numerator"]!.GetValue<double>(), r1["denominator"]!.GetValue<double>(), r1["countsText"]!.GetValue<string>(),
            r1["yearToDateNumerator"]!.GetValue<double>(), r1["yearToDateDenominator"]!.GetValue<double>(), r1["yearToDateCountsText"]!.GetValue<string>(),
            r1["yearToDateText"]!.GetValue<string>(), r1["denominatorLabel"]!.GetValue<string>()),
            Is.EqualTo((42.0, 48.0, "42 of 48 plans reviewed within timescales", 82.0, 96.0, "82 of 96 plans reviewed within timescales", "85.4%", "plans due a review")));
        var t1 = rows.Single(i => i!["reference"]!.GetValue<string>() == "T1")!;
        Assert.That((t1["countsText"], t1["numerator"], t1["yearToDateCountsText"]), Is.EqualTo(((JsonNode?)null, (JsonNode?)null, (JsonNode?)null)));

        // Word: the counts on the line below the latest figure and the year to date; none beside a figure without them.
        var table = forms.WordTable("Performance scorecard, figures to September 2025");
        var wordR1 = table.Single(r => r[0] == "R1");
        Assert.That((wordR1[3], wordR1[8]),
            Is.EqualTo(("87.5% | 42 of 48 plans reviewed within timescales", "85.4% | 82 of 96 plans reviewed within timescales")));
        Assert.That(table.Single(r => r[0] == "T1")[3], Is.EqualTo("87.5%"));

        // Excel: the counts as typed numbers (General, so they sum) in their own columns, with the words beside them.
        var sheet = forms.Sheet("Scorecard");
        var index = 2 + rows.IndexOf(r1);
        foreach (var (header, expected) in new[] { ("Numerator", "42"), ("Denominator", "48"), ("Year to date numerator", "82"), ("Year to date denominator", "96") })
        {
            var cell = sheet.Cell($"{sheet.Column(header)}{index}")!;
            Assert.That((cell.DataType?.Value, cell.CellValue!.Text, cell.StyleIndex?.Value ?? 0u), Is.EqualTo(((CellValues?)null, expected, 0u)), header);
        }
        Assert.That((sheet.Text(sheet.Cell($"{sheet.Column("Numerator counts")}{index}")), sheet.Text(sheet.Cell($"{sheet.Column("Denominator counts")}{index}"))),
            Is.EqualTo(("plans reviewed within timescales", "plans due a review")));
        Assert.That(sheet.Cell($"{sheet.Column("Numerator")}2"), Is.Null, "T1 has no counts");

        // CSV: the four columns added at the end, empty for the indicators without counts.
        var csv = await Downloads.GetAsync(admin, $"/api/plans/{planId}/report/scorecard/csv?asOf=2025-10-15");
        var (headers, csvRows) = Csv(csv.Bytes);
        Assert.That(headers[^5..], Is.EqualTo(new[] { "Figures to", "numerator", "denominator", "ytd numerator", "ytd denominator" }));
        var csvR1 = csvRows.Single(r => r[0] == "R1");
        Assert.That(csvR1[^4..], Is.EqualTo(new[] { "42", "48", "82", "96" }));
        Assert.That(csvRows.Single(r => r[0] == "T1")[^4..], Is.EqualTo(new[] { "", "", "", "" }));

        // The summary's block: the red ratio indicator with its counts, its words and its year to date.
        var summary = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/summary?asOf=2025-10-15"))!["indicators"]!["offTargetOrWorse"]!.AsArray();
        var listed = summary.Single(i => i!["reference"]!.GetValue<string>() == "R1")!;
        Assert.That((listed["latest"]!.GetValue<string>(), listed["numerator"]!.GetValue<double>(), listed["denominator"]!.GetValue<double>(),
            listed["numeratorLabel"]!.GetValue<string>(), listed["yearToDate"]!.GetValue<string>(), listed["yearToDateNumerator"]!.GetValue<double>(),
            listed["yearToDateDenominator"]!.GetValue<double>()),
            Is.EqualTo(("87.5%", 42.0, 48.0, "plans reviewed within timescales", "85.4%", 82.0, 96.0)));
        var t1Listed = summary.Single(i => i!["reference"]!.GetValue<string>() == "T1")!;
        Assert.That((t1Listed["numerator"], t1Listed["yearToDateNumerator"]), Is.EqualTo(((JsonNode?)null, (JsonNode?)null)));
    }

    private static string XlsxColumn(int count) => ActionPlanTracker.Features.Reports.XlsxReport.ColumnName(count - 1);

    private static (string[] Headers, List<string[]> Rows) Csv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return (reader.Headers.ToArray(), rows);
    }
}
