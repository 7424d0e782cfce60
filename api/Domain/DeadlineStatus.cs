namespace ActionPlanTracker.Domain;

/// <summary>Where an item stands against its deadline on a given day.</summary>
public enum DeadlineStatus
{
    /// <summary>No usable due date and no ongoing state: nothing can be overdue.</summary>
    NoDate,

    /// <summary>Due more than <see cref="DeadlineStatusRule.DueSoonDays"/> days from today.</summary>
    NotDue,

    /// <summary>Due today or within the next <see cref="DeadlineStatusRule.DueSoonDays"/> days.</summary>
    DueSoon,

    /// <summary>The due date has passed and the item is not complete.</summary>
    Overdue,

    /// <summary>The item is complete, by its score or by what the deadline cell says.</summary>
    Completed,

    /// <summary>Ongoing or recurring work with no end date.</summary>
    Ongoing,
}

/// <summary>
/// Turns an understood deadline into overdue / due soon / not due, the question committee members
/// ask first ("what is overdue?") and the one free-text deadlines could never answer.
/// </summary>
public static class DeadlineStatusRule
{
    /// <summary>How many days ahead counts as due soon: about a month, the interval between board meetings.</summary>
    public const int DueSoonDays = 30;

    /// <summary>
    /// The item's status against its deadline on <paramref name="today"/>.
    /// </summary>
    /// <param name="deadline">The understood deadline text.</param>
    /// <param name="today">Today's date in the UK (from a TimeProvider, never the machine's clock directly).</param>
    /// <param name="itemIsComplete">True when the item's latest score is a level that means complete.</param>
    public static DeadlineStatus For(DeadlineUnderstanding deadline, DateOnly today, bool itemIsComplete)
    {
        if (itemIsComplete || deadline.State == DeadlineState.Completed)
            return DeadlineStatus.Completed;

        // A date wins over "ongoing": work that was meant to end by a date and has not is overdue,
        // whatever the cell says about it going on.
        if (deadline.DueBy is { } dueBy)
        {
            if (dueBy < today)
                return DeadlineStatus.Overdue;
            return dueBy <= today.AddDays(DueSoonDays) ? DeadlineStatus.DueSoon : DeadlineStatus.NotDue;
        }

        return deadline.State is DeadlineState.Ongoing or DeadlineState.Recurring
            ? DeadlineStatus.Ongoing
            : DeadlineStatus.NoDate;
    }
}
