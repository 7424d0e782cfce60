// The words of the calendar section (issue 17): the person's own feed on /settings/reminders and a plan's on its
// reviews page. DOM-free, so vitest checks them (calendar-feeds.test.ts).

import { formatDate } from './grid-rows';

export type FeedOwner = 'person' | 'plan';

/** The one sentence that says what the feed holds. */
export function feedIntro(owner: FeedOwner): string {
  return owner === 'person'
    ? 'A calendar address puts the deadlines of the items you lead or own, and the “updates due by” dates of their reviews, in your own calendar, and keeps them up to date.'
    : 'A calendar address puts this plan’s review dates, “updates due by” dates and item deadlines in a calendar, such as the board’s shared one, and keeps them up to date.';
}

/** The heading of the list of live feeds. */
export function feedListHeading(owner: FeedOwner, count: number): string {
  return `${owner === 'person' ? 'Your calendar addresses' : 'This plan’s calendar addresses'} (${count})`;
}

/** Shown in place of the list when there is none. */
export function noFeedsWords(owner: FeedOwner): string {
  return owner === 'person' ? 'You have no calendar addresses.' : 'This plan has no calendar addresses.';
}

/** When a feed was made, as the list shows it: "4 December 2026". */
export function createdWords(createdAt: string): string {
  return formatDate(createdAt) || createdAt;
}

/** After the copy button: what happened, and the way forward when the browser would not copy. */
export function copiedWords(copied: boolean): string {
  return copied
    ? 'The address is copied. Paste it into your calendar.'
    : 'Your browser did not let the tracker copy the address: select it and copy it.';
}

/** The question before a feed is revoked. */
export function revokeQuestion(name: string): string {
  return `Revoke “${name}”? Calendars subscribed to its address stop getting these dates, and it cannot be turned back on: you would create a new address.`;
}

/** The result of a revoke, for the status region. */
export function revokedWords(name: string): string {
  return `“${name}” is revoked: its old address no longer works.`;
}

/** The result of a creation, for the status region. */
export function createdFeedWords(name: string): string {
  return `The calendar address “${name}” is created. Copy it now: it is shown only once.`;
}

/** The steps for Outlook, the calendar councils use. */
export const outlookSteps: readonly string[] = [
  'In Outlook, choose Add calendar.',
  'Choose Subscribe from web.',
  'Paste the address, give the calendar a name and choose Import.',
];
