// The words of the administrator's email page (/admin/email), DOM-free (outbox-words.test.ts).

const kinds: Record<string, string> = {
  'review-opened': 'Review opened',
  'updates-due-reminder': 'Reminder before the date',
  'last-day-reminder': 'Last-day reminder',
  'deadlines-digest': 'Deadlines digest',
  'sign-off-digest': 'Sign-off digest',
  'sign-off-decision': 'Sign-off decision',
  'review-closed': 'Review closed',
};

/** An email's kind in words; an unknown kind as it is. */
export function kindWords(kind: string): string {
  return kinds[kind] ?? kind;
}

/** A stored UTC time as UK time, e.g. "23 Nov 2026, 09:31"; an unreadable one as it is. */
export function whenWords(iso: string | null): string {
  if (!iso) return '';
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(when);
}

/** The sentence that says whether email goes at all. */
export function sendingWords(configured: boolean, paused: boolean): string {
  if (!configured) return 'Email is not configured on this server (Tracker:Mail), so nothing is queued or sent.';
  return paused ? 'Email is turned off: nothing is queued or sent until it is turned back on.' : 'Email is on: reminders are queued and sent.';
}
