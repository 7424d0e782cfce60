using ActionPlanTracker.Tests.Import.Files;
using static ActionPlanTracker.Tests.Import.Shapes.Shapes1Api;

namespace ActionPlanTracker.Tests.Import.Shapes;

/// <summary>
/// Layout 3 of domain.md, the peer review plan, as a Word table: a heading paragraph and a key above it, the
/// recommendation cell merged down over its action rows (vMerge), numbers such as "7 (14)" at the start of the
/// recommendation (the review's 14 areas became 11), RAG as a word on every action row, updates with their date at the
/// start (two in one cell, one undated), and leads as initials. Uploaded, committed as proposed, and read back.
/// </summary>
// Commits imports whose new scales are named from the file; another fixture committing the same name at the same time
// would get the 409 that names the clash (by design), so these run alone.
[NonParallelizable]
public sealed class PeerReviewPlanImportTests
{
    private sealed record ActionRow(string Action, string Timeframe, string Rag, string Update, string LeadCell, string[] Leads, string[] Updates);

    private sealed record Recommendation(string Number, string Text, ActionRow[] Actions);

    private static readonly Recommendation[] Plan =
    [
        new("1 (1)", "Develop a shared vision for SEND across education, health and care that every partner owns.",
        [
            new("Co-produce the vision with the parent carer forum", "Sept 16", "COMPLETED",
                "14/09/2016 – Vision agreed at the SEND board and published on the Local Offer.", "JT", ["JT"],
                ["2016-09-14: 14/09/2016 – Vision agreed at the SEND board and published on the Local Offer."]),
            new("Launch the vision at the schools' conference", "Oct 16", "GREEN", "03/10/2016 - Conference booked for 20 October.", "JT / MP",
                ["JT", "MP"], ["2016-10-03: 03/10/2016 - Conference booked for 20 October."]),
        ]),
        new("2 (4)", "Improve the timeliness of EHC needs assessments so that far more are completed within 20 weeks.",
        [
            new("Weekly tracker of every open assessment, reviewed by the SEND manager", "Ongoing", "AMBER",
                "30/09/2016 – 58% completed within 20 weeks in September (target 90%).\n12/10/2016 – Two more coordinators started.", "SB", ["SB"],
                ["2016-09-30: 30/09/2016 – 58% completed within 20 weeks in September (target 90%).", "2016-10-12: 12/10/2016 – Two more coordinators started."]),
            new("Agree an escalation route with health for late advice", "Dec 16", "AMBER", "", "SB & KM", ["SB", "KM"], []),
            new("Report timeliness to the SEND board every month", "Monthly", "GREEN", "Report presented in September.", "SB", ["SB"],
                ["undated: Report presented in September."]),
        ]),
        new("7 (14)", "Strengthen the voice of children and young people in their plans and in reviewing services.",
        [
            new("Young people's panel to review the EHC plan template", "Jan-17", "AMBER",
                "05/10/2016 - First panel held; six young people took part.", "KM", ["KM"], ["2016-10-05: 05/10/2016 - First panel held; six young people took part."]),
        ]),
    ];

    private static byte[] Document(string updated = "21 October 2016") => new WordBuilder()
        .Heading("Local Area SEND Peer Review: Improvement Plan")
        .Paragraph($"Updated {updated}. RAG: GREEN on track, AMBER some slippage, COMPLETED done.")
        .Table(table =>
        {
            table.Row("Recommendation", "Actions", "Timeframe", "RAG", "Update", "Lead");
            foreach (var recommendation in Plan)
                for (var i = 0; i < recommendation.Actions.Length; i++)
                {
                    var action = recommendation.Actions[i];
                    var first = WordCell.Of($"{recommendation.Number} {recommendation.Text}");
                    table.Row(i == 0 ? (recommendation.Actions.Length > 1 ? first.MergedDown() : first) : WordCell.Continued(),
                        action.Action, action.Timeframe, action.Rag, action.Update, action.LeadCell);
                }
        })
        .Build();

    [Test]
    public async Task Every_recommendation_action_rag_word_update_and_lead_is_read_back_as_the_table_wrote_it()
    {
        var import = await UploadAsync("SEND peer review plan.docx", Document());
        var plan = await ReadBackAsync((await CommitAsync(import)).PlanId);
        var said = import.Said;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Numbered("recommendation"), Is.EqualTo(Plan.Select(r => $"{r.Number}: {r.Text}")), said);
            Assert.That(plan.ReviewLabels, Is.EqualTo(new[] { "RAG" }), said);
            foreach (var recommendation in Plan)
            {
                var item = plan.Items("recommendation").SingleOrDefault(i => (string?)i["number"] == recommendation.Number);
                if (item is null) continue;
                var actions = item["children"]!.AsArray().Select(a => a!).ToList();
                Assert.That(actions.Select(a => (string)a["text"]!), Is.EqualTo(recommendation.Actions.Select(a => a.Action)),
                    $"{recommendation.Number}'s actions\n{said}");
                foreach (var (action, row) in actions.Zip(recommendation.Actions))
                {
                    var at = $"{recommendation.Number} / {row.Action}";
                    Assert.That((string?)action["number"], Is.Null, $"{at} is unnumbered in the table");
                    Assert.That(PlanReadBack.Deadline(action), Is.EqualTo(row.Timeframe), at);
                    Assert.That(PlanReadBack.People(action["leads"]), Is.EqualTo(row.Leads), $"{at}'s leads\n{said}");
                    var score = action["scores"]!.AsArray().SingleOrDefault();
                    Assert.That(((string?)score?["label"])?.ToUpperInvariant(), Is.EqualTo(row.Rag), $"{at}'s RAG\n{said}");
                    Assert.That(UpdatesOf(plan, action), Is.EqualTo(row.Updates), $"{at}'s updates\n{said}");
                    if (row.Rag == "COMPLETED")
                        Assert.That((bool?)score?["completeAsPrinted"], Is.True, $"{at} was printed complete before the tracker, so needs no evidence");
                }
            }
        }
    }

    [Test]
    public async Task The_rag_words_are_a_scale_where_higher_is_better_and_completed_means_complete()
    {
        var import = await UploadAsync("SEND peer review plan (scale).docx", Document("4 November 2016"));
        var plan = await ReadBackAsync((await CommitAsync(import)).PlanId);
        var levels = plan.Scale["levels"]!.AsArray().Select(l => l!).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((bool?)plan.Scale["higherIsBetter"], Is.True, import.Said);
            var completed = levels.Where(l => ((string)l["label"]!).Equals("Completed", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.That(completed.Select(l => (bool)l["meansComplete"]!), Is.EqualTo(new[] { true }));
            var order = levels.Select(l => ((string)l["label"]!).ToUpperInvariant()).Where(l => l is "AMBER" or "GREEN" or "COMPLETED");
            Assert.That(order, Is.EqualTo(new[] { "AMBER", "GREEN", "COMPLETED" }), "worst first");
        }
    }

    /// <summary>
    /// An item's updates as "date: text", from its scores' narratives and then its update log. An update keeps its text as
    /// printed, date and all, beside the date read from it; several dated notes in one cell become log entries, one each.
    /// </summary>
    private static IEnumerable<string> UpdatesOf(PlanReadBack plan, System.Text.Json.Nodes.JsonNode item) =>
        item["scores"]!.AsArray().Where(s => !string.IsNullOrEmpty((string?)s!["narrative"]))
            .Select(s => $"{(string?)s!["narrativeDate"] ?? "undated"}: {(string)s["narrative"]!}")
            .Concat(plan.LogOf(item));
}
