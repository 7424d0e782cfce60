using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Domain.Import.Returns;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Reports;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.Net.Http.Headers;

namespace ActionPlanTracker.Features.Import.Returns;

public sealed record DownloadReturnRequest
{
    public long PlanId { get; init; }
    public long ReviewId { get; init; }
    /// <summary>Only the items the signed-in person leads or owns. Always so for a manager; the board and administrators get every item unless they ask.</summary>
    [QueryParam] public bool? Mine { get; init; }
}

public sealed class DownloadReturn(Database database, Clock clock, TrackerSettings settings) : Endpoint<DownloadReturnRequest>
{
    public override void Configure()
    {
        Get("/plans/{planId}/returns/{reviewId}");
        Roles(Allowed.Scorers);
        Description(b => b.Produces(200, typeof(Stream), XlsxReport.ContentType).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Download the update return for a review: an Excel workbook to fill in offline and upload";
            s.Description = "Sheet \"Return\": one row per scored item in plan order (reference, text, leads, owners, deadline as written, the previous review's score and update), then Score (a dropdown of the scale's levels and \"No score\"), Update, Update date and Evidence, pre-filled with this review's entries, and a hidden, locked Key column. A hidden sheet \"Return details\" names the plan and review. A manager gets the items they lead or own; the board and administrators get every item unless mine=true. A closed review is a 409.";
        });
    }

    public override async Task HandleAsync(DownloadReturnRequest request, CancellationToken ct)
    {
        var now = TimeZoneInfo.ConvertTime(clock.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone));
        await using var connection = await database.OpenAsync(ct);
        var state = await ReturnState.LoadAsync(this, connection, request.PlanId, request.ReviewId, User, clock, now);
        if (state.Review.Status == "closed")
            this.Conflict("reviewId", $"{state.Review.Label} is closed, so a return for it could not be saved. Download the return for the open review.");
        var mine = state.IsManager || request.Mine == true;
        if (mine && state.User.PersonId is null)
            this.Invalid("mine", "Your account is not linked to a person in the tracker, so it leads and owns nothing. Ask an administrator to link it.");

        var model = Model(state, mine, now, clock.NowText);
        HttpContext.Response.Headers.ContentDisposition = ContentDisposition(state);
        await Send.BytesAsync(ReturnWorkbook.Write(model), contentType: XlsxReport.ContentType, cancellation: ct);
    }

    private static ReturnWorkbookModel Model(ReturnState state, bool mine, DateTimeOffset now, string stamp)
    {
        var plan = state.Plan;
        var rows = state.Items.Where(i => mine ? i.Answers : true).Select(item =>
        {
            var current = item.ScoreIn(state.Review.Id);
            var previous = state.PreviousReview is { } p ? item.ScoreIn(p.Id) : null;
            var key = new ReturnKey(item.Item.Kind, item.Item.Id, current?.Version).Write(plan.Id, state.Review.Id);
            return new ReturnWorkbookRow(item.Row.Reference, item.Row.Text, item.Row.LeadsText, item.Row.OwnersText, item.Row.DeadlineText,
                previous is null ? null : Words(state.Scale, previous.Level, previous.RecordedAs), previous?.Narrative,
                current is null ? null : state.Scale.Words(current.Level), current?.Narrative, current?.NarrativeDate,
                current?.Evidence, key);
        }).ToList();
        return new ReturnWorkbookModel(plan.Id, plan.Title, state.Review.Id, state.Review.Label, state.Review.ReviewDate, state.User.DisplayName,
            mine, now, stamp, ItemNoun.ForScoreLevel(plan.ScoreLevel).Singular, ReportGrid.Heading(plan.LeadHeading, "Leads"),
            ReportGrid.Heading(plan.OwnerHeading, "Owners"), state.PreviousReview?.Label, state.Scale, rows);
    }

    /// <summary>The previous review's level in words; "No score (update not available)" keeps what the sheet said.</summary>
    private static string Words(ReturnScale scale, int? level, string? recordedAs) =>
        level is null && !string.IsNullOrWhiteSpace(recordedAs) ? $"{ReturnLayout.NoScore} ({recordedAs.Trim()})" : scale.Words(level);

    /// <summary>"northmoor-ilacs-improvement-plan-rag-11-26-return.xlsx": the plan and review, as the report downloads are named.</summary>
    private static string ContentDisposition(ReturnState state)
    {
        var slug = (bool ascii) => ReportFile.Slug(state.Plan.Title, state.Review.Label, null, ascii);
        var header = new ContentDispositionHeaderValue("attachment") { FileName = $"{slug(true)}-return.xlsx" };
        header.FileNameStar = $"{slug(false)}-return.xlsx";
        return header.ToString();
    }
}
