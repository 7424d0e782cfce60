using System.Net;

namespace ActionPlanTracker.Tests.Api.Deadlines;

public sealed class DeadlineTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private async Task<DeadlineDto> UnderstandAsync(string text) =>
        await (await client.GetAsync($"/api/deadlines/understand?text={Uri.EscapeDataString(text)}")).ReadAsync<DeadlineDto>();

    [Test]
    public async Task The_tracker_shows_what_it_understands_from_a_deadline_as_written()
    {
        var range = await UnderstandAsync("June - Dec 16");
        Assert.That((range.Text, range.DueFrom, range.DueBy, range.State, range.Problems.Count),
            Is.EqualTo(("June - Dec 16", (DateOnly?)new DateOnly(2016, 6, 1), (DateOnly?)new DateOnly(2016, 12, 31), "none", 0)));

        var two = await UnderstandAsync("August 16 & March 2017");
        Assert.That(two.DueDates, Is.EqualTo(new[] { new DateOnly(2016, 8, 31), new DateOnly(2017, 3, 31) }));
        Assert.That(two.DueBy, Is.EqualTo(new DateOnly(2017, 3, 31)));

        var review = await UnderstandAsync("Review in September 2022");
        Assert.That((review.State, review.DueBy), Is.EqualTo(("reviewBy", (DateOnly?)new DateOnly(2022, 9, 30))));
    }

    [Test]
    public async Task A_date_read_day_first_is_noted_and_one_without_a_year_is_a_problem_not_a_guess()
    {
        var dayFirst = await UnderstandAsync("01/02/2018");
        Assert.That(dayFirst.DueBy, Is.EqualTo(new DateOnly(2018, 2, 1)));
        Assert.That(dayFirst.Notes, Is.Not.Empty);

        var noYear = await UnderstandAsync("Jun");
        Assert.That((noYear.DueBy, noYear.DueDates.Count), Is.EqualTo(((DateOnly?)null, 0)));
        Assert.That(noYear.Problems, Is.Not.Empty);
    }

    [Test]
    public async Task A_date_whose_day_and_month_order_is_not_certain_is_shown_to_confirm()
    {
        var ambiguous = await UnderstandAsync("01/02/2018");
        Assert.That((ambiguous.DueBy, ambiguous.Problems.Count), Is.EqualTo(((DateOnly?)new DateOnly(2018, 2, 1), 0)), "read day first, as before");
        Assert.That(ambiguous.ToConfirm, Is.EqualTo(new[]
        {
            "\"01/02/2018\" could be 1 February 2018 (day first) or 2 January 2018 (month first); it was read day first, the UK default.",
        }));

        var monthFirst = await UnderstandAsync("01/16/2018");
        Assert.That(monthFirst.DueBy, Is.EqualTo(new DateOnly(2018, 1, 16)));
        Assert.That(monthFirst.ToConfirm, Is.EqualTo(new[]
        {
            "\"01/16/2018\" only reads month first, as 16 January 2018, which is not the UK way round; check that date was meant.",
        }));

        Assert.That((await UnderstandAsync("25/12/2017")).ToConfirm, Is.Empty, "a date that reads only one way needs no confirming");
    }

    [Test]
    public async Task A_deadline_in_another_scripts_digits_is_read_as_the_same_date_and_noted()
    {
        var arabic = await UnderstandAsync("٣١/١٢/٢٠١٧");
        Assert.That((arabic.Text, arabic.DueBy, arabic.Problems.Count), Is.EqualTo(("٣١/١٢/٢٠١٧", (DateOnly?)new DateOnly(2017, 12, 31), 0)));
        Assert.That(arabic.Notes, Is.EqualTo(new[] { "Read digits of another script as 0 to 9: \"٣١/١٢/٢٠١٧\" as \"31/12/2017\"." }));

        var noPlansYear = await UnderstandAsync("Dec ٠٠٠٠");
        Assert.That((noPlansYear.DueBy, noPlansYear.Problems), Is.EqualTo(((DateOnly?)null,
            new List<string> { "\"Dec 0000\" is not a date a plan could mean: its year is outside 1900 to 2200, so no date was taken from it." })));
    }

    [Test]
    public async Task Understanding_a_deadline_needs_some_text_and_not_too_much()
    {
        var missing = await client.GetAsync("/api/deadlines/understand");
        var problem = await missing.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "text" }));
        Assert.That(problem.ReasonFor("text"), Is.EqualTo("Enter a deadline as it is written, for example \"Sept 16 / ongoing\"."));

        var oversized = await client.GetAsync($"/api/deadlines/understand?text={new string('x', 501)}");
        Assert.That((await oversized.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "text" }));
    }

    [Test]
    public async Task An_items_deadline_is_understood_on_every_read_from_the_words_stored()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId, deadlineText: "Ongoing - ends Sept 2022");
        var actionId = await Arrange.ActionAsync(client, planId, recommendationId: recommendationId, deadlineText: "Sept 16 / ongoing");
        var undated = await Arrange.ActionAsync(client, planId, recommendationId: recommendationId, code: "B", deadlineText: "  ");

        var recommendation = await (await client.GetAsync($"/api/plans/{planId}/recommendations/{recommendationId}")).ReadAsync<Item>();
        Assert.That((recommendation.Deadline!.State, recommendation.Deadline.DueBy),
            Is.EqualTo(("ongoing", (DateOnly?)new DateOnly(2022, 9, 30))));
        var actions = await (await client.GetAsync($"/api/plans/{planId}/actions")).ReadAsync<List<Item>>();
        var action = actions.Single(a => a.Id == actionId);
        Assert.That(action.Deadline, Is.EqualTo(await UnderstandAsync("Sept 16 / ongoing")).UsingPropertiesComparer(),
            "the item shows exactly what the preview shows");
        Assert.That((action.Deadline!.State, action.Deadline.DueBy), Is.EqualTo(("ongoing", (DateOnly?)new DateOnly(2016, 9, 30))));
        Assert.That(actions.Single(a => a.Id == undated).Deadline, Is.Null, "a blank deadline is no deadline");
    }

    private sealed record Item(long Id, string? DeadlineText, DeadlineDto? Deadline);
}
