using System.Globalization;

namespace ActionPlanTracker.Bench.Generator;

/// <summary>
/// The whole plan decided up front from one seed, so requests can go out in parallel and every run stores the same plan.
/// It is shaped like the councils' post-inspection plans: a few senior leads, deadlines written in several ways,
/// updates of a few sentences, scores that mostly climb, gaps where an update was not given, the odd override.
/// </summary>
public sealed record PlanShape(
    IReadOnlyList<PlanShape.Person> People,
    IReadOnlyList<PlanShape.Recommendation> Recommendations,
    IReadOnlyList<PlanShape.Action> Actions,
    IReadOnlyList<PlanShape.Review> Reviews,
    IReadOnlyList<PlanShape.Score> Scores)
{
    public sealed record Person(string Name, string JobTitle);
    public sealed record Recommendation(string Number, string Text, string JudgementArea, string SourceParagraphs, string? DeadlineText, int[] Leads);
    public sealed record Action(int Recommendation, int Position, string Code, string Description, string? SourceReference,
        int Lead, int Responsible, int[] Owners, string? DeadlineText);
    public sealed record Review(string Label, DateOnly Date);
    public sealed record Score(int Review, int Action, int? Level, string? Narrative, string? RecordedAs, DateOnly? NarrativeDate, Override? Override);
    public sealed record Override(string Direction, string Reason);

    public static PlanShape Create(Options options, DateOnly today)
    {
        var rng = new Random(options.Seed);
        var people = Enumerable.Range(0, options.People)
            .Select(i => new Person($"{FirstNames[i % FirstNames.Length]} {Surnames[(i * 7 + i / FirstNames.Length) % Surnames.Length]}",
                JobTitles[i % JobTitles.Length]))
            .ToList();
        // The first quarter of the people are the senior leaders who lead recommendations.
        var seniors = Math.Max(2, options.People / 4);

        var recommendations = new List<Recommendation>();
        var actions = new List<Action>();
        for (var r = 0; r < options.Recommendations; r++)
        {
            var leads = Distinct(rng, rng.Next(1, 3), seniors);
            recommendations.Add(new Recommendation((r + 1).ToString(CultureInfo.InvariantCulture),
                Prose.Recommendation(rng), Pick(rng, JudgementAreas), $"{rng.Next(5, 40)}, {rng.Next(41, 90)}",
                rng.NextDouble() < 0.3 ? null : Pick(rng, Deadlines), leads));
            for (var a = 0; a < options.Actions; a++)
                actions.Add(new Action(r, a + 1, ((char)('A' + a)).ToString(), Prose.Action(rng),
                    rng.NextDouble() < 0.2 ? $"Ofsted rec {rng.Next(1, 15)}" : null,
                    rng.Next(options.People), rng.Next(options.People), Distinct(rng, rng.Next(1, 4), options.People),
                    rng.NextDouble() < 0.3 ? null : Pick(rng, Deadlines)));
        }

        // Monthly reviews ending this month, as a board that meets monthly would have them.
        var reviews = Enumerable.Range(0, options.Reviews)
            .Select(k => today.AddMonths(k - (options.Reviews - 1)))
            .Select(d => new Review($"RAG {d:MMM yyyy}", d))
            .ToList();

        var scores = new List<Score>();
        for (var a = 0; a < actions.Count; a++)
        {
            var level = rng.Next(1, 3);
            string? previous = null;
            for (var k = 0; k < reviews.Count; k++)
            {
                var roll = rng.NextDouble();
                level = Math.Clamp(level + (roll < 0.25 ? 1 : roll > 0.92 ? -1 : 0), 1, 5);
                // No row at all: the item was not reported on (more often in the review still open).
                if (rng.NextDouble() < (k == reviews.Count - 1 ? 0.15 : 0.05)) continue;
                var date = reviews[k].Date.AddDays(-rng.Next(1, 10));
                if (rng.NextDouble() < 0.03)
                {
                    scores.Add(new Score(k, a, null, null, "update not available", null, null));
                    continue;
                }
                var kind = rng.NextDouble();
                // Most updates are new; some are copied forward from the last review (the grid flags those as stale); a few are blank.
                var narrative = kind < 0.75 ? Prose.Update(rng) : kind < 0.9 ? previous : null;
                previous = narrative ?? previous;
                var over = narrative is not null && rng.NextDouble() < 0.004
                    ? new Override(Pick(rng, ["improving", "maintained", "declining"]), Pick(rng, OverrideReasons))
                    : null;
                scores.Add(new Score(k, a, level, narrative, null, narrative is null ? null : date, over));
            }
        }
        return new PlanShape(people, recommendations, actions, reviews, scores);
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> from) => from[rng.Next(from.Count)];

    private static int[] Distinct(Random rng, int count, int outOf) =>
        Enumerable.Range(0, outOf).OrderBy(_ => rng.Next()).Take(Math.Min(count, outOf)).ToArray();

    private static readonly string[] FirstNames =
        ["Dana", "Priya", "Tom", "Aisha", "Gareth", "Helen", "Marcus", "Siobhan", "Kwame", "Ruth", "Imran", "Bethan", "Oliver", "Yetunde", "Chris", "Fiona"];
    private static readonly string[] Surnames =
        ["Whitfield", "Okafor", "Jenkins", "Patel", "Morgan", "Hughes", "Clarke", "O'Neill", "Mensah", "Davies", "Khan", "Roberts", "Shaw", "Adeyemi", "Lloyd", "Fraser", "Nolan"];
    private static readonly string[] JobTitles =
        ["Director of Children's Services", "Head of Service, Safeguarding", "Head of Service, Children in Care", "Principal Social Worker",
         "Service Manager, Front Door", "Team Manager, Assessment", "Quality Assurance Manager", "Performance Lead", "Workforce Development Manager",
         "Team Manager, Care Leavers"];
    private static readonly string[] JudgementAreas =
        ["Help and protection", "Children in care", "Care leavers", "Leadership and management"];

    // Deadlines as plans write them: dates, month-years, ranges, status words, and some the parser must flag.
    private static readonly string[] Deadlines =
        ["31 March 2026", "Mar-27", "June - Dec 26", "Ongoing - ends Sept 2027", "15/12/2026", "reviewed monthly", "Sept 26",
         "2026/27", "December 2026 & March 2027", "Review in September 2027", "30/06/2025", "Jan-26", "end of Q3"];

    private static readonly string[] OverrideReasons =
        ["The score has not moved but the audit in the last month shows clear improvement in practice.",
         "New service manager in post; the board judged the trend from the performance clinic rather than the score.",
         "Scores held up by one team; the rest of the service has fallen back since the last review."];
}

/// <summary>Text of the lengths councils write (100 to 400 characters), put together from sentences typical of their plans.</summary>
public static class Prose
{
    public static string Recommendation(Random rng) =>
        Compose(rng, $"Improve the {Pick(rng, Areas)} so that {Pick(rng, Outcomes)}.", RecommendationMore);

    public static string Action(Random rng) =>
        Compose(rng, $"{Pick(rng, ActionVerbs)} {Pick(rng, Areas)}.", ActionMore);

    public static string Update(Random rng) => Compose(rng, Pick(rng, Updates), Updates);

    // Sentences are added until the text reaches a length drawn between 100 and 400, then cut back at a word if it ran over.
    private static string Compose(Random rng, string first, IReadOnlyList<string> more)
    {
        var target = rng.Next(100, 401);
        var text = Fill(rng, first);
        while (text.Length < target) text += " " + Fill(rng, Pick(rng, more));
        if (text.Length <= 400) return text;
        var cut = text.LastIndexOf(' ', 398);
        return text[..cut].TrimEnd(',', ';', ' ') + ".";
    }

    private static string Fill(Random rng, string sentence) => sentence
        .Replace("{n}", rng.Next(12, 60).ToString(CultureInfo.InvariantCulture))
        .Replace("{m}", rng.Next(3, 12).ToString(CultureInfo.InvariantCulture))
        .Replace("{p}", rng.Next(55, 99).ToString(CultureInfo.InvariantCulture))
        .Replace("{month}", Pick(rng, Months));

    private static string Pick(Random rng, IReadOnlyList<string> from) => from[rng.Next(from.Count)];

    private static readonly string[] Months = ["January", "March", "April", "June", "September", "October", "November"];

    private static readonly string[] Areas =
        ["quality and timeliness of assessments", "management oversight and supervision of frontline practice",
         "response to children who go missing from home or care", "quality of plans for children in need",
         "use of performance information by senior leaders", "sufficiency of placements for children in care",
         "support for care leavers to find suitable accommodation", "application of thresholds at the front door",
         "recording of the child's voice and lived experience", "pre-proceedings work under the Public Law Outline"];

    private static readonly string[] Outcomes =
        ["children's needs and risks are understood and acted on without delay",
         "plans are specific, measurable and reviewed at the right frequency",
         "leaders know the quality of practice and act on what they find",
         "children are seen, and seen alone, within timescales that match their needs"];

    private static readonly string[] RecommendationMore =
        ["Leaders should make sure that this is consistent across all teams.",
         "This includes the recording of management decisions and their rationale on the child's file.",
         "Partner agencies should be involved in agreeing the standard and in checking that it is met.",
         "Progress should be reported to the improvement board each month with evidence from audits."];

    private static readonly string[] ActionVerbs =
        ["Audit {n} case files a month to check the", "Train all team managers in the", "Publish a practice standard for the",
         "Introduce a weekly performance clinic on the", "Recruit {m} permanent social workers to strengthen the", "Review and relaunch the"];

    private static readonly string[] ActionMore =
        ["Findings go to the practice improvement group and the themes to the next all-staff briefing.",
         "Team managers record the outcome on the child's file within five working days.",
         "The principal social worker reports compliance to the improvement board.",
         "Measured by the monthly audit programme and the performance scorecard."];

    private static readonly string[] Updates =
        ["Audit of {n} case files in {month} found {m} graded requires improvement; themes fed back at the practice week.",
         "Supervision compliance is {p}% against a target of 90%, with two teams below target because of agency turnover.",
         "The practice standard was relaunched at the {month} all-staff event and is now on the intranet.",
         "Recruitment to {m} social worker posts is under way; {m} agency workers remain in the assessment service.",
         "Performance clinic in {month} reviewed timeliness with team managers; assessments in 45 days at {p}%.",
         "Training for {n} practitioners completed; evaluation shows improved confidence in analysing risk.",
         "Delay caused by the case management system upgrade, now resolved.",
         "Partner agencies signed off the revised threshold document in {month}.",
         "Dip sample of {n} strategy discussions showed police attendance in all but {m}.",
         "Evidence of impact is still limited; the next audit is planned for {month}.",
         "Head of service to bring a revised timeline for this action to the next board.",
         "Risk: capacity in the front door team while {m} posts are vacant."];
}
