// Importing a scorecard's values from a CSV file (/plans/{planId}/scorecard/import): choose the file (or paste its
// text), and the API's dry run shows what each line would do: new, a change to a value already entered, unchanged,
// skipped, refused (with its column and why, also in the error summary linked to the line) or a question about a 0
// that looks like a placeholder. The answers (how to read such 0s, whether to replace values already entered) are
// checked again before "Import N values", which the API saves all or nothing. Nothing is saved until that button.
// The form parts are the administration forms' (pages/admin/form.ts), as the plan import's upload is.

import { ApiError } from '../../api/client';
import { importValues, maxImportBytes, type ImportReport, type ImportRowOutcome } from '../../api/scorecard-import';
import { errorSummary } from '../../components/error-summary';
import { element, link, paragraph } from '../../dom';
import { fileSizeText, uploadProgressText } from '../../domain/import-words';
import { scorecardImportPath, scorecardPath } from '../../domain/routes';
import {
  blockedReason, countsSentence, importButtonText, importedSentence, lineId, outcomeWords, rowProblems, valuesToImport,
  type ImportChoices, type ZeroAnswer,
} from '../../domain/scorecard-import';
import { addFields, adminForm, checkboxField, FormProblems, radiosField, showProgress, textAreaField, textField, whileUploading } from '../admin/form';
import { heading, show, statusRegion, type ScorecardContext } from './shell';
// The radios, checkboxes, fieldsets and button group of the administration forms this page is built from.
import '../admin/admin.css';

const tooLarge = `The file is too large. The largest the import takes is ${fileSizeText(maxImportBytes)}.`;

export async function showValuesImport(ctx: ScorecardContext, planId: number): Promise<void> {
  document.title = 'Import values from a CSV file – Improvement action-plan tracker';
  const h1 = heading(ctx, 'Import values from a CSV file');
  const back = element('p');
  back.append(link(scorecardPath(planId), 'Back to the scorecard'));
  if (ctx.session.role === 'viewer') {
    show(ctx, h1, back, paragraph('You can read the scorecard but not import its values. The indicators’ owners, board members and administrators do.'));
    return;
  }
  const status = statusRegion();
  const results = element('div', 'scorecard-import');
  let source: File | string | null = null;

  const file = textField({
    name: 'file',
    label: 'The CSV file',
    hint: `One line per indicator and period, with a header line: indicator reference, period (2025-04, Apr-25, April 2025 or Q1 2025/26), value, and optionally state, note, year to date, direction, numerator and denominator. Up to ${fileSizeText(maxImportBytes)}.`,
    value: '',
  });
  file.input.type = 'file';
  file.input.accept = '.csv,text/csv';
  file.input.classList.add('file-upload');
  const paste = textAreaField({
    name: 'text',
    label: 'Or paste the CSV’s text (optional)',
    hint: 'Used only when no file is chosen: copy the lines, header included, from a spreadsheet saved as CSV.',
    value: '',
    rows: 6,
  });
  const upload = adminForm({
    fields: () => [file, paste],
    submitText: 'Check the file',
    progressText: 'Checking the file…',
    thing: 'This import',
    otherwise: 'file',
    submit: async () => {
      const chosen = file.input.files?.[0];
      const text = paste.input.value;
      if (!chosen && text.trim() === '') throw new FormProblems([{ field: 'file', message: 'Choose the CSV file, or paste its text.' }]);
      if (chosen && chosen.size > maxImportBytes) {
        throw new FormProblems([{ field: 'file', message: `The file is ${fileSizeText(chosen.size)}. The largest the import takes is ${fileSizeText(maxImportBytes)}.` }]);
      }
      const csv = chosen ?? text;
      const choices: ImportChoices = { zeroes: null, replaceExisting: false };
      const report = await whileUploading(upload.form, tooLarge, () => importValues(planId, csv, true, choices, (sent) => showProgress(upload.form, uploadProgressText(sent))));
      showProgress(upload.form, '');
      source = csv;
      drawReport(report, choices);
    },
  });
  addFields(upload, file, paste);

  /** The dry run (or a refused import's report): counts, problems, the lines, the answers and the import button. */
  const drawReport = (report: ImportReport, choices: ImportChoices, failure?: string) => {
    status.classList.remove('scorecard-status--success');
    const title = element('h2', undefined, 'What the file would do');
    const problems = rowProblems(report.rows);
    const summarySlot = element('div');
    const answers = answersForm(report, choices);
    results.replaceChildren(title, summarySlot, linesTable(report.rows), answers);
    status.replaceChildren(paragraph(`${failure ? `${failure} ` : 'Checked: nothing has been saved yet. '}${countsSentence(report.counts)}`));
    if (problems.length > 0) {
      const summary = errorSummary(problems, (id) => document.getElementById(id));
      summarySlot.append(summary);
      summary.focus();
    } else {
      status.focus();
    }
  };

  const answersForm = (report: ImportReport, checked: ImportChoices): HTMLElement => {
    const counts = report.counts;
    const zeroes = radiosField({
      name: 'zeroes',
      legend: `How should the ${counts.asked === 1 ? '0 that looks' : '0s that look'} like a placeholder be read?`,
      hint: 'A 0 is saved as a real zero only when you say so. Each line’s question above says why its 0 looks like a placeholder.',
      value: checked.zeroes ?? '',
      choices: [
        { value: 'real', text: 'They are real zeros', hint: 'Saved as the number 0.' },
        { value: 'no-data', text: 'There is no figure yet', hint: 'Saved as not yet due if the period has not ended, otherwise as being collated.' },
      ],
    });
    const replace = checkboxField({
      name: 'replaceExisting',
      label: 'Replace the values already entered that the file gives differently',
      hint: `${counts.changes} ${counts.changes === 1 ? 'line changes a value' : 'lines change values'} already in the scorecard. Without this, nothing is imported while they are in the file.`,
      checked: checked.replaceExisting,
    });
    const askZeroes = counts.asked > 0 || checked.zeroes !== null;
    const askReplace = counts.changes > 0 || checked.replaceExisting;
    const choices = (): ImportChoices => ({
      zeroes: askZeroes && zeroes.value() !== '' ? (zeroes.value() as ZeroAnswer) : null,
      replaceExisting: askReplace && replace.input.checked,
    });
    const same = (a: ImportChoices, b: ImportChoices) => a.zeroes === b.zeroes && a.replaceExisting === b.replaceExisting;
    const form = adminForm({
      fields: () => [...(askZeroes ? [zeroes] : []), ...(askReplace ? [replace] : [])],
      submitText: importButtonText(valuesToImport(counts, checked)),
      progressText: 'Importing…',
      thing: 'This import',
      otherwise: null,
      submit: async () => {
        const now = choices();
        if (!same(now, checked) || source === null) return;
        try {
          const saved = await whileUploading(form.form, tooLarge, () => importValues(planId, source!, false, now, (sent) => showProgress(form.form, sent >= 1 ? 'Importing…' : uploadProgressText(sent))));
          drawDone(saved, now);
        } catch (error) {
          const refused = error instanceof ApiError ? (error.problem as { report?: ImportReport } | undefined)?.report : undefined;
          if (!refused) throw error;
          drawReport(refused, now, `Nothing was imported: ${error instanceof ApiError ? error.problem?.detail ?? '' : ''}`.trim());
        }
      },
    });
    if (askZeroes) addFields(form, zeroes);
    if (askReplace) addFields(form, replace);
    const submit = form.form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const again = element('button', 'button button--secondary', 'Check again with these answers');
    again.type = 'button';
    submit.after(' ', again);
    const reason = paragraph('', 'hint scorecard-import__reason');
    reason.id = 'scorecard-import-reason';
    form.form.querySelector('.button-group')!.before(reason);
    const refresh = () => {
      const now = choices();
      const why = blockedReason(counts, now, same(now, checked));
      submit.disabled = why !== null;
      reason.textContent = why ?? `Importing saves ${importButtonText(valuesToImport(counts, now)).replace('Import ', '')} at once; if any cannot be saved, none is.`;
      submit.setAttribute('aria-describedby', reason.id);
      again.hidden = !(askZeroes || askReplace);
    };
    form.form.addEventListener('change', refresh);
    again.addEventListener('click', async () => {
      if (source === null) return;
      const now = choices();
      again.disabled = true;
      showProgress(form.form, 'Checking the file again…');
      try {
        drawReport(await importValues(planId, source, true, now, () => undefined), now);
      } catch (error) {
        showProgress(form.form, '');
        form.showErrors([{ field: null, message: error instanceof ApiError ? error.message : 'The tracker could not be reached. Check your connection and try again.' }]);
      } finally {
        again.disabled = false;
      }
    });
    refresh();
    const section = element('section');
    section.setAttribute('aria-labelledby', 'scorecard-import-answers');
    const title = element('h2', undefined, askZeroes || askReplace ? 'Your answers, then the import' : 'The import');
    title.id = 'scorecard-import-answers';
    section.append(title, form.element);
    return section;
  };

  const drawDone = (report: ImportReport, choices: ImportChoices) => {
    status.classList.add('scorecard-status--success');
    const ways = element('ul', 'scorecard-links');
    for (const [href, text] of [[scorecardPath(planId), 'See the values on the scorecard'], [scorecardImportPath(planId), 'Import another file']] as const) {
      const li = element('li');
      li.append(link(href, text));
      ways.append(li);
    }
    status.replaceChildren(paragraph(importedSentence(report.counts, choices), 'scorecard-status__text'), ways);
    results.replaceChildren(linesTable(report.rows));
    upload.element.hidden = true;
    status.focus();
  };

  show(ctx, h1, back,
    paragraph('The tracker reads the file and shows what each line would do before anything is saved. Values are checked as the values form checks them: the indicator’s periods, its unit’s range, months a closed review has reported on and, for a manager, the indicators they own.'),
    upload.element, status, results);
}

/** Every line of the file: what happens to it, the value now and the file's, and why (a refusal's column, a question). */
function linesTable(rows: readonly ImportRowOutcome[]): HTMLElement {
  const table = element('table', 'scorecard-table');
  table.append(element('caption', undefined, 'The file’s lines'));
  const head = element('tr');
  for (const text of ['Line', 'Indicator', 'Period', 'What happens', 'Now', 'From the file', 'Why']) {
    const th = element('th', undefined, text);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  for (const r of rows) {
    const tr = element('tr', `scorecard-import__line scorecard-import__line--${r.outcome}`);
    const th = element('th', undefined, String(r.row));
    th.setAttribute('scope', 'row');
    // The error summary's links land here.
    th.id = lineId(r.row);
    th.tabIndex = -1;
    const why = r.outcome === 'asked' ? r.question ?? '' : r.reasons.map((x) => `Column “${x.column}”: ${x.message}`).join(' ');
    tr.append(th, element('td', undefined, r.indicator), element('td', undefined, r.periodLabel ?? r.period ?? ''),
      element('td', undefined, outcomeWords[r.outcome]), element('td', undefined, r.current?.display ?? ''),
      element('td', undefined, r.value?.display ?? ''), element('td', undefined, why));
    body.append(tr);
  }
  table.append(thead, body);
  const wrap = element('div', 'scorecard-table-wrap');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'The file’s lines');
  wrap.tabIndex = 0;
  wrap.append(table);
  return wrap;
}
