namespace ActionPlanTracker.Features.Mail;

/// <summary>How the SMTP connection is secured (MailKit's SecureSocketOptions).</summary>
public enum MailSecurity
{
    /// <summary>Plain SMTP, no TLS: only for a relay on the same host or a test server.</summary>
    None,
    /// <summary>Connect in the clear, then STARTTLS (required); usual on port 587.</summary>
    StartTls,
    /// <summary>TLS from the first byte; usual on port 465.</summary>
    SslOnConnect,
    /// <summary>SslOnConnect on port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,
}

/// <summary>The sender's address and the name shown beside it.</summary>
public sealed class MailFrom
{
    public string? Address { get; set; }
    public string DisplayName { get; set; } = "Improvement action-plan tracker";
}

/// <summary>
/// Tracker:Mail:QuietHours: the hours (on the tracker's clock, Tracker:TimeZone, Europe/London by default, so BST is
/// followed) and days when no email is sent. Emails that fall due then wait in the outbox until the quiet hours end.
/// </summary>
public sealed class QuietHoursSettings
{
    public bool Enabled { get; set; } = true;
    /// <summary>When the quiet hours begin each evening, HH:mm.</summary>
    public string Start { get; set; } = "19:00";
    /// <summary>When they end each morning, HH:mm; the same as Start means no quiet hours on working days.</summary>
    public string End { get; set; } = "07:00";
    /// <summary>Saturdays and Sundays are quiet all day too.</summary>
    public bool Weekends { get; set; } = true;

    public TimeOnly StartTime => TimeOnly.ParseExact(Start, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    public TimeOnly EndTime => TimeOnly.ParseExact(End, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public void Validate(string section)
    {
        foreach (var (name, value) in new[] { (nameof(Start), Start), (nameof(End), End) })
            if (!TimeOnly.TryParseExact(value, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                throw new InvalidOperationException($"{section}:{name} must be a time of day as HH:mm, e.g. 19:00.");
    }
}

/// <summary>
/// Tracker:Mail (issue 17). Nothing is sent unless <see cref="Enabled"/>; a demo install never sends unless
/// <see cref="SendFromDemo"/>. See docs/operations.md, "Email".
/// </summary>
public sealed class MailSettings
{
    public bool Enabled { get; set; }
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public MailSecurity Security { get; set; } = MailSecurity.StartTls;
    /// <summary>Empty: the server is used without signing in (a relay that trusts the tracker's address).</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public MailFrom From { get; set; } = new();
    /// <summary>The tracker's address as people reach it, e.g. https://tracker.council.gov.uk/; every link in an email starts with it.</summary>
    public string? PublicAddress { get; set; }
    /// <summary>Send even though the demo plans are seeded (Tracker:SeedDemoData); off, a demo install never sends.</summary>
    public bool SendFromDemo { get; set; }
    /// <summary>Seconds between the scheduler's looks at the reviews and the outbox.</summary>
    public int PollSeconds { get; set; } = 60;
    /// <summary>
    /// Wake the worker as soon as a write makes an email due (a review opened or closed, a sign-off decision, email turned
    /// back on), so it goes within seconds rather than at the next poll. Off, emails wait for the next poll.
    /// </summary>
    public bool SendOnWrite { get; set; } = true;
    /// <summary>When nothing is sent (Tracker:Mail:QuietHours): by default 19:00 to 07:00 and at weekends, on the tracker's clock.</summary>
    public QuietHoursSettings QuietHours { get; set; } = new();
    /// <summary>Attempts after which an email that cannot be sent is marked failed (retries are 1, 5, 15, then every 60 minutes).</summary>
    public int MaxAttempts { get; set; } = 48;

    /// <summary><see cref="PublicAddress"/> with one trailing slash.</summary>
    public Uri BaseUri => new(PublicAddress!.TrimEnd('/') + "/");

    public void Validate()
    {
        const string section = TrackerSettings.SectionName + ":Mail";
        if (PollSeconds is < 1 or > 3600)
            throw new InvalidOperationException($"{section}:{nameof(PollSeconds)} must be between 1 and 3600.");
        if (MaxAttempts is < 1 or > 1000)
            throw new InvalidOperationException($"{section}:{nameof(MaxAttempts)} must be between 1 and 1000.");
        QuietHours.Validate(section + ":QuietHours");
        if (!Enabled) return;
        if (string.IsNullOrWhiteSpace(Host))
            throw new InvalidOperationException($"{section}:{nameof(Host)} must name the SMTP server when {section}:{nameof(Enabled)} is true.");
        if (Port is < 1 or > 65535)
            throw new InvalidOperationException($"{section}:{nameof(Port)} must be between 1 and 65535.");
        if (string.IsNullOrWhiteSpace(From.Address) || !MimeKit.MailboxAddress.TryParse(From.Address, out var from) || !from.Address.Contains('@'))
            throw new InvalidOperationException($"{section}:From:Address must be an email address when {section}:{nameof(Enabled)} is true.");
        if (!(Uri.TryCreate(PublicAddress, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query)))
            throw new InvalidOperationException(
                $"{section}:{nameof(PublicAddress)} must be the tracker's absolute http or https address (e.g. https://tracker.example.gov.uk/) when {section}:{nameof(Enabled)} is true: every link in an email starts with it.");
        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
            throw new InvalidOperationException($"{section}:{nameof(UserName)} and {section}:{nameof(Password)} must be given together, or neither.");
    }

    /// <summary>Whether anything may be queued or sent by the settings (the administrator's switch is checked apart).</summary>
    public bool Sends(bool seedDemoData) => Enabled && (!seedDemoData || SendFromDemo);
}
