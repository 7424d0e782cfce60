namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// Shape 4 of docs/domain.md, "Campaign plan": Outcome; Actions; Progress (a running log of dated notes in one cell);
/// Timescales; RAG rating shown only as a cell colour. Outcomes and actions carry no numbers. The progress cell is held
/// as several log entries, one undated; the RAG colour is a level of a red / amber / green scale, with the fill kept
/// as what the sheet showed. Scored at action level. Invented content, in the style of such plans.
///
///   outcome / action (unnumbered)         Campaign board September 2026   Campaign board November 2026   progress log
///   More local families … / summer campaign     amber fill                  green fill                    4 dated notes + 1 undated
///   More local families … / enquiries            green fill                  green fill                    (update in the score)
///   Foster carers stay … / buddies               red fill                    amber fill                    none
/// </summary>
public sealed record CampaignPlan
{
    public const string Title = "Homes for our children: foster carer recruitment campaign";
    public const string September = "Campaign board, September 2026";
    public const string November = "Campaign board, November 2026";
    public const string Outcome1 = "More local families apply to foster";
    public const string Outcome2 = "Foster carers stay with us";
    public const string Campaign = "Run a summer campaign in libraries, GP surgeries and at community events.";
    public const string Enquiries = "Call back every enquiry within two working days.";
    public const string Buddies = "Offer every new foster carer a buddy from the foster carers' association.";
    public const string Green = "#92d050";

    /// <summary>The progress cell of the campaign row, oldest first, as the loader split it: (date or null, note).</summary>
    public static readonly (string? WrittenOn, string Text)[] CampaignLog =
    [
        ("2026-07-14", "Launched at the summer fair: 14 enquiries."),
        ("2026-08-29", "Radio advert ran for two weeks: 9 enquiries."),
        ("2026-10-06", "Library events in four towns: 6 enquiries, 2 initial visits."),
        ("2026-11-10", "Two households approved at fostering panel."),
        (null, "Leaflets to be reprinted with the new allowances."),
    ];

    public required long PlanId { get; init; }
    public required long ScaleId { get; init; }
    public required long Nadia { get; init; }
    public required long O1 { get; init; }
    public required long O2 { get; init; }
    public required long CampaignAction { get; init; }
    public required long EnquiriesAction { get; init; }
    public required long BuddiesAction { get; init; }
    public required long SeptemberReview { get; init; }
    public required long NovemberReview { get; init; }
    public required long[] LogEntries { get; init; }
    public required long GreenUnderOutcome1 { get; init; }

    public static async Task<CampaignPlan> LoadAsync(Loader loader)
    {
        var scaleId = await loader.PostAsync("RAG shown only as a colour", "/api/scales", new
        {
            name = $"Campaign RAG, cell colour {Loader.Tag()}",
            description = "The campaign plan shows its RAG rating only as the cell's fill colour.",
            higherIsBetter = (bool?)true,
            directionNotStated = false,
            levels = new[]
            {
                new { value = 1, label = "Red", meaning = (string?)"Off track.", colour = (string?)"#d4351c", meansComplete = false },
                new { value = 2, label = "Amber", meaning = (string?)"Some slippage.", colour = (string?)"#ffcc00", meansComplete = false },
                new { value = 3, label = "Green", meaning = (string?)"On track.", colour = (string?)Green, meansComplete = false },
            },
        });

        var planId = await loader.PostAsync("plan", "/api/plans", new
        {
            title = Title, sourceType = "Fostering sufficiency campaign", sourceReportDate = (string?)null, overallJudgement = (string?)null,
            planVersion = (string?)null, planDate = "2026-06-01", leadHeading = (string?)null, ownerHeading = (string?)null,
            status = "active", scaleId, groupedByPriority = true, scoreLevel = "action", inspectionId = (long?)null,
        });

        var nadia = await loader.PostAsync("person Nadia Flynn", "/api/people", new { name = "Nadia Flynn", jobTitle = "Fostering Recruitment Officer", email = (string?)null });
        var supervising = await loader.PostAsync("person Supervising Social Work Team Manager", "/api/people",
            new { name = (string?)null, jobTitle = "Supervising Social Work Team Manager", email = (string?)null });

        // Outcomes are printed without numbers: they become unnumbered priorities, kept in order by position.
        async Task<long> Outcome(string title) =>
            await loader.PostAsync($"outcome \"{title}\"", $"/api/plans/{planId}/priorities",
                new { number = (string?)null, title, outcomeStatement = (string?)null, sortOrder = (int?)null });
        var o1 = await Outcome(Outcome1);
        var o2 = await Outcome(Outcome2);

        async Task<long> Action(long priorityId, string text, long[] leads, string timescale) =>
            await loader.PostAsync($"action \"{text}\"", $"/api/plans/{planId}/actions", new
            {
                recommendationId = (long?)null, priorityId, code = (string?)null, description = text, sourceReference = (string?)null,
                leadIds = leads, ownerIds = Array.Empty<long>(), deadlineText = timescale, sortOrder = (int?)null,
            });
        var campaign = await Action(o1, Campaign, [nadia], "Sept 2026 - March 2027");
        var enquiries = await Action(o1, Enquiries, [nadia], "Ongoing");
        // "Jun" has no year: the tracker keeps it and lists it as not understood rather than guessing a year.
        var buddies = await Action(o2, Buddies, [supervising], "Jun");

        async Task<long> Review(string label, string date) =>
            await loader.PostAsync($"review {label}", $"/api/plans/{planId}/reviews",
                new { label, reviewDate = date, reviewer = (string?)null, status = "open", position = (int?)null });
        var september = await Review(September, "2026-09-30");
        var november = await Review(November, "2026-11-18");

        // The sheet had a fill and no words: the level is read from the colour, and the colour is kept as what the sheet said.
        Task Fill(long review, long action, int level, string fill, string? update = null, string? dated = null) =>
            loader.ScoreAsync($"fill {fill} of action {action} in review {review}", planId, review, "actions", action, new
            {
                level, recordedAs = $"{fill} fill", narrative = update, narrativeDate = dated, sourceDocument = (string?)null,
                printedDirection = (string?)null, printedDirectionText = (string?)null,
            });
        await Fill(september, campaign, 2, "#FFCC00");
        await Fill(september, enquiries, 3, "#92D050", "All 23 enquiries called back within two days.", "2026-09-25");
        await Fill(september, buddies, 1, "#D4351C");
        await Fill(november, campaign, 3, "#92D050");
        await Fill(november, enquiries, 3, "#92D050", "All 8 enquiries called back within two days.", "2026-11-12");
        await Fill(november, buddies, 2, "#FFCC00");

        // The progress cell, one note per line, each written for the board that read it; the last line had no date.
        var entries = new List<long>();
        foreach (var (writtenOn, text) in CampaignLog)
            entries.Add(await loader.PostAsync($"progress note \"{text}\"", $"/api/plans/{planId}/items/action/{campaign}/updates", new
            {
                reviewId = writtenOn is null || string.CompareOrdinal(writtenOn, "2026-09-30") > 0 ? november : september,
                writtenOn, text, author = (string?)null, sourceDocument = "Campaign plan, progress column",
            }));

        // November's board report counted the green cells under the first outcome.
        var green = await loader.PostAsync("printed count of green under the first outcome", $"/api/plans/{planId}/printed-figures", new
        {
            reviewId = november, priorityId = (long?)o1, kind = "countAtLevel", level = (int?)3, label = "Green", valueText = "2",
            value = (double?)null, claims = "Actions rated green", source = "Campaign board report, November 2026",
        });

        return new CampaignPlan
        {
            PlanId = planId, ScaleId = scaleId, Nadia = nadia, O1 = o1, O2 = o2, CampaignAction = campaign, EnquiriesAction = enquiries, BuddiesAction = buddies,
            SeptemberReview = september, NovemberReview = november, LogEntries = [.. entries],
            GreenUnderOutcome1 = green,
        };
    }
}
