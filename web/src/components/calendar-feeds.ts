// The calendar section (issue 17), one component for both owners of a feed: the signed-in person's own feed on
// /settings/reminders and a plan's feed for the board on the plan's reviews page. A GOV.UK-style form names the feed
// and creates it; the new address is then shown once, in a read-only box with a "Copy the address" button and the
// steps for Outlook (the API keeps only its hash, so it can never be shown again); below, the live feeds, each with
// "Revoke" and a confirmation step. Results are said in the section's status region, which is focused after a change.
// Text goes in through textContent only. Loaded only inside the lazy chunks that use it.

import '../pages/admin/admin.css';
import './calendar-feeds.css';
import { ApiError } from '../api/client';
import type { CalendarFeed, CalendarFeedApi, CalendarFeeds } from '../api/calendar';
import { element, paragraph } from '../dom';
import {
  copiedWords, createdFeedWords, createdWords, feedIntro, feedListHeading, noFeedsWords, outlookSteps, revokedWords, revokeQuestion, type FeedOwner,
} from '../domain/calendar-feeds';
import { addFields, adminForm, textField } from '../pages/admin/form';
import { actionsCell, adminTable, cell, rowHeader } from '../pages/admin/shell';
import { emptyState } from './page-states';

export interface CalendarSectionOptions {
  owner: FeedOwner;
  api: CalendarFeedApi;
  /** The feeds as first loaded (the page loads them with its own data, so one loading state covers both). */
  feeds: CalendarFeeds;
  /** Said instead of the form when the account has no person to make a feed of. */
  cannotCreate?: string;
}

/** The whole section: heading, one sentence, the form (or why there is none), the new address, the list. */
export function calendarSection(o: CalendarSectionOptions): HTMLElement {
  const section = element('section', 'calendar-feeds');
  section.setAttribute('aria-labelledby', 'calendar-feeds-heading');
  const heading = element('h2', 'admin-section-heading', 'Calendar');
  heading.id = 'calendar-feeds-heading';
  section.append(heading, paragraph(feedIntro(o.owner)));

  // The results of what was done here; focusable so that, after a change, keyboard users carry on from the message.
  const status = element('div', 'calendar-feeds__status');
  status.setAttribute('role', 'status');
  status.tabIndex = -1;
  const say = (message: string, focus: boolean) => {
    status.className = message ? 'success-banner calendar-feeds__status' : 'calendar-feeds__status';
    status.replaceChildren(...(message ? [element('p', 'success-banner__text', message)] : []));
    if (focus && message) status.focus();
  };
  const fresh = element('div', 'calendar-feeds__new');
  const list = element('div', 'calendar-feeds__list');

  let feeds = o.feeds.feeds;
  const redraw = () => list.replaceChildren(...feedList(o.owner, feeds, confirmRevoke));

  async function reload(): Promise<void> {
    feeds = (await o.api.list()).feeds;
    redraw();
  }

  // Revoking: the row's button asks first, in a panel under the list; Cancel goes back to the button.
  function confirmRevoke(feed: CalendarFeed, button: HTMLButtonElement): void {
    list.querySelector('.calendar-feeds__confirm')?.remove();
    const panel = element('div', 'calendar-feeds__confirm');
    panel.tabIndex = -1;
    const question = paragraph(revokeQuestion(feed.name));
    const problem = element('p', 'error-message');
    problem.hidden = true;
    const yes = element('button', 'button button--warning', 'Yes, revoke it');
    yes.type = 'button';
    const no = element('button', 'button button--secondary', 'Cancel');
    no.type = 'button';
    const buttons = element('div', 'button-group');
    buttons.append(yes, no);
    panel.append(question, problem, buttons);
    list.append(panel);
    yes.focus();
    no.addEventListener('click', () => {
      panel.remove();
      button.focus();
    });
    let pending = false;
    yes.addEventListener('click', async () => {
      if (pending) return;
      pending = true;
      yes.setAttribute('aria-disabled', 'true');
      try {
        await o.api.revoke(feed.id);
        fresh.replaceChildren();
        await reload();
        say(revokedWords(feed.name), true);
      } catch (error) {
        problem.hidden = false;
        problem.textContent = error instanceof ApiError
          ? (error.problem?.errors?.[0]?.reason ?? error.problem?.detail ?? `The server answered ${error.status}.`)
          : 'The tracker could not be reached. Check your connection and try again.';
        yes.focus();
      } finally {
        pending = false;
        yes.removeAttribute('aria-disabled');
      }
    });
  }

  if (!o.feeds.canCreate) {
    section.append(emptyState(o.cannotCreate ?? 'This account cannot have a calendar address.'));
    redraw();
    section.append(status, list);
    return section;
  }

  const name = textField({
    name: 'feedName',
    label: 'Name this calendar address',
    hint: 'Where it will be used, so you can tell your addresses apart, for example “Outlook on my laptop”.',
    value: '',
    spellcheck: false,
  });
  const form = adminForm({
    fields: () => [name],
    submitText: 'Create a calendar address',
    progressText: 'Creating…',
    thing: 'This calendar address',
    rename: (field) => (field === 'name' ? 'feedName' : field),
    submit: async () => {
      say('', false);
      const created = await o.api.create({ name: name.input.value });
      name.setError([]);
      name.input.value = '';
      form.element.querySelector('.error-summary')?.remove();
      fresh.replaceChildren(...newAddress(created.url));
      await reload();
      say(createdFeedWords(created.name), false);
      fresh.querySelector<HTMLInputElement>('input')?.focus();
    },
  });
  addFields(form, name);
  redraw();
  section.append(form.element, status, fresh, list);
  return section;
}

/** The new address, shown this once: read-only, selected on focus, with the copy button and the Outlook steps. */
function newAddress(url: string): HTMLElement[] {
  const title = element('h3', 'calendar-feeds__title', 'Your new calendar address');
  const once = paragraph('This address is shown only once. Anyone who has it can see these dates, so keep it to yourself and the calendar you add it to.');
  const group = element('div', 'form-group');
  const label = element('label', 'label', 'Calendar address');
  label.htmlFor = 'calendar-feed-address';
  const input = element('input', 'input calendar-feeds__address');
  input.id = 'calendar-feed-address';
  input.type = 'text';
  input.readOnly = true;
  input.spellcheck = false;
  input.value = url;
  input.addEventListener('focus', () => input.select());
  group.append(label, input);
  const copied = element('p', 'calendar-feeds__copied');
  copied.setAttribute('role', 'status');
  const copy = element('button', 'button button--secondary', 'Copy the address');
  copy.type = 'button';
  copy.addEventListener('click', async () => {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        // A browser that asks the person first may never answer: after a few seconds, say how to copy it by hand.
        const gaveUp = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer')), 3000));
        await Promise.race([navigator.clipboard.writeText(url), gaveUp]);
        ok = true;
      }
    } catch {
      ok = false;
    }
    copied.textContent = copiedWords(ok);
    if (!ok) input.select();
  });
  const stepsTitle = element('h4', 'calendar-feeds__steps-title', 'To add it to Outlook');
  const steps = element('ol', 'list list--number');
  for (const step of outlookSteps) steps.append(element('li', undefined, step));
  const other = paragraph('Other calendars have the same idea, often called “subscribe” or “add by URL”.');
  return [title, once, group, copy, copied, stepsTitle, steps, other];
}

/** The live feeds, oldest first, each with its Revoke button; or the words for none. */
function feedList(owner: FeedOwner, feeds: readonly CalendarFeed[], revoke: (feed: CalendarFeed, button: HTMLButtonElement) => void): HTMLElement[] {
  if (feeds.length === 0) return [paragraph(noFeedsWords(owner))];
  const rows = feeds.map((feed) => {
    const row = element('tr');
    const button = element('button', 'button button--secondary button--small');
    button.type = 'button';
    button.append('Revoke', element('span', 'visually-hidden', ` “${feed.name}”`));
    button.addEventListener('click', () => revoke(feed, button));
    const created = owner === 'plan' ? `${createdWords(feed.createdAt)} by ${feed.createdBy}` : createdWords(feed.createdAt);
    row.append(rowHeader(feed.name), cell(created), actionsCell(button));
    return row;
  });
  return [adminTable(feedListHeading(owner, feeds.length), ['Name', 'Created', 'Actions'], rows)];
}
