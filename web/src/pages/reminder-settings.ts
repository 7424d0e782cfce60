// /settings/reminders: which reminder emails the signed-in person receives, the day of their weekly digest, and their
// calendar addresses (issue 17; the calendar section is components/calendar-feeds.ts, shared with a plan's reviews page). A GOV.UK-style form: checkboxes for the kinds, radios for the day, the error summary linked to the fields,
// a status region that says what was saved. Loaded as a chunk of its own the first time it is opened; main.ts draws the
// heading first, so the router can focus it.

import { myCalendarFeeds, type CalendarFeeds } from '../api/calendar';
import { getMyReminders, saveMyReminders, type MyReminders } from '../api/reminders';
import { calendarSection } from '../components/calendar-feeds';
import { emptyState, failedState } from '../components/page-states';
import { element, paragraph } from '../dom';
import { choicesFrom, digestDays, reminderKinds, savedWords, tickedFor } from '../domain/reminder-settings';
import { addFields, adminForm, checkboxesField, radiosField } from './admin/form';

let pending: AbortController | null = null;

/** Fills `view` (below the page's heading, drawn by main.ts) once the person's settings have loaded. */
export function showReminderSettings(view: HTMLElement): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;

  Promise.all([getMyReminders(controller.signal), myCalendarFeeds.list(controller.signal)]).then(
    ([mine, feeds]) => {
      if (!controller.signal.aborted) draw(view, mine, feeds);
    },
    (error: unknown) => {
      if (controller.signal.aborted) return;
      view.replaceChildren(failedState(error, 'your reminder settings', location.pathname, 'There is nothing at this address.'));
    },
  );
}

function draw(view: HTMLElement, mine: MyReminders, feeds: CalendarFeeds): void {
  const intro = paragraph('Choose which emails the tracker sends you. Nothing here changes what you see in the tracker itself.');
  const calendar = calendarSection({
    owner: 'person',
    api: myCalendarFeeds,
    feeds,
    cannotCreate: 'Your account is not linked to a person in the tracker, so it has no items to put in a calendar. Ask an administrator to link your account.',
  });
  if (!mine.canChoose) {
    view.replaceChildren(intro, emptyState('Your account is not linked to a person in the tracker, so you receive the reminders an administrator has chosen for everyone. Ask an administrator to link your account to choose your own.'), calendar);
    return;
  }
  let version = mine.version;
  const status = element('p', 'form__saved');
  status.setAttribute('role', 'status');
  const kinds = checkboxesField({
    name: 'kinds', legend: 'Which emails do you want?', hint: 'Tick all that apply.', values: tickedFor(mine), choices: reminderKinds,
  });
  const day = radiosField({
    name: 'digestDay', legend: 'Which day should your weekly digest come?', value: mine.digestDay, choices: digestDays,
  });
  const form = adminForm({
    fields: () => [kinds, day],
    submitText: 'Save reminder settings',
    progressText: 'Saving…',
    thing: 'Your reminder settings',
    rename: (name) => (name === 'digestDay' ? 'digestDay' : 'kinds'),
    submit: async () => {
      status.textContent = '';
      const saved = await saveMyReminders(choicesFrom(kinds.values(), day.value()), version);
      version = saved.version;
      kinds.setError([]);
      day.setError([]);
      status.textContent = savedWords(saved);
    },
  });
  addFields(form, kinds, day);
  view.replaceChildren(intro, form.element, status, calendar);
}
