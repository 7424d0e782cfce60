using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Mail;

/// <summary>Which reminders someone receives, and the day of their weekly digest.</summary>
public record ReminderChoices
{
    /// <summary>The review's opening, the reminder before its "updates due by" date and the last-day reminder.</summary>
    public bool? ReviewReminders { get; init; }
    /// <summary>The weekly digest of items overdue or due within 30 days.</summary>
    public bool? DeadlinesDigest { get; init; }
    /// <summary>The board's daily digest of completions awaiting sign-off; a lead's email when the board decides on their completion.</summary>
    public bool? SignOff { get; init; }
    /// <summary>After a review closes, the list of who did not update (administrators and the review's reviewer).</summary>
    public bool? ReviewClosed { get; init; }
    /// <summary>The day the weekly digest goes: monday to sunday.</summary>
    [OpenApi.OneOf(typeof(ReminderDays), nameof(ReminderDays.Names))]
    public string? DigestDay { get; init; }
}

public sealed record MyRemindersResponse
{
    /// <summary>False when the account is not linked to a person in the tracker: the administrator's defaults apply and cannot be changed here.</summary>
    public bool CanChoose { get; init; }
    public bool ReviewReminders { get; init; }
    public bool DeadlinesDigest { get; init; }
    public bool SignOff { get; init; }
    public bool ReviewClosed { get; init; }
    [OpenApi.OneOf(typeof(ReminderDays), nameof(ReminderDays.Names))]
    public string DigestDay { get; init; } = "monday";
    /// <summary>Also sent as the ETag; 0 while the person has never chosen.</summary>
    public long Version { get; init; }
}

public sealed record ReminderDefaultsResponse
{
    public bool ReviewReminders { get; init; }
    public bool DeadlinesDigest { get; init; }
    public bool SignOff { get; init; }
    public bool ReviewClosed { get; init; }
    [OpenApi.OneOf(typeof(ReminderDays), nameof(ReminderDays.Names))]
    public string DigestDay { get; init; } = "monday";
    /// <summary>Days before a review's "updates due by" date that the reminder goes to those still to update (1 to 14).</summary>
    public int DaysBefore { get; init; } = 3;
    /// <summary>The version of the email settings row (shared with the on/off switch), also sent as the ETag.</summary>
    public long Version { get; init; }
}

/// <summary>The days of the week as the API writes them, and their numbers in the database (.NET's DayOfWeek: 0 is Sunday).</summary>
public static class ReminderDays
{
    public static readonly string[] Names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static string Name(int day) => ((DayOfWeek)day).ToString().ToLowerInvariant();

    public static int Number(string name) => (int)Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    public sealed class ChoicesValidator : AbstractValidator<ReminderChoices>
    {
        public ChoicesValidator()
        {
            RuleFor(r => r.ReviewReminders).NotNull().WithMessage("Say whether you want the review reminders.");
            RuleFor(r => r.DeadlinesDigest).NotNull().WithMessage("Say whether you want the weekly deadlines digest.");
            RuleFor(r => r.SignOff).NotNull().WithMessage("Say whether you want the sign-off emails.");
            RuleFor(r => r.ReviewClosed).NotNull().WithMessage("Say whether you want the list of who did not update after a review closes.");
            RuleFor(r => r.DigestDay).Must(d => d is not null && Names.Contains(d)).WithMessage("Choose the day of the week for your digest.");
        }
    }
}

internal static class MyReminderData
{
    private sealed class Row
    {
        public bool ReviewReminders { get; init; }
        public bool DeadlinesDigest { get; init; }
        public bool SignOff { get; init; }
        public bool ReviewClosed { get; init; }
        public int DigestDay { get; init; }
        public int DaysBefore { get; init; }
        public long Version { get; init; }
    }

    /// <summary>The days before a review's "updates due by" date that its reminder goes (db/0040; the administrator sets it).</summary>
    public static async Task<int> DaysBeforeAsync(System.Data.IDbConnection connection) =>
        await connection.ExecuteScalarAsync<int>("SELECT reminder_days_before FROM mail_state WHERE id = 1;");

    public static async Task<ReminderDefaultsResponse> DefaultsAsync(System.Data.IDbConnection connection, System.Data.IDbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleAsync<Row>("""
            SELECT default_review_reminders AS ReviewReminders, default_deadlines_digest AS DeadlinesDigest, default_sign_off AS SignOff,
                   default_review_closed AS ReviewClosed, default_digest_day AS DigestDay, reminder_days_before AS DaysBefore, row_version AS Version
            FROM mail_state WHERE id = 1;
            """, transaction: transaction);
        return new ReminderDefaultsResponse
        {
            ReviewReminders = row.ReviewReminders, DeadlinesDigest = row.DeadlinesDigest, SignOff = row.SignOff, ReviewClosed = row.ReviewClosed,
            DigestDay = ReminderDays.Name(row.DigestDay), DaysBefore = row.DaysBefore, Version = row.Version,
        };
    }

    public static async Task<MyRemindersResponse> ReadAsync(System.Data.IDbConnection connection, long? personId, System.Data.IDbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleAsync<Row>("""
            SELECT coalesce(mp.review_reminders, s.default_review_reminders) AS ReviewReminders,
                   coalesce(mp.deadlines_digest, s.default_deadlines_digest) AS DeadlinesDigest,
                   coalesce(mp.sign_off, s.default_sign_off) AS SignOff,
                   coalesce(mp.review_closed, s.default_review_closed) AS ReviewClosed,
                   coalesce(mp.digest_day, s.default_digest_day) AS DigestDay,
                   coalesce(mp.row_version, 0) AS Version
            FROM mail_state s LEFT JOIN mail_preferences mp ON mp.person_id = @PersonId
            WHERE s.id = 1;
            """, new { PersonId = personId }, transaction);
        return new MyRemindersResponse
        {
            CanChoose = personId is not null, ReviewReminders = row.ReviewReminders, DeadlinesDigest = row.DeadlinesDigest, SignOff = row.SignOff,
            ReviewClosed = row.ReviewClosed, DigestDay = ReminderDays.Name(row.DigestDay), Version = row.Version,
        };
    }
}
