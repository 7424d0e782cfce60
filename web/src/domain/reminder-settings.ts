// The words of the reminder settings page (/settings/reminders), DOM-free (reminder-settings.test.ts).

import type { DigestDay, ReminderChoices } from '../api/reminders';

export type ReminderKind = 'reviewReminders' | 'deadlinesDigest' | 'signOff' | 'reviewClosed';

export const reminderKinds: readonly { value: ReminderKind; text: string; hint: string }[] = [
  { value: 'reviewReminders', text: 'Review reminders', hint: 'When a review opens, a few days before updates are due, and on the last day: your items still to update.' },
  { value: 'deadlinesDigest', text: 'Weekly deadlines digest', hint: 'Your items overdue or due within 30 days, once a week on the day you choose below.' },
  { value: 'signOff', text: 'Sign-off', hint: 'When the board signs off or rejects a completion you claimed; for the board, a daily list of completions awaiting sign-off.' },
  { value: 'reviewClosed', text: 'After a review closes', hint: 'For administrators and the review’s reviewer: who did not update.' },
];

export const digestDays: readonly { value: DigestDay; text: string; hint: string }[] = (
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
).map((value) => ({ value, text: value[0]!.toUpperCase() + value.slice(1), hint: '' }));

/** The choices a form's ticked boxes and chosen day make. */
export function choicesFrom(ticked: readonly string[], day: string): ReminderChoices {
  const on = (kind: ReminderKind) => ticked.includes(kind);
  return {
    reviewReminders: on('reviewReminders'), deadlinesDigest: on('deadlinesDigest'), signOff: on('signOff'), reviewClosed: on('reviewClosed'),
    digestDay: (digestDays.find((d) => d.value === day)?.value ?? ('' as DigestDay)),
  };
}

/** The boxes to tick for saved choices. */
export function tickedFor(choices: ReminderChoices): ReminderKind[] {
  return reminderKinds.map((k) => k.value).filter((kind) => choices[kind]);
}

/** What the status region says after a save. */
export function savedWords(choices: ReminderChoices): string {
  const on = reminderKinds.filter((k) => choices[k.value]).map((k) => k.text.toLowerCase());
  const day = digestDays.find((d) => d.value === choices.digestDay)?.text ?? choices.digestDay;
  return on.length === 0
    ? 'Saved. You will receive no reminder emails.'
    : `Saved. You will receive: ${on.join(', ')}.${choices.deadlinesDigest ? ` Your digest goes on ${day}.` : ''}`;
}

/** The kinds as the administrator's defaults form offers them: what each sends, to whom. */
export const defaultKinds: readonly { value: ReminderKind; text: string; hint: string }[] = [
  { value: 'reviewReminders', text: 'Review reminders', hint: 'When a review opens, a few days before updates are due, and on the last day: to each person with items still to update.' },
  { value: 'deadlinesDigest', text: 'Weekly deadlines digest', hint: 'Each person’s items overdue or due within 30 days, once a week on the digest day.' },
  { value: 'signOff', text: 'Sign-off', hint: 'A lead hears when the board signs off or rejects their completion; the board gets a daily list of completions awaiting sign-off.' },
  { value: 'reviewClosed', text: 'After a review closes', hint: 'Administrators and the review’s reviewer get the list of who did not update.' },
];
