// /admin/email: the email outbox (issue 17) — whether email goes, the switch that turns it off and on, the reminder
// defaults (what everyone receives until they choose otherwise), and the emails waiting (with their attempts, last
// error, and the end of the quiet hours that hold them), failed for good, and sent recently. A chunk of its own (views.ts).

import { getOutbox, getReminderDefaults, setReminderDefaults, setSendingPaused, type OutboxEmail, type ReminderDefaults } from '../../api/mail';
import { element, paragraph } from '../../dom';
import { adminPaths } from '../../domain/admin-routes';
import { count } from '../../domain/admin-words';
import { daysBeforeNumber, kindWords, quietWords, sendingWords, waitingWords, whenWords } from '../../domain/outbox-words';
import { choicesFrom, defaultKinds, digestDays, tickedFor } from '../../domain/reminder-settings';
import { navigate } from '../../router';
import { addFields, adminForm, checkboxesField, FormProblems, radiosField, textField } from './form';
import { adminTable, cell, crumbsTo, layout, load, rowHeader, setFlash, type AdminContext } from './shell';

export function showEmail(ctx: AdminContext): void {
  const page = layout(ctx, 'Email', crumbsTo());
  const both = Promise.all([getOutbox(ctx.signal), getReminderDefaults(ctx.signal)]);
  void load(ctx, page.body, 'the email outbox', both, ([outbox, defaults]) => {
    const state = paragraph(sendingWords(outbox.configured, outbox.paused));
    const quiet = quietWords(outbox.quietUntil);
    const form = adminForm({
      fields: () => [],
      submitText: outbox.paused ? 'Turn email back on' : 'Turn email off',
      progressText: 'Saving…',
      thing: 'The email switch',
      warningButton: !outbox.paused,
      submit: async () => {
        await setSendingPaused(!outbox.paused, outbox.version);
        setFlash(outbox.paused ? 'Email is back on.' : 'Email is turned off.');
        navigate(adminPaths.email(), true);
      },
    });
    const by = (status: OutboxEmail['status']) => outbox.emails.filter((e) => e.status === status);
    const row = (e: OutboxEmail, last: string) => {
      const tr = element('tr');
      tr.append(rowHeader(e.recipientName), cell(e.recipientEmail), cell(kindWords(e.kind)), cell(e.subject), cell(String(e.attempts)), cell(last));
      return tr;
    };
    const headings = (last: string) => ['Recipient', 'Address', 'Kind', 'Subject', 'Attempts', last];
    page.body.append(
      state,
      ...(quiet ? [paragraph(quiet)] : []),
      form.element,
      ...defaultsSection(defaults),
      adminTable(`Waiting (${count(outbox.waitingCount, 'email')})`, headings('Next attempt and last error'),
        by('waiting').map((e) => row(e, [waitingWords(e.nextAttemptAt, e.sendsAt), e.lastError].filter(Boolean).join(' – ')))),
      adminTable(`Failed for good (${count(outbox.failedCount, 'email')})`, headings('Error'), by('failed').map((e) => row(e, e.lastError ?? ''))),
      adminTable(`Sent in the last 7 days (${count(outbox.sentCount, 'email')})`, headings('Sent'), by('sent').map((e) => row(e, whenWords(e.sentAt)))),
    );
  });
}

/** The reminder defaults: each kind on or off for whoever has not chosen, and the digest day; people's own choices stay. */
function defaultsSection(defaults: ReminderDefaults): HTMLElement[] {
  const heading = element('h2', 'admin-section-heading', 'Reminder defaults');
  const intro = paragraph('What everyone receives until they choose otherwise on their own reminder settings page. Changing these keeps the choices people have made.');
  const kinds = checkboxesField({
    name: 'kinds', legend: 'Which emails go by default?', hint: 'Tick all that apply.', values: tickedFor(defaults), choices: defaultKinds,
  });
  const day = radiosField({
    name: 'digestDay', legend: 'Which day does the weekly digest go by default?', value: defaults.digestDay, choices: digestDays,
  });
  const daysBefore = textField({
    name: 'daysBefore', label: 'How many days before a review’s “updates due by” date does the reminder go?',
    hint: 'A number from 1 to 14. Those whose items still need an update get one reminder then, and another on the last day.',
    value: String(defaults.daysBefore), width: 3, inputMode: 'numeric', spellcheck: false,
  });
  const form = adminForm({
    fields: () => [kinds, day, daysBefore],
    submitText: 'Save reminder defaults',
    progressText: 'Saving…',
    thing: 'The reminder defaults',
    rename: (name) => (name === 'digestDay' || name === 'daysBefore' ? name : 'kinds'),
    reloadOnConflict: 'Reload this page',
    submit: async () => {
      const days = daysBeforeNumber(daysBefore.input.value);
      if (typeof days === 'string') throw new FormProblems([{ field: 'daysBefore', message: days }]);
      await setReminderDefaults({ ...choicesFrom(kinds.values(), day.value()), daysBefore: days }, defaults.version);
      setFlash('The reminder defaults are saved.');
      navigate(adminPaths.email(), true);
    },
  });
  addFields(form, kinds, day, daysBefore);
  return [heading, intro, form.element];
}
