using System.Globalization;
using System.Net;
using System.Text;
using ActionPlanTracker.Features.MyItems;

namespace ActionPlanTracker.Features.Mail;

/// <summary>Which email: the first part of its dedupe key and of the audit record.</summary>
public static class MailKinds
{
    public const string ReviewOpened = "review-opened";
    public const string UpdatesDueReminder = "updates-due-reminder";
    public const string LastDayReminder = "last-day-reminder";
    public const string DeadlinesDigest = "deadlines-digest";
    public const string SignOffDigest = "sign-off-digest";
    public const string SignOffDecision = "sign-off-decision";
    public const string ReviewClosed = "review-closed";
}

/// <summary>One email ready for the outbox: a plain-text part and an HTML part saying the same.</summary>
public sealed record MailContent(string Subject, string Text, string Html);

/// <summary>What one person is asked to do for one review: the plan, the review, the deadline and their items.</summary>
public sealed record ReviewMail(string Kind, string PersonName, string PlanTitle, string ReviewLabel, DateOnly? UpdatesDueBy,
    IReadOnlyList<MyItem> Items, Uri MyActions);

/// <summary>
/// An email that is a list: a greeting, an opening sentence, a table (the first column names each row), a link and why the
/// person receives it. The digests and the other emails of part 2 of issue 17 are all of this shape.
/// </summary>
public sealed record ListMail(string Subject, string PersonName, string Opening, string Caption, IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows, string LinkWords, Uri Link, string Closing);

/// <summary>
/// The reminder emails, written in plain code: a text part, and an HTML part that is a small accessible document
/// (lang="en-GB", written as polyglot markup that an XML reader also parses; a heading, the items in a table with column headers, a link whose words say where it goes, no meaning
/// carried by colour alone). Every piece of user text is HTML-encoded.
/// </summary>
public static class MailTemplates
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", UkCulture);

    public static MailContent For(ReviewMail mail)
    {
        var n = mail.Items.Count;
        var items = n == 1 ? "1 item" : $"{n} items";
        var due = mail.UpdatesDueBy is { } d ? Date(d) : null;
        var (subject, opening) = mail.Kind switch
        {
            MailKinds.ReviewOpened => ($"{mail.PlanTitle}: review {mail.ReviewLabel} is open – {items} to update",
                $"The review {mail.ReviewLabel} of {mail.PlanTitle} is open. Please record a score and an update for each of your items below"
                + (due is null ? "." : $" by {due}.")),
            MailKinds.UpdatesDueReminder => ($"Reminder: {items} to update for {mail.PlanTitle} by {due}",
                $"Updates for the review {mail.ReviewLabel} of {mail.PlanTitle} are due by {due}. These items of yours still need a score and an update."),
            MailKinds.LastDayReminder => ($"Last day: {items} to update for {mail.PlanTitle} today",
                $"Today, {due}, is the last day for updates to the review {mail.ReviewLabel} of {mail.PlanTitle}. These items of yours still need a score and an update."),
            _ => throw new ArgumentOutOfRangeException(nameof(mail), mail.Kind, "Unknown kind of email."),
        };
        const string linkWords = "Update your items in My actions";
        const string closing = "You receive this because you lead or own these items in the improvement action-plan tracker.";

        var text = new StringBuilder();
        text.Append("Dear ").Append(mail.PersonName).Append(",\n\n").Append(opening).Append("\n\n");
        foreach (var item in mail.Items)
        {
            text.Append("* ").Append(item.Reference).Append(": ").Append(item.Text).Append('\n');
            text.Append("  Last score: ").Append(LastScore(item)).Append('\n');
            text.Append("  Last update: ").Append(LastUpdate(item)).Append('\n');
            text.Append("  Deadline: ").Append(item.DeadlineText ?? "none set").Append("\n\n");
        }
        text.Append(linkWords).Append(": ").Append(mail.MyActions).Append("\n\n").Append(closing).Append('\n');

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n<title>").Append(E(subject)).Append("</title>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(subject)).Append("</h1>\n");
        html.Append("<p>Dear ").Append(E(mail.PersonName)).Append(",</p>\n<p>").Append(E(opening)).Append("</p>\n");
        html.Append("<table>\n<caption>Your items to update (").Append(E(items)).Append(")</caption>\n<thead>\n<tr>")
            .Append("<th scope=\"col\">Reference</th><th scope=\"col\">Item</th><th scope=\"col\">Last score</th>")
            .Append("<th scope=\"col\">Last update</th><th scope=\"col\">Deadline</th></tr>\n</thead>\n<tbody>\n");
        foreach (var item in mail.Items)
            html.Append("<tr><th scope=\"row\">").Append(E(item.Reference)).Append("</th><td>").Append(E(item.Text)).Append("</td><td>")
                .Append(E(LastScore(item))).Append("</td><td>").Append(E(LastUpdate(item))).Append("</td><td>")
                .Append(E(item.DeadlineText ?? "none set")).Append("</td></tr>\n");
        html.Append("</tbody>\n</table>\n");
        html.Append("<p><a href=\"").Append(E(mail.MyActions.ToString())).Append("\">").Append(linkWords).Append("</a></p>\n");
        html.Append("<p>").Append(E(closing)).Append("</p>\n</body>\n</html>\n");
        return new MailContent(subject, text.ToString(), html.ToString());
    }

    /// <summary>A <see cref="ListMail"/> as text and as the same accessible HTML as the review emails.</summary>
    public static MailContent For(ListMail mail)
    {
        var text = new StringBuilder();
        text.Append("Dear ").Append(mail.PersonName).Append(",\n\n").Append(mail.Opening).Append("\n\n");
        foreach (var row in mail.Rows)
        {
            text.Append("* ").Append(row[0]).Append(": ").Append(row[1]).Append('\n');
            for (var i = 2; i < row.Count; i++) text.Append("  ").Append(mail.Columns[i]).Append(": ").Append(row[i]).Append('\n');
            text.Append('\n');
        }
        text.Append(mail.LinkWords).Append(": ").Append(mail.Link).Append("\n\n").Append(mail.Closing).Append('\n');

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n<title>").Append(E(mail.Subject)).Append("</title>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(mail.Subject)).Append("</h1>\n");
        html.Append("<p>Dear ").Append(E(mail.PersonName)).Append(",</p>\n<p>").Append(E(mail.Opening)).Append("</p>\n");
        html.Append("<table>\n<caption>").Append(E(mail.Caption)).Append("</caption>\n<thead>\n<tr>");
        foreach (var column in mail.Columns) html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in mail.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(row[0])).Append("</th>");
            for (var i = 1; i < row.Count; i++) html.Append("<td>").Append(E(row[i])).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        html.Append("<p><a href=\"").Append(E(mail.Link.ToString())).Append("\">").Append(E(mail.LinkWords)).Append("</a></p>\n");
        html.Append("<p>").Append(E(mail.Closing)).Append("</p>\n</body>\n</html>\n");
        return new MailContent(mail.Subject, text.ToString(), html.ToString());
    }

    private static string LastScore(MyItem item) => item.Previous switch
    {
        null => "none yet",
        { Level: { } level, LevelLabel: { } label } p => $"{level} ({label}) in {p.ReviewLabel}",
        { RecordedAs: { } recorded } p => $"{recorded} in {p.ReviewLabel}",
        var p => $"no score in {p.ReviewLabel}",
    };

    private static string LastUpdate(MyItem item) =>
        item.Previous?.Narrative is { Length: > 0 } narrative
            ? (item.Previous.NarrativeDate is { } on ? $"{narrative} ({Date(on)})" : narrative)
            : "none yet";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
