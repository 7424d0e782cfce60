using ActionPlanTracker.Data;
using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Mail;
using ActionPlanTracker.Features.MyItems;
using Dapper;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using System.Data.Common;

namespace ActionPlanTracker.Features.Calendar;

/// <summary>
/// Writes a feed's iCalendar text (RFC 5545) with Ical.Net: one all-day event per review date, per "updates due by" date
/// and per item deadline the tracker understands (<see cref="DeadlineParser"/>'s final due date, the date the grid and
/// "My actions" judge overdue by); a deadline with no date in it ("ongoing", "Q3") is left out rather than guessed.
/// UIDs name the row and the kind of date, so an edited date moves the event in the subscriber's calendar.
/// </summary>
public static class CalendarFeedBuilder
{

    public sealed record Event(string Uid, DateOnly Date, string Summary, string Description, Uri Link);

    private sealed record ReviewRow(long Id, long PlanId, string PlanTitle, string Label, string ReviewDate, string? UpdatesDueBy, string Status);

    private sealed record PlanItemRow(long PlanId, string PlanTitle, string ItemType, long ItemId, string Text, string? DeadlineText,
        string? PriorityNumber, string? RecommendationNumber, string? ActionCode, string? MeasureNumber);

    private const string ReviewsSql = """
        SELECT r.id AS Id, r.plan_id AS PlanId, p.title AS PlanTitle, r.label AS Label, r.review_date AS ReviewDate,
               r.updates_due_by AS UpdatesDueBy, r.status AS Status
        FROM reviews r JOIN plans p ON p.id = r.plan_id
        WHERE r.plan_id IN @planIds
        ORDER BY r.review_date, r.id
        """;

    // The plan's scored items (its score level), each with its deadline as written or inherited from the item above,
    // as MyItemsData reads a person's items, so both feeds show the same deadline for the same item.
    private const string PlanItemsSql = """
        SELECT p.id AS PlanId, p.title AS PlanTitle, i.item_type AS ItemType, i.item_id AS ItemId, i.text AS Text, i.deadline_text AS DeadlineText,
               i.priority_number AS PriorityNumber, i.recommendation_number AS RecommendationNumber, i.action_code AS ActionCode, i.measure_number AS MeasureNumber
        FROM (
            SELECT 'recommendation' AS item_type, r.id AS item_id, r.plan_id, r.text, r.deadline_text,
                   pr.number AS priority_number, r.number AS recommendation_number, NULL AS action_code, NULL AS measure_number
            FROM recommendations r LEFT JOIN priorities pr ON pr.id = r.priority_id
            WHERE r.plan_id = @planId
            UNION ALL
            SELECT 'action', a.id, a.plan_id, a.description, coalesce(a.deadline_text, r.deadline_text), pr.number, r.number, a.code, NULL
            FROM actions a
            LEFT JOIN recommendations r ON r.id = a.recommendation_id
            LEFT JOIN priorities pr ON pr.id = coalesce(a.priority_id, r.priority_id)
            WHERE a.plan_id = @planId
            UNION ALL
            SELECT 'measure', m.id, m.plan_id, m.text, coalesce(m.deadline_text, a.deadline_text, r.deadline_text), pr.number, r.number, a.code, m.number
            FROM success_measures m
            JOIN actions a ON a.id = m.action_id
            LEFT JOIN recommendations r ON r.id = a.recommendation_id
            LEFT JOIN priorities pr ON pr.id = coalesce(a.priority_id, r.priority_id)
            WHERE m.plan_id = @planId
        ) i
        JOIN plans p ON p.id = i.plan_id AND p.score_level = i.item_type
        ORDER BY i.item_type, i.item_id
        """;

    /// <summary>A person's feed: their items (as "My actions" decides them) and the reviews of the plans those items are in.</summary>
    public static async Task<(string Name, IReadOnlyList<Event> Events)> PersonAsync(DbConnection connection, long personId, Uri baseUri)
    {
        var name = await connection.ExecuteScalarAsync<string>("SELECT name FROM people WHERE id = @personId", new { personId }) ?? "";
        var (rows, _) = await MyItemsData.LoadAsync(connection, personId);
        var items = rows.DistinctBy(r => (r.ItemType, r.ItemId))
            .Select(r => new PlanItemRow(r.PlanId, r.PlanTitle, r.ItemType, r.ItemId, r.Text, r.DeadlineText,
                r.PriorityNumber, r.RecommendationNumber, r.ActionCode, r.MeasureNumber)).ToList();
        var planIds = items.Select(i => i.PlanId).Distinct().ToArray();
        var reviews = planIds.Length == 0 ? [] : (await connection.QueryAsync<ReviewRow>(SqlDialect.Of(connection).Lists(ReviewsSql), new { planIds })).AsList();
        return ($"Action plans: {name}", Events(reviews, items, baseUri, withPlanTitle: true));
    }

    /// <summary>A plan's feed: every review date, "updates due by" date and item deadline in it.</summary>
    public static async Task<(string Name, IReadOnlyList<Event> Events)> PlanAsync(DbConnection connection, long planId, Uri baseUri)
    {
        var title = await connection.ExecuteScalarAsync<string>("SELECT title FROM plans WHERE id = @planId", new { planId }) ?? "";
        var reviews = (await connection.QueryAsync<ReviewRow>(SqlDialect.Of(connection).Lists(ReviewsSql), new { planIds = new[] { planId } })).AsList();
        var items = (await connection.QueryAsync<PlanItemRow>(PlanItemsSql, new { planId })).AsList();
        return ($"Action plan: {title}", Events(reviews, items, baseUri, withPlanTitle: false));
    }

    private static List<Event> Events(IReadOnlyList<ReviewRow> reviews, IReadOnlyList<PlanItemRow> items, Uri baseUri, bool withPlanTitle)
    {
        var host = baseUri.Host;
        var events = new List<Event>();
        foreach (var r in reviews)
        {
            var link = new Uri(baseUri, $"plans/{r.PlanId}/reviews");
            var plan = withPlanTitle ? $" ({r.PlanTitle})" : "";
            if (Date(r.ReviewDate) is { } reviewDate)
                events.Add(new Event($"review-{r.Id}@{host}", reviewDate, $"Review {r.Label}{plan}",
                    $"The board's review {r.Label} of the action plan \"{r.PlanTitle}\"{(r.Status == "closed" ? " (closed)" : "")}.", link));
            if (Date(r.UpdatesDueBy) is { } dueBy)
                events.Add(new Event($"review-{r.Id}-updates-due@{host}", dueBy, $"Updates due for review {r.Label}{plan}",
                    $"Scores and updates for review {r.Label} of the action plan \"{r.PlanTitle}\" are due by today.", link));
        }
        foreach (var i in items)
        {
            if (i.DeadlineText is null || DeadlineParser.Parse(i.DeadlineText).DueBy is not { } due) continue;
            var kind = i.ItemType == "measure" ? "success measure" : i.ItemType;
            var reference = string.Join(" / ", new[] { i.PriorityNumber, i.RecommendationNumber, i.ActionCode, i.MeasureNumber }
                .Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));
            var summary = reference.Length == 0 ? $"Deadline: {kind}" : $"Deadline: {kind} {reference}";
            if (withPlanTitle) summary += $" ({i.PlanTitle})";
            events.Add(new Event($"{i.ItemType}-{i.ItemId}-deadline@{host}", due, summary,
                $"{i.Text}\n\nDeadline as written: {i.DeadlineText}\nAction plan: {i.PlanTitle}",
                new Uri(baseUri, $"plans/{i.PlanId}/items/{i.ItemType}/{i.ItemId}")));
        }
        return events.OrderBy(e => e.Date).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The iCalendar text: all-day events (DTSTART;VALUE=DATE), the calendar's name and how often to refresh.</summary>
    public static string Write(string name, IReadOnlyList<Event> events, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Improvement action-plan tracker//Calendar feed//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-CALDESC", "Review dates, \"updates due by\" dates and deadlines from the improvement action-plan tracker.");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT6H");
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT6H");
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        var stamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId);
        foreach (var e in events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = e.Uid,
                DtStamp = stamp,
                Start = new CalDateTime(e.Date),
                End = new CalDateTime(e.Date.AddDays(1)),
                Summary = e.Summary,
                Description = $"{e.Description}\n\n{e.Link}",
                Url = e.Link,
                Transparency = TransparencyType.Transparent,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
