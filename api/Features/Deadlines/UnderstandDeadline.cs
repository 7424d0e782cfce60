using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Deadlines;

public sealed record UnderstandDeadlineRequest
{
    /// <summary>A deadline as a person would write it, e.g. "Sept 16 / ongoing" or "June - Dec 16".</summary>
    [QueryParam] public string Text { get; init; } = "";
}

public sealed class UnderstandDeadline : Endpoint<UnderstandDeadlineRequest, DeadlineResponse>
{
    public const int MaxLength = 500;

    public sealed class Validator : Validator<UnderstandDeadlineRequest>
    {
        public Validator() =>
            RuleFor(r => r.Text).NotEmpty().WithMessage("Enter a deadline as it is written, for example \"Sept 16 / ongoing\".")
                .MaximumLength(MaxLength);
    }

    public override void Configure()
    {
        Get("/deadlines/understand");
        Roles(Allowed.Readers);
        Description(b => b.Produces<DeadlineResponse>(200).ProducesProblemDetails(400).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Show what the tracker understands from a deadline as written";
            s.Description = "Nothing is stored. The SPA uses it to preview a deadline while it is typed: the dates taken, "
                + "the state the words give, the choices made in reading it and anything it could not understand.";
        });
    }

    public override Task HandleAsync(UnderstandDeadlineRequest request, CancellationToken ct) =>
        Send.OkAsync(DeadlineResponse.From(Domain.DeadlineParser.Parse(request.Text)), ct);
}
