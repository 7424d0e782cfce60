// /admin/email: the email outbox (issue 17) — whether email goes, the switch that turns it off and on, and the emails
// waiting (with their attempts and last error), failed for good, and sent recently. A chunk of its own (views.ts).

import { getOutbox, setSendingPaused, type OutboxEmail } from '../../api/mail';
import { element, paragraph } from '../../dom';
import { adminPaths } from '../../domain/admin-routes';
import { count } from '../../domain/admin-words';
import { kindWords, sendingWords, whenWords } from '../../domain/outbox-words';
import { navigate } from '../../router';
import { adminForm } from './form';
import { adminTable, cell, crumbsTo, layout, load, rowHeader, setFlash, type AdminContext } from './shell';

export function showEmail(ctx: AdminContext): void {
  const page = layout(ctx, 'Email', crumbsTo());
  void load(ctx, page.body, 'the email outbox', getOutbox(ctx.signal), (outbox) => {
    const state = paragraph(sendingWords(outbox.configured, outbox.paused));
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
      form.element,
      adminTable(`Waiting (${count(outbox.waitingCount, 'email')})`, headings('Next attempt and last error'),
        by('waiting').map((e) => row(e, [whenWords(e.nextAttemptAt), e.lastError].filter(Boolean).join(' – ')))),
      adminTable(`Failed for good (${count(outbox.failedCount, 'email')})`, headings('Error'), by('failed').map((e) => row(e, e.lastError ?? ''))),
      adminTable(`Sent in the last 7 days (${count(outbox.sentCount, 'email')})`, headings('Sent'), by('sent').map((e) => row(e, whenWords(e.sentAt)))),
    );
  });
}
