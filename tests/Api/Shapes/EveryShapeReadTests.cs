using System.Net;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>
/// All five shapes at once, read every way a screen, a report or an integration reads them: nothing a real plan holds
/// (or leaves out) may give a server error.
/// </summary>
public sealed class EveryShapeReadTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Improvement Team Loader");

    private sealed record Shape(string Name, long PlanId, long[] Reviews, string[] ReviewDates, long PersonId, string PersonName, long[] TheirItems);

    [Test]
    public async Task No_field_of_any_shape_gives_a_server_error_on_any_read()
    {
        var loader = new Loader(client);
        var inspection = await InspectionRecommendationPlan.LoadAsync(loader);
        var development = await ServiceDevelopmentPlan.LoadAsync(loader);
        var peer = await PeerReviewPlan.LoadAsync(loader);
        var campaign = await CampaignPlan.LoadAsync(loader);
        var hmip = await InspectorateRecommendationList.LoadAsync(loader);
        Shape[] shapes =
        [
            new("inspection recommendation plan", inspection.PlanId, [inspection.SeptemberReview, inspection.NovemberReview], ["2026-09-21", "2026-11-16"],
                inspection.Marion, "Marion Keane", [inspection.R1, inspection.R3]),
            new("service development plan", development.PlanId, [development.InitialReview, development.MayReview, development.SeptemberReview, development.NovemberReview], [],
                development.Priya, "Priya Raman", [development.Measure1, development.Measure2, development.Measure3]),
            new("peer review plan", peer.PlanId, [peer.JuneReview, peer.OctoberReview], ["2026-06-24", "2026-10-21"], peer.JT, "JT", [peer.R1, peer.R9]),
            new("campaign plan", campaign.PlanId, [campaign.SeptemberReview, campaign.NovemberReview], ["2026-09-30", "2026-11-18"],
                campaign.Nadia, "Nadia Flynn", [campaign.CampaignAction, campaign.EnquiriesAction]),
            new("inspectorate recommendation list", hmip.PlanId, [hmip.JulyReview, hmip.OctoberReview], ["2026-07-15", "2026-10-14"],
                hmip.HeadOfYouthJustice, "Carys Pugh", [hmip.R1, hmip.R2, hmip.R7, hmip.R8]),
        ];
        var errorsLoggedBefore = TrackerApp.Factory.LogLines.Count(IsError);
        var serverErrors = new List<string>();

        async Task<HttpResponseMessage> Read(string url)
        {
            var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500) serverErrors.Add($"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response;
        }

        foreach (var shape in shapes)
        {
            var p = $"/api/plans/{shape.PlanId}";
            // Before the first review, between reviews, on each review's day, today, and the ends of the range allowed.
            string[] asOfDates = ["1990-01-01", "2026-01-01", .. shape.ReviewDates, "2026-11-23", "2100-12-31"];
            var reviewQueries = shape.Reviews.Select(r => $"?reviewId={r}").ToList();

            foreach (var url in new[] { p, $"{p}/grid", $"{p}/summary", $"{p}/inspection-coverage", $"{p}/recommendations", $"{p}/actions",
                         $"{p}/priorities", $"{p}/reviews", $"{p}/printed-figures", $"{p}/audit" }
                         .Concat(asOfDates.Select(d => $"{p}/grid?asOf={d}"))
                         .Concat(asOfDates.Select(d => $"{p}/summary?asOf={d}"))
                         .Concat(reviewQueries.Select(q => $"{p}/summary{q}"))
                         .Concat(shape.Reviews.SelectMany(r => new[] { $"{p}/reviews/{r}/scores", $"{p}/reviews/{r}/reported-averages", $"{p}/printed-figures?reviewId={r}" })))
                Assert.That((await Read(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{shape.Name}: GET {url}");

            // A review asked for as of a date before it was held is refused by name, never a server error.
            foreach (var review in shape.Reviews)
                foreach (var date in asOfDates)
                    Assert.That((await Read($"{p}/summary?reviewId={review}&asOf={date}")).StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.BadRequest),
                        $"{shape.Name}: the summary of review {review} as of {date}");

            // Every item's own trail and update log.
            var grid = await Reads.GetAsync(client, $"{p}/grid");
            foreach (var item in Reads.Items(grid))
            {
                var (kind, id) = ((string)item["kind"]!, (long)item["id"]!);
                Assert.That((await Read($"{p}/items/{kind}/{id}/audit")).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{shape.Name}: the trail of {kind} {id}");
                if (kind != "priority")
                    Assert.That((await Read($"{p}/items/{kind}/{id}/updates")).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{shape.Name}: the log of {kind} {id}");
            }

            // Every report format, at every review and as of every date, opens and never prints "null".
            foreach (var query in new[] { "" }.Concat(reviewQueries).Concat(asOfDates.Select(d => $"?asOf={d}")))
                (await PrintedReport.ReadAsync(client, shape.PlanId, query)).NoFormatPrintsNull();

            // A manager linked to a person the plan names sees their items in the open review, today and as of a date.
            var manager = TrackerApp.ClientFor($"{shape.PersonName} ({shape.Name})", "manager", shape.PersonId);
            foreach (var query in new[] { "", "?asOf=2026-10-01", "?asOf=2100-12-31" })
            {
                var response = await manager.GetAsync($"/api/my-items{query}");
                if ((int)response.StatusCode >= 500) serverErrors.Add($"my-items{query} for {shape.PersonName}: {await response.Content.ReadAsStringAsync()}");
                var mine = await response.ReadAsync<JsonNode>();
                var plan = mine["plans"]!.AsArray().SingleOrDefault(x => (long)x!["planId"]! == shape.PlanId);
                Assert.That(plan, Is.Not.Null, $"{shape.Name}: {shape.PersonName}'s items{query}");
                Assert.That(plan!["items"]!.AsArray().Select(i => (long)i!["itemId"]!), Is.EquivalentTo(shape.TheirItems), $"{shape.Name}: {shape.PersonName}'s items{query}");
            }
        }

        Assert.That(serverErrors, Is.Empty, string.Join("\n", serverErrors));
        Assert.That(TrackerApp.Factory.LogLines.Count(IsError), Is.EqualTo(errorsLoggedBefore), "the server logged an error while the shapes were read");
    }

    private static bool IsError(string line) => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal);
}
