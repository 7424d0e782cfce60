using ActionPlanTracker.Tests.Import.Files;
using static ActionPlanTracker.Tests.Import.Shapes.Shapes2Api;

namespace ActionPlanTracker.Tests.Import.Shapes;

/// <summary>
/// Layout 5 of the brief: a Word document holding one table per priority, each priority's heading a paragraph above its
/// table, columns "Ref | Action | Lead | By when | RAG | Update", the RAG written as a word on a shaded cell.
/// </summary>
// Commits imports whose new scales are named from the file; another fixture committing the same name at the same time
// would get the 409 that names the clash (by design), so these run alone.
[NonParallelizable]
public sealed class WordPriorityTablesTests
{
    private static readonly string[] Header = ["Ref", "Action", "Lead", "By when", "RAG", "Update"];

    public static byte[] Document(string year = "2018") => new WordBuilder()
        .Heading($"Children's Social Care Improvement Plan {year}")
        .Paragraph("Progress at 30 April 2018, for the Improvement Board.")
        .Heading("Priority 1: Children at risk of harm are identified and protected quickly")
        .Table(t => t
            .Row(Header)
            .Row("1.1", "Agree new MASH thresholds with police and health", "Imran Shah, Head of MASH", "Mar-18",
                WordCell.Of("Green").Shaded("92D050"), "Thresholds agreed at the partnership board in February.")
            .Row("1.2", "Audit 20 strategy discussions a month", "Head of Safeguarding", "Ongoing", WordCell.Of("Amber").Shaded("FFCC00"),
                "April audit: police attended 14 of 20.\nFollow-up with police leads booked."))
        .EmptyParagraph()
        .Heading("Priority 2: Children in care live in stable homes")
        .Table(t => t
            .Row(Header)
            .Row("2.1", "Place every child with a sibling group together unless assessed otherwise", "Nadia Quinn (Head of Service)", "Sept 18",
                WordCell.Of("Red").Shaded("FF0000"), "Sibling assessment template still in draft.")
            .Row("2.2", "Hold a stability meeting for every child with two moves in a year", "Nadia Quinn (Head of Service)\nTomasz Nowak",
                "June - Dec 18", WordCell.Of("Completed").Shaded("00B0F0"), "Stability meetings held for all 12 children.")
            .Row("", "Report stability figures to the corporate parenting panel each quarter", "Head of Service, Children Looked After", "Quarterly",
                WordCell.Of("Green").Shaded("92D050"), "Reported in January and April."))
        .EmptyParagraph()
        .Table(t => t
            .Row(WordCell.Of("Priority 3: Care leavers are ready for adult life").Spanning(6))
            .Row(Header)
            .Row("3.1", "Give every care leaver a pathway plan written with them", "Ruth Ellison, Head of Service", "31/07/2018",
                WordCell.Of("Amber").Shaded("FFCC00"), "82% up to date in April."))
        .Build();

    [Test]
    public async Task A_word_document_with_a_table_per_priority_is_held_as_written_with_the_proposed_mapping()
    {
        var import = await UploadAsync("Improvement plan April 2018.docx", Document());
        TestContext.Out.WriteLine(import.Mapping.ToJsonString());
        TestContext.Out.WriteLine(import.Describe());

        var planId = await CommitAsync(import);
        var grid = await GridAsync(planId);
        var reviews = ReviewIds(grid);

        Assert.That((string)grid["plan"]!["title"]!, Is.EqualTo("Children's Social Care Improvement Plan 2018"), "the document's title paragraph");
        Assert.That(grid["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(new[] { "RAG" }));
        Assert.That(ItemsOf(grid, "priority").Select(p => ((string?)p["number"], (string)p["text"]!)), Is.EqualTo(new[]
        {
            ((string?)"1", "Children at risk of harm are identified and protected quickly"), ("2", "Children in care live in stable homes"),
            ("3", "Care leavers are ready for adult life"),
        }));
        var actions = ItemsOf(grid, "action");
        Assert.That(actions.Select(a => $"{a["reference"]} | {a["text"]} | {string.Join(", ", People(a["leads"]))} | {a["deadline"]?["text"]}"), Is.EqualTo(new[]
        {
            "1 / 1.1 | Agree new MASH thresholds with police and health | Imran Shah (Head of MASH) | Mar-18",
            "1 / 1.2 | Audit 20 strategy discussions a month | (Head of Safeguarding) | Ongoing",
            "2 / 2.1 | Place every child with a sibling group together unless assessed otherwise | Nadia Quinn (Head of Service) | Sept 18",
            "2 / 2.2 | Hold a stability meeting for every child with two moves in a year | Nadia Quinn (Head of Service), Tomasz Nowak | June - Dec 18",
            "2 | Report stability figures to the corporate parenting panel each quarter | (Head of Service, Children Looked After) | Quarterly",
            "3 / 3.1 | Give every care leaver a pathway plan written with them | Ruth Ellison (Head of Service) | 31/07/2018",
        }), "an action printed without a Ref stays unnumbered: no number is made up");
        Assert.That(actions.Select(a => Scores(a, reviews)[0]), Is.EqualTo(new[] { "3", "2", "1", "4", "3", "2" }), "on the RAG words scale: Red 1 to Completed 4");
        Assert.That(actions.Select(a => (string?)ActionPlanTracker.Tests.Api.Shapes.Reads.ScoreIn(a, reviews[0])?["narrative"]), Is.EqualTo(new[]
        {
            "Thresholds agreed at the partnership board in February.", "April audit: police attended 14 of 20.\nFollow-up with police leads booked.",
            "Sibling assessment template still in draft.", "Stability meetings held for all 12 children.",
            "Reported in January and April.", "82% up to date in April.",
        }));
        var completed = ActionPlanTracker.Tests.Api.Shapes.Reads.ScoreIn(actions[3], reviews[0])!;
        Assert.That(((bool)completed["completeAsPrinted"]!, (string?)completed["sourceDocument"]), Is.EqualTo((true, "Improvement plan April 2018.docx")),
            "a completion printed in the file is complete as printed, needing no sign-off");
    }
}
