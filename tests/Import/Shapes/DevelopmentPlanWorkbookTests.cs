using ActionPlanTracker.Tests.Import.Files;
using static ActionPlanTracker.Tests.Import.Shapes.Shapes2Api;

namespace ActionPlanTracker.Tests.Import.Shapes;

/// <summary>
/// Layout 2 of domain.md as a council's workbook: title rows, numbered priorities as section rows, an outcome merged down
/// its priority, actions ("1.1 ...") merged over their success measures (the scored rows), a lead and responsible officer
/// merged over an action's measures (the action's) beside a measure naming its own, four RAG columns with "0" typed into
/// the last, averages typed under each priority and under the table, and the header repeated for the second printed page.
/// Uploaded, committed with the proposed mapping, and read back through the API.
/// </summary>
// Commits imports whose new scales are named from the file; another fixture committing the same name at the same time
// would get the 409 that names the clash (by design), so these run alone.
[NonParallelizable]
public sealed class DevelopmentPlanWorkbookTests
{
    public const string Title = "Children's Services Development Plan 2017-2019";
    public static readonly string[] Header =
        ["Outcome", "Action", "Success measure(s)", "Lead", "Responsible officer", "Time", "RAG initial", "RAG 01/18", "RAG 03/18", "RAG 05/18", "Progress update"];
    public static readonly string[] Reviews = ["RAG initial", "RAG 01/18", "RAG 03/18", "RAG 05/18"];

    private const string Kerry = "Kerry Dunmore\nHead of Early Help";
    private const string Sasha = "Harriet Cole\nHead of Service, Corporate Parenting";
    private const string Ola = "Ola Adeyemi\nHead of Service, Care Leavers";

    /// <summary>The workbook; <paramref name="version"/> changes the bytes only, so each test has a file of its own.</summary>
    public static byte[] Workbook(string version = "4.1") => new WorkbookBuilder()
        .Sheet("Development Plan", s =>
        {
            foreach (var row in Rows(version)) s.Row(row);
            foreach (var range in Merges) s.Merge(range);
        })
        .Sheet("KPIs", s => s
            .Row("Priority 1 indicators")
            .Row("Indicator", "Polarity", "Outturn 2016-17", "Stat neighbours", "Jan", "Feb", "Mar", "YTD", "DoT")
            .Row("Contacts screened within 24 hours", "Higher is better", "71%", "", "74%", "76%", "74%", "0", "↑")
            .Row("Re-referrals within 12 months", "", "24%", "22%", "information being collated", "", "", "0", ""))
        .Build();

    /// <summary>The same plan saved as a legacy .xls, as Excel 97-2003 would.</summary>
    public static byte[] LegacyWorkbook(string version = "4.1") => new XlsBuilder()
        .Sheet("Development Plan", s =>
        {
            foreach (var row in Rows(version)) s.Row(row);
            foreach (var range in Merges) s.Merge(range);
        })
        .Build();

    private static readonly string[] Merges =
        ["A1:K1", "A5:K5", "A6:A9", "B6:B7", "B8:B9", "A11:K11", "A12:A14", "B12:B14", "D12:D13", "E12:E13", "F12:F13", "A18:K18", "A19:A20", "B19:B20"];

    private static List<object?[]> Rows(string version) =>
    [
        [Title],
        [$"Version {version} - progress report to the Development Board"],
        [],
        Header,
        ["Priority 1: Children and families get the right help at the right time"],
        ["Families are helped before problems escalate", "1.1 Open an early help hub with police and health partners",
            "a) Hub open five days a week with partners on site", Kerry, "Tom Asante, Service Manager", "Mar-18", 2, 3, 4, 0,
            "Hub open since 8 January.\nPolice and health staff attend daily."],
        [null, null, "b) 80% of contacts screened within 24 hours", Kerry, "Tom Asante, Service Manager", "June - Dec 18", 1, 2, 3, 0,
            "Screening at 74% in April."],
        [null, "1.2 Strengthen management oversight of early help assessments\nOfsted rec 14",
            "a) Every assessment signed off by a manager within 5 working days", Kerry, "Grace Liu, Team Manager", "31 December 2017", 1, 2, 2, 0,
            "March audit: 61% signed off in time."],
        [null, null, "b) Monthly audit of 10 assessments reported to the board", "Head of Quality Assurance", "Grace Liu, Team Manager",
            "reviewed monthly", 3, 3, 3, 0, "Audits reported every month since January."],
        [null, null, "Average", null, null, null, 1.8, 2.5, 2.8],
        ["Priority 2: Children in care live in stable homes close to their communities"],
        ["Children in care have a stable home", "2.1 Recruit more foster carers through a year-long campaign",
            "a) 20 new fostering households approved", Sasha, "Femi Adebayo, Fostering Manager", "August 18 & March 2019", 1, 1, 2, 0,
            "9 households approved so far."],
        [null, null, "b) Fewer than 10% of children have three or more moves in a year", null, null, null, 2, 2, 3, 0, "8.5% in March."],
        [null, null, "c) Every child placed at a distance has their placement reviewed within 6 weeks", "Head of Safeguarding",
            "Lena Fischer, IRO Manager", "Sept 18 / ongoing", null, 2, 2, 0, "Reviews now tracked weekly."],
        [null, null, "Average", null, null, null, 1.5, 1.7, 2.3],
        [],
        Header,
        ["Priority 3: Young people leaving care are ready for adult life"],
        ["Care leavers live in suitable homes and are in work, education or training",
            "3.1 Give every care leaver a pathway plan written with them", "a) 95% of care leavers have an up-to-date pathway plan",
            Ola, "Jim Park, Team Manager", new DateTime(2018, 9, 1), 3, 3, 4, 0,
            "96% in April.\nThe young people's panel reviewed the template."],
        [null, null, "b) Care leavers say their plan reflects their views", Ola, "Jim Park, Team Manager", "Ongoing", 2, 3, 3, 0,
            "Survey due in June."],
        [null, null, "Average", null, null, null, 2.5, 3.0, 3.5],
        [],
        [null, null, "Overall average", null, null, null, 1.9, 2.4, 2.9],
    ];

    /// <summary>Each measure as written: its action's number, the measure, its own leads, officers and deadline, its four scores and its update.</summary>
    private static readonly (string Action, string Letter, string Text, string[] Leads, string[] Owners, string? Deadline, string[] Scores, string Update)[] Measures =
    [
        ("1.1", "a", "Hub open five days a week with partners on site", ["Kerry Dunmore (Head of Early Help)"], ["Tom Asante (Service Manager)"], "Mar-18",
            ["2", "3", "4", "no score (0)"], "Hub open since 8 January.\nPolice and health staff attend daily."),
        ("1.1", "b", "80% of contacts screened within 24 hours", ["Kerry Dunmore (Head of Early Help)"], ["Tom Asante (Service Manager)"], "June - Dec 18",
            ["1", "2", "3", "no score (0)"], "Screening at 74% in April."),
        ("1.2", "a", "Every assessment signed off by a manager within 5 working days", ["Kerry Dunmore (Head of Early Help)"], ["Grace Liu (Team Manager)"],
            "31 December 2017", ["1", "2", "2", "no score (0)"], "March audit: 61% signed off in time."),
        ("1.2", "b", "Monthly audit of 10 assessments reported to the board", ["(Head of Quality Assurance)"], ["Grace Liu (Team Manager)"],
            "reviewed monthly", ["3", "3", "3", "no score (0)"], "Audits reported every month since January."),
        ("2.1", "a", "20 new fostering households approved", [], [], null, ["1", "1", "2", "no score (0)"], "9 households approved so far."),
        ("2.1", "b", "Fewer than 10% of children have three or more moves in a year", [], [], null, ["2", "2", "3", "no score (0)"], "8.5% in March."),
        ("2.1", "c", "Every child placed at a distance has their placement reviewed within 6 weeks", ["(Head of Safeguarding)"], ["Lena Fischer (IRO Manager)"],
            "Sept 18 / ongoing", ["-", "2", "2", "no score (0)"], "Reviews now tracked weekly."),
        ("3.1", "a", "95% of care leavers have an up-to-date pathway plan", ["Ola Adeyemi (Head of Service, Care Leavers)"], ["Jim Park (Team Manager)"],
            "01/09/2018", ["3", "3", "4", "no score (0)"], "96% in April.\nThe young people's panel reviewed the template."),
        ("3.1", "b", "Care leavers say their plan reflects their views", ["Ola Adeyemi (Head of Service, Care Leavers)"], ["Jim Park (Team Manager)"],
            "Ongoing", ["2", "3", "3", "no score (0)"], "Survey due in June."),
    ];

    [Test]
    public async Task A_development_plan_workbook_is_held_as_written_with_the_proposed_mapping()
    {
        var import = await UploadAsync("Development plan May 2018.xlsx", Workbook());
        TestContext.Out.WriteLine(import.Mapping.ToJsonString());
        TestContext.Out.WriteLine(import.Describe());

        await ReadBackAsync(import, await CommitAsync(import));
    }

    [Test]
    public async Task The_same_plan_saved_as_a_legacy_xls_is_held_alike_and_the_import_says_colours_cannot_be_read()
    {
        var import = await UploadAsync("Development plan May 2018.xls", LegacyWorkbook("4.1 (97-2003)"));
        TestContext.Out.WriteLine(import.Describe());

        Assert.That(import.Body["notes"]!.AsArray().Select(n => (string)n!),
            Has.Some.EqualTo("Cell colours cannot be read from a legacy .xls workbook; save it as .xlsx if scores are shown only by colour."));
        await ReadBackAsync(import, await CommitAsync(import), "Version 4.1");
    }

    // Compares the whole plan list of the shared tracker before and after, so no other fixture may write while it runs.
    [Test, NonParallelizable]
    public async Task The_same_file_imported_twice_changes_nothing_the_second_time()
    {
        var content = Workbook("4.1 (twice)");
        var first = await UploadAsync("Development plan.xlsx", content);
        var planId = await CommitAsync(first);
        var gridBefore = (await GridAsync(planId)).ToJsonString();
        var plansBefore = (await GetAsync("/api/plans")).ToJsonString();

        var again = await UploadAsync("Development plan (copy).xlsx", content);
        Assert.That((long?)again.Body["alreadyImported"]?["planId"], Is.EqualTo(planId), "the upload already says the file was imported");
        var response = await ActionPlanTracker.Tests.Import.Api.Imports.CommitAsync(Admin, again.Id, again.ETag);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That((response.StatusCode, (bool)body["planCreated"]!, (long)body["planId"]!), Is.EqualTo((System.Net.HttpStatusCode.OK, false, planId)));
        Assert.That((await GridAsync(planId)).ToJsonString(), Is.EqualTo(gridBefore), "the plan is as it was");
        Assert.That((await GetAsync("/api/plans")).ToJsonString(), Is.EqualTo(plansBefore), "no plan was added");
    }

    private static async Task ReadBackAsync(Pending import, long planId, string version = "Version 4.1")
    {
        var grid = await GridAsync(planId);
        var reviews = ReviewIds(grid);

        Assert.That((string)grid["plan"]!["title"]!, Is.EqualTo(Title));
        Assert.That(ActionPlanTracker.Tests.Api.Shapes.Reads.Items(grid).Select(i => (string)i["text"]!), Has.None.Contains("indicator").IgnoreCase.And.None.Contains("screened within 24 hours\n"),
            "the KPI sheet beside the plan is not read as items");
        Assert.That(ActionPlanTracker.Tests.Api.Shapes.Reads.Items(grid).Count(), Is.EqualTo(3 + 4 + 9), "3 priorities, 4 actions, 9 measures and nothing else");
        Assert.That((string?)grid["plan"]!["planVersion"], Is.EqualTo(version));
        Assert.That(((string)grid["plan"]!["leadHeading"]!, (string)grid["plan"]!["ownerHeading"]!), Is.EqualTo(("Lead", "Responsible officer")));
        // Bare numbers do not say which end is good, so the proposal is a scale of the numbers seen with its direction not
        // stated, rather than the built-in progress scale's direction and meanings taken on a guess (docs/import.md).
        Assert.That(((string)grid["scale"]!["name"]!, (bool?)grid["scale"]!["higherIsBetter"]), Is.EqualTo(("Scores 1 to 4 (from the imported plan)", (bool?)null)));
        Assert.That(grid["reviews"]!.AsArray().Select(r => ((string)r!["label"]!, (string?)r["reviewDate"])),
            Is.EqualTo(Reviews.Select(r => (r, (string?)null))), "four reviews known by their labels only: no date is made up");

        Assert.That(ItemsOf(grid, "priority").Select(p => ((string?)p["number"], (string)p["text"]!, (string?)p["outcomeStatement"])), Is.EqualTo(new[]
        {
            ((string?)"1", "Children and families get the right help at the right time", (string?)"Families are helped before problems escalate"),
            ("2", "Children in care live in stable homes close to their communities", "Children in care have a stable home"),
            ("3", "Young people leaving care are ready for adult life", "Care leavers live in suitable homes and are in work, education or training"),
        }));

        var actions = ItemsOf(grid, "action");
        Assert.That(actions.Select(a => $"{a["number"]} | {string.Join(" | ", Show(Shown(a)))} | {a["sourceReference"]}"), Is.EqualTo(new[]
        {
            "1.1 | Open an early help hub with police and health partners |  |  | (none) | ",
            "1.2 | Strengthen management oversight of early help assessments |  |  | (none) | Ofsted rec 14",
            "2.1 | Recruit more foster carers through a year-long campaign | Harriet Cole (Head of Service, Corporate Parenting) | Femi Adebayo (Fostering Manager) | August 18 & March 2019 | ",
            "3.1 | Give every care leaver a pathway plan written with them |  |  | (none) | ",
        }));

        var measures = ItemsOf(grid, "measure");
        Assert.That(measures.Select(m => ((string)m["reference"]!).Split(" / ")[1]), Is.EqualTo(Measures.Select(m => m.Action)), "each measure under its action");
        Assert.That(measures.Select(m => string.Join(" | ", Show(Shown(m)))), Is.EqualTo(Measures.Select(m => string.Join(" | ", Show((null, m.Text, m.Leads, m.Owners, m.Deadline))))));
        Assert.That(measures.Select(m => (string?)m["number"]), Is.EqualTo(Measures.Select(m => m.Letter)), "the letters a), b) are the measures' numbers");
        Assert.That(measures.Select(m => Scores(m, reviews)), Is.EqualTo(Measures.Select(m => m.Scores)));
        // The update column belongs to the last review, whose "0"s are no score: the update is kept beside it.
        Assert.That(measures.Select(m => (string?)Reads(m, reviews[3])), Is.EqualTo(Measures.Select(m => m.Update)));
        // Measures under a lead merged over the whole action take the action's people and deadline, and say so.
        foreach (var m in measures.Where(m => ((string)m["text"]!).StartsWith('a') || ((string)m["text"]!).StartsWith('b')).Where(m => ((string)m["reference"]!).Contains("2.1")))
            Assert.That(((string?)m["inheritedLeads"]?["from"], (string?)m["inheritedDeadline"]?["deadline"]?["text"]), Is.EqualTo(("action", "August 18 & March 2019")));

        // The averages typed under each priority and under the table are kept as printed, one that disagrees included.
        var printed = new List<(string Review, string? Priority, double Value)>();
        foreach (var (review, label) in reviews.Zip(Reviews))
            foreach (var average in (await GetAsync($"/api/plans/{planId}/reviews/{review}/reported-averages")).AsArray())
                printed.Add((label, ItemsOf(grid, "priority").SingleOrDefault(p => (long)p["id"]! == (long?)average!["priorityId"])?["number"]?.ToString(), (double)average!["value"]!));
        Assert.That(printed, Is.EquivalentTo(new (string, string?, double)[]
        {
            ("RAG initial", "1", 1.8), ("RAG 01/18", "1", 2.5), ("RAG 03/18", "1", 2.8),
            ("RAG initial", "2", 1.5), ("RAG 01/18", "2", 1.7), ("RAG 03/18", "2", 2.3),
            ("RAG initial", "3", 2.5), ("RAG 01/18", "3", 3.0), ("RAG 03/18", "3", 3.5),
            ("RAG initial", null, 1.9), ("RAG 01/18", null, 2.4), ("RAG 03/18", null, 2.9),
        }));
        Assert.That(import.FindingsOf("deadlineQuestion"), Is.Empty, "every deadline was understood; the date cell names its day exactly: " + import.Describe());
        Assert.That(import.FindingsOf("figureDisagrees").Select(f => (string)f["message"]!), Has.Some.Contains("2.8"), import.Describe());
        Assert.That(import.FindingsOf("figureDisagrees").Count(), Is.EqualTo(1), "only priority 1's RAG 03/18 figure disagrees: " + import.Describe());
        var summary = await GetAsync($"/api/plans/{planId}/summary?reviewId={reviews[2]}");
        Assert.That(summary["reportedAverages"]!.AsArray().Where(a => (bool)a!["disagrees"]!).Select(a => ((string)a!["scope"]!, (double)a["printed"]!)),
            Is.EqualTo(new[] { ("Priority 1", 2.8) }));
    }

    private static string? Reads(System.Text.Json.Nodes.JsonNode item, long review) => (string?)ActionPlanTracker.Tests.Api.Shapes.Reads.ScoreIn(item, review)?["narrative"];

    private static string[] Show((string? Number, string Text, string[] Leads, string[] Owners, string? Deadline) row) =>
        [row.Text, string.Join(", ", row.Leads), string.Join(", ", row.Owners), row.Deadline ?? "(none)"];
}
