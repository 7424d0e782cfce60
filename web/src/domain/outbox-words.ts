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

/** A moment as the quiet hours' end is said, on the UK clock: "07:00 on Monday 30 November". */
export function untilWords(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/London' }).format(when);
  return `${part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })} on ${part({ weekday: 'long' })} ${part({ day: 'numeric', month: 'long' })}`;
}

/** When a waiting email goes: "waiting until 07:00 on Monday 30 November (quiet hours)" when quiet hours hold it back. */
export function waitingWords(nextAttemptAt: string | null, sendsAt: string | null): string {
  if (sendsAt && nextAttemptAt && Date.parse(sendsAt) > Date.parse(nextAttemptAt)) return `Waiting until ${untilWords(sendsAt)} (quiet hours)`;
  return whenWords(nextAttemptAt);
}

/** The sentence shown while it is quiet hours; empty otherwise. */
export function quietWords(quietUntil: string | null): string {
  return quietUntil ? `It is quiet hours: nothing is sent until ${untilWords(quietUntil)}. Emails queued meanwhile wait in the outbox.` : '';
}

/** The sentence under the defaults form about the reminder before the date. */
/**
 * The reminder defaults' "days before" box as a number from 1 to 14, or the message for the error summary: the page
 * checks that it is a whole number (the API cannot say "not a number" about a box it never receives), the API its range.
 */
export function daysBeforeNumber(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return 'Enter how many days before the “updates due by” date the reminder goes.';
  if (!/^\d+$/.test(trimmed)) return 'Enter the days before as a whole number, like 3.';
  return Number(trimmed);
}
