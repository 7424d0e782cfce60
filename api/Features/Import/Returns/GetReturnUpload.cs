using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import.Returns;

public sealed record ReturnUploadRequest
{
    public long PlanId { get; init; }
    public long ImportId { get; init; }
}

public sealed class GetReturnUpload(Database database, Clock clock, TrackerSettings settings) : Endpoint<ReturnUploadRequest, ReturnResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/returns/uploads/{importId}");
        Roles(Allowed.Scorers);
        Description(b => b.Produces<ReturnResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Read a return you uploaded: its dry run judged against the tracker as it is now, or, once applied, what the apply did";
            s.Description = "Only the account that uploaded a return reads it, since it is judged with that account's rights.";
        });
    }

    public override async Task HandleAsync(ReturnUploadRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await ReturnUploads.RequireAsync(this, connection, request.PlanId, request.ImportId, User);
        ReturnResponse response;
        if (row.Status == "committed" && ReturnUploads.ReadApplied(row.OutcomeJson) is { } applied)
            response = ReturnUploads.Response(row, applied, canApply: false);
        else
        {
            var now = TimeZoneInfo.ConvertTime(clock.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone));
            response = ReturnUploads.Response(row, await ReturnUploads.JudgeAsync(this, connection, request.PlanId, row.FileName, row.Content, User, clock, now));
        }
        Etags.Set(HttpContext, response.Version);
        await Send.OkAsync(response, ct);
    }
}
