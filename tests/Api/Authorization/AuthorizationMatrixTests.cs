using System.Net;
using System.Text;
using System.Text.Json;

namespace ActionPlanTracker.Tests.Api.Authorization;

/// <summary>
/// Every endpoint the app maps, found from its endpoint data source, called by anonymous and by each role. The expected
/// outcome of every endpoint is written out below, so an endpoint added without deciding who may call it fails here.
/// Requests use ids that do not exist: a caller who is let in gets a 400 or 404, one who is not gets 401 or 403.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    // People: a person signed in with the session cookie, whatever their role; never an API token (issue 13: a token
    // cannot mint tokens). The matrix's callers use API tokens, so every role is refused with 403.
    private const string People = "people signed in with a session";
    private const string Anyone = "anyone", SignedIn = "signed in", Readers = "readers", Scorers = "scorers", Board = "board", Administrators = "administrators";

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["POST /api/session"] = Anyone, ["DELETE /api/session"] = Anyone, ["GET /api/about"] = Anyone,
        ["GET /api/session/providers"] = Anyone, ["GET /api/session/sso"] = Anyone, ["GET /api/session/sso/complete"] = Anyone,
        ["GET /api/session"] = SignedIn, ["PUT /api/session/password"] = SignedIn,
        ["GET /api/tokens"] = SignedIn, ["POST /api/tokens"] = People, ["DELETE /api/tokens/{tokenId}"] = SignedIn,

        ["GET /api/users"] = Administrators, ["POST /api/users"] = Administrators, ["GET /api/users/{userId}"] = Administrators,
        ["PUT /api/users/{userId}"] = Administrators, ["DELETE /api/users/{userId}"] = Administrators,
        ["PUT /api/users/{userId}/password"] = Administrators, ["DELETE /api/users/{userId}/sessions"] = Administrators,
        ["GET /api/admin/mail/outbox"] = Administrators, ["PUT /api/admin/mail/sending"] = Administrators,
        ["GET /api/admin/mail/reminder-defaults"] = Administrators, ["PUT /api/admin/mail/reminder-defaults"] = Administrators,
        ["GET /api/me/reminders"] = Readers, ["PUT /api/me/reminders"] = Readers,
        ["GET /api/me/calendar-feeds"] = Readers, ["POST /api/me/calendar-feeds"] = Readers, ["DELETE /api/me/calendar-feeds/{feedId}"] = Readers,
        ["GET /api/plans/{planId}/calendar-feeds"] = Board, ["POST /api/plans/{planId}/calendar-feeds"] = Board,
        ["DELETE /api/plans/{planId}/calendar-feeds/{feedId}"] = Board,
        // The feed itself: a calendar program sends no cookie; the secret in the address is the key (unknown: 404).
        ["GET /calendar/{secret}.ics"] = Anyone,

        ["GET /api/people"] = Readers, ["POST /api/people"] = Administrators, ["GET /api/people/{personId}"] = Readers,
        ["PUT /api/people/{personId}"] = Administrators, ["DELETE /api/people/{personId}"] = Administrators,
        ["POST /api/people/{personId}/link"] = Administrators,
        ["GET /api/scales"] = Readers, ["POST /api/scales"] = Administrators, ["GET /api/scales/{scaleId}"] = Readers,
        ["PUT /api/scales/{scaleId}"] = Administrators, ["DELETE /api/scales/{scaleId}"] = Administrators,
        ["GET /api/deadlines/understand"] = Readers,

        ["GET /api/plans"] = Readers, ["POST /api/plans"] = Administrators, ["GET /api/plans/{planId}"] = Readers,
        ["PUT /api/plans/{planId}"] = Board, ["DELETE /api/plans/{planId}"] = Administrators,
        ["GET /api/my-items"] = Scorers,
        ["GET /api/plans/{planId}/grid"] = Readers, ["GET /api/plans/{planId}/summary"] = Readers,
        ["GET /api/plans/{planId}/audit"] = Readers, ["GET /api/audit/{entityType}/{entityId}"] = Readers,
        ["GET /api/plans/{planId}/items/{kind}/{itemId}/audit"] = Readers,
        ["GET /api/plans/{planId}/report"] = Readers, ["GET /api/plans/{planId}/report/docx"] = Readers,
        ["GET /api/plans/{planId}/report/xlsx"] = Readers, ["GET /api/plans/{planId}/report/csv"] = Readers,
        ["GET /api/plans/{planId}/report/scorecard/csv"] = Readers, ["GET /api/plans/{planId}/scorecard"] = Readers,

        ["GET /api/plans/{planId}/priorities"] = Readers, ["POST /api/plans/{planId}/priorities"] = Administrators,
        ["GET /api/plans/{planId}/priorities/{priorityId}"] = Readers, ["PUT /api/plans/{planId}/priorities/{priorityId}"] = Administrators,
        ["DELETE /api/plans/{planId}/priorities/{priorityId}"] = Administrators,
        ["GET /api/plans/{planId}/recommendations"] = Readers, ["POST /api/plans/{planId}/recommendations"] = Administrators,
        ["GET /api/plans/{planId}/recommendations/{recommendationId}"] = Readers,
        ["PUT /api/plans/{planId}/recommendations/{recommendationId}"] = Administrators,
        ["DELETE /api/plans/{planId}/recommendations/{recommendationId}"] = Administrators,
        ["GET /api/plans/{planId}/actions"] = Readers, ["POST /api/plans/{planId}/actions"] = Administrators,
        ["GET /api/plans/{planId}/actions/{actionId}"] = Readers, ["PUT /api/plans/{planId}/actions/{actionId}"] = Administrators,
        ["DELETE /api/plans/{planId}/actions/{actionId}"] = Administrators,
        ["GET /api/plans/{planId}/actions/{actionId}/measures"] = Readers, ["POST /api/plans/{planId}/actions/{actionId}/measures"] = Administrators,
        ["GET /api/plans/{planId}/actions/{actionId}/measures/{measureId}"] = Readers,
        ["PUT /api/plans/{planId}/actions/{actionId}/measures/{measureId}"] = Administrators,
        ["DELETE /api/plans/{planId}/actions/{actionId}/measures/{measureId}"] = Administrators,
        ["GET /api/plans/{planId}/deletions"] = Administrators, ["GET /api/plans/{planId}/deletions/{deletionId}"] = Administrators,
        ["POST /api/plans/{planId}/deletions/{deletionId}/restore"] = Administrators,

        ["GET /api/inspections"] = Readers, ["POST /api/inspections"] = Administrators,
        ["GET /api/inspections/{inspectionId}"] = Readers, ["PUT /api/inspections/{inspectionId}"] = Administrators,
        ["DELETE /api/inspections/{inspectionId}"] = Administrators,
        ["GET /api/inspections/{inspectionId}/recommendations"] = Readers, ["POST /api/inspections/{inspectionId}/recommendations"] = Administrators,
        ["GET /api/inspections/{inspectionId}/recommendations/{recommendationId}"] = Readers,
        ["PUT /api/inspections/{inspectionId}/recommendations/{recommendationId}"] = Administrators,
        ["DELETE /api/inspections/{inspectionId}/recommendations/{recommendationId}"] = Administrators,
        ["PUT /api/inspections/{inspectionId}/recommendations/{recommendationId}/links"] = Administrators,
        ["GET /api/inspections/{inspectionId}/coverage"] = Readers, ["GET /api/plans/{planId}/inspection-coverage"] = Readers,

        ["GET /api/plans/{planId}/reviews"] = Readers, ["POST /api/plans/{planId}/reviews"] = Board,
        ["GET /api/plans/{planId}/reviews/{reviewId}"] = Readers, ["PUT /api/plans/{planId}/reviews/{reviewId}"] = Board,
        ["DELETE /api/plans/{planId}/reviews/{reviewId}"] = Board,
        ["GET /api/plans/{planId}/reviews/{reviewId}/progress"] = Board,
        ["GET /api/plans/{planId}/reviews/{reviewId}/scores"] = Readers,
        ["GET /api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}"] = Readers,
        ["PUT /api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}"] = Scorers,
        ["DELETE /api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}"] = Scorers,
        ["PUT /api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}/direction-override"] = Board,
        ["DELETE /api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}/direction-override"] = Board,
        ["PUT /api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}/sign-off"] = Board,
        ["GET /api/plans/{planId}/reviews/{reviewId}/reported-averages"] = Readers,
        ["POST /api/plans/{planId}/reviews/{reviewId}/reported-averages"] = Board,
        ["GET /api/plans/{planId}/reviews/{reviewId}/reported-averages/{reportedAverageId}"] = Readers,
        ["PUT /api/plans/{planId}/reviews/{reviewId}/reported-averages/{reportedAverageId}"] = Board,
        ["DELETE /api/plans/{planId}/reviews/{reviewId}/reported-averages/{reportedAverageId}"] = Board,
        ["GET /api/plans/{planId}/printed-figures"] = Readers, ["POST /api/plans/{planId}/printed-figures"] = Board,
        ["GET /api/plans/{planId}/printed-figures/{printedFigureId}"] = Readers,
        ["PUT /api/plans/{planId}/printed-figures/{printedFigureId}"] = Board,
        ["DELETE /api/plans/{planId}/printed-figures/{printedFigureId}"] = Board,

        ["GET /api/plans/{planId}/items/{kind}/{itemId}/narratives"] = Readers,
        ["GET /api/plans/{planId}/items/{kind}/{itemId}/updates"] = Readers, ["POST /api/plans/{planId}/items/{kind}/{itemId}/updates"] = Scorers,
        ["GET /api/plans/{planId}/items/{kind}/{itemId}/updates/{updateId}"] = Readers,
        ["PUT /api/plans/{planId}/items/{kind}/{itemId}/updates/{updateId}"] = Scorers,
        ["DELETE /api/plans/{planId}/items/{kind}/{itemId}/updates/{updateId}"] = Scorers,

        ["GET /api/imports"] = Administrators, ["POST /api/imports"] = Administrators, ["POST /api/imports/paste"] = Administrators,
        ["GET /api/imports/{importId}"] = Administrators, ["DELETE /api/imports/{importId}"] = Administrators,
        ["PUT /api/imports/{importId}/mapping"] = Administrators, ["POST /api/imports/{importId}/commit"] = Administrators,
        ["PUT /api/imports/{importId}/decisions"] = Administrators,
        ["GET /api/plans/{planId}/source-files"] = Readers, ["GET /api/plans/{planId}/source-files/{importId}"] = Readers,
        ["GET /api/plans/{planId}/returns/{reviewId}"] = Scorers, ["POST /api/plans/{planId}/returns"] = Scorers,
        ["GET /api/plans/{planId}/returns/uploads/{importId}"] = Scorers, ["POST /api/plans/{planId}/returns/uploads/{importId}/apply"] = Scorers,
        ["GET /api/plans/{planId}/indicators"] = Readers, ["POST /api/plans/{planId}/indicators"] = Board,
        ["GET /api/plans/{planId}/indicators/{indicatorId}"] = Readers, ["PUT /api/plans/{planId}/indicators/{indicatorId}"] = Board,
        ["DELETE /api/plans/{planId}/indicators/{indicatorId}"] = Board,
        ["PUT /api/plans/{planId}/indicators/{indicatorId}/years/{year}"] = Board,
        ["PUT /api/plans/{planId}/indicators/{indicatorId}/years/{year}/comparators/{kind}"] = Board,
        ["DELETE /api/plans/{planId}/indicators/{indicatorId}/years/{year}/comparators/{kind}"] = Board,
        ["GET /api/plans/{planId}/indicators/{indicatorId}/values"] = Readers,
        ["PUT /api/plans/{planId}/indicator-values/{period}"] = Scorers,
        ["GET /api/plans/{planId}/scorecard"] = Readers,
        ["GET /api/plans/{planId}/indicators/{indicatorId}/history"] = Readers,
        ["POST /api/plans/{planId}/indicator-values/import"] = Scorers,
        ["GET /api/import-mappings"] = Administrators, ["POST /api/import-mappings"] = Administrators,
        ["GET /api/import-mappings/{mappingId}"] = Administrators, ["PUT /api/import-mappings/{mappingId}"] = Administrators,
        ["DELETE /api/import-mappings/{mappingId}"] = Administrators,
    };

    private static readonly string[] Roles = ["administrator", "board", "manager", "viewer"];

    private static bool Admits(string rule, string? role) => rule switch
    {
        Anyone => true,
        People => false,
        SignedIn or Readers => role is not null,
        Scorers => role is "administrator" or "board" or "manager",
        Board => role is "administrator" or "board",
        Administrators => role is "administrator",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    [Test]
    public void Every_endpoint_has_a_decided_rule_and_every_rule_an_endpoint()
    {
        var mapped = EveryEndpointTests.Routes().Select(r => r.ToString()).ToHashSet();
        Assert.That(mapped.Except(Expected.Keys), Is.Empty, "endpoints without a rule in this test: decide who may call them");
        Assert.That(Expected.Keys.Except(mapped), Is.Empty, "rules for endpoints that no longer exist");
    }

    [Test]
    public async Task Each_role_and_anonymous_get_exactly_what_the_matrix_says()
    {
        var callers = new List<(string? Role, HttpClient Client)> { (null, TrackerApp.Anonymous()) };
        callers.AddRange(Roles.Select(role => ((string?)role, TrackerApp.ClientFor($"Matrix {role}", role))));
        var failures = new List<string>();

        foreach (var route in EveryEndpointTests.Routes())
        {
            if (!Expected.TryGetValue(route.ToString(), out var rule)) continue;
            foreach (var (role, client) in callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.WithUnknownIds());
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                if (route.Method is "POST" or "PUT")
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var who = role ?? "anonymous";
                if (Admits(rule, role))
                {
                    if (status is 401 or 403) failures.Add($"{route} as {who}: {status}, but {rule} may call it");
                }
                else
                {
                    var expected = role is null ? 401 : 403;
                    if (status != expected) failures.Add($"{route} as {who}: {status}, expected {expected} ({rule} only)");
                    else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                        failures.Add($"{route} as {who}: {status} without a problem body");
                }
                if (status >= 500) failures.Add($"{route} as {who}: {status} {await response.Content.ReadAsStringAsync()}");
            }
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }
}
