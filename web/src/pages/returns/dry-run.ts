// An uploaded return: first its dry run (what applying would change, what someone else changed since the download, what
// cannot be saved and why, what was left out), with "Apply N changes"; then what the apply saved. Nothing is saved until
// the person applies it, and a score someone else changed since the download is never overwritten: the page says so
// beside those rows. Every outcome is a heading and words, never a colour alone.

import type { Plan } from '../../api/client';
import { getPlan } from '../../api/admin';
import { applyReturn, getReturnUpload, type ReturnRow, type ReturnUpload } from '../../api/returns';
import { element, link, paragraph } from '../../dom';
import { fileSizeText } from '../../domain/import-words';
import { formatMoment } from '../../domain/item-audit';
import { truncate } from '../../domain/grid-rows';
import {
  applyButtonText,
  appliedText,
  cannotApplyReason,
  countsText,
  findingsFor,
  itemWords,
  noteFindings,
  rowsByOutcome,
  valuesLines,
  whereWords,
} from '../../domain/return-words';
import { gridPath, itemPath, returnUploadPath } from '../../domain/routes';
import { adminForm } from '../admin/form';
import { summaryList } from '../admin/import/parts';
import { cell, rowHeader } from '../admin/shell';
import { layout, lines, load, rowsTable, section, type ReturnContext, type ReturnLayout } from './parts';

export function showReturnUploaded(ctx: ReturnContext, planId: number, importId: number): void {
  const page = layout(ctx, 'Check your return before it is saved');
  const loading = Promise.all([getReturnUpload(planId, importId, ctx.signal), getPlan(planId, ctx.signal)]);
  void load(ctx, page, 'your return', loading, ([upload, plan]) => draw(page, plan, upload, false),
    'There is no return of yours at this address. Only the person who uploaded a return can see it; upload it again if you need to.');
}

function draw(page: ReturnLayout, plan: Plan, upload: ReturnUpload, justApplied: boolean): void {
  const applied = upload.status !== 'pending';
  page.retitle(applied ? 'Return applied' : 'Check your return before it is saved');
  const parts: HTMLElement[] = [];
  if (applied) parts.push(result(plan, upload, justApplied));
  parts.push(details(plan, upload));
  parts.push(paragraph(countsText(upload.counts, applied), 'return-page__counts'));
  if (!applied) parts.push(paragraph('Nothing has been saved yet. Check the rows below, then apply the changes at the bottom of the page.'));
  for (const note of upload.notes) parts.push(notice(note));

  const rows = rowsByOutcome(upload.rows);
  if (rows.change.length > 0) parts.push(changes(plan.id, rows.change, applied));
  if (rows.conflict.length > 0) parts.push(conflicts(plan.id, upload, rows.conflict, applied));
  if (rows.invalid.length > 0) parts.push(invalid(plan.id, upload, rows.invalid));
  if (rows.skipped.length > 0) parts.push(skipped(upload, rows.skipped));
  const notes = noteFindings(upload.findings);
  if (notes.length > 0) parts.push(notesList(notes));
  if (!applied) parts.push(applyForm(page, plan, upload));
  page.body.replaceChildren(...parts);
  if (justApplied) page.body.querySelector<HTMLElement>('.success-banner')?.focus();
}

function details(plan: Plan, upload: ReturnUpload): HTMLElement {
  return summaryList([
    ['Plan', plan.title],
    ['Review', upload.reviewLabel],
    ['File', `${upload.fileName} (${fileSizeText(upload.sizeBytes)})`],
    ['Made', upload.madeAt ? `${upload.madeFor ? `for ${upload.madeFor}, ` : ''}${formatMoment(upload.madeAt)}` : 'Not said in the workbook'],
    ['Uploaded', `by ${upload.createdBy}, ${formatMoment(upload.createdAt)}`],
  ]);
}

function notice(text: string): HTMLElement {
  const box = element('div', 'warning-text');
  const icon = element('span', 'warning-text__icon', '!');
  icon.setAttribute('aria-hidden', 'true');
  const words = element('strong', 'warning-text__text');
  words.append(element('span', 'visually-hidden', 'Warning: '), text);
  box.append(icon, words);
  return box;
}

/** The row's item, linked to its page (where the saved score shows), with its text beneath. */
function itemHeader(planId: number, row: ReturnRow): HTMLTableCellElement {
  const name = itemWords(row);
  const header = rowHeader(row.itemType && row.itemId ? link(itemPath(planId, row.itemType, row.itemId), name) : name);
  if (row.text) header.append(element('span', 'return-item__text', truncate(row.text, 120)));
  return header;
}

function reasons(upload: ReturnUpload, row: ReturnRow): HTMLElement {
  const found = findingsFor(upload.findings, row.row, false);
  return lines(found.length > 0 ? found.map((f) => f.message) : ['No reason was given.']);
}

function changes(planId: number, rows: readonly ReturnRow[], applied: boolean): HTMLElement {
  const body = rows.map((r) => {
    const tr = element('tr');
    tr.append(itemHeader(planId, r), cell(r.change?.summary ?? ''), cell(lines(valuesLines(r.yours))));
    return tr;
  });
  const title = applied ? `Changes saved (${rows.length})` : `Changes to save (${rows.length})`;
  return section('return-changes', title,
    paragraph(applied ? 'These rows were saved as your return said.' : 'Applying saves these rows as your return says, with your name on each.'),
    rowsTable(title, ['Item', applied ? 'What changed' : 'What changes', 'In your return'], body));
}

function conflicts(planId: number, upload: ReturnUpload, rows: readonly ReturnRow[], applied: boolean): HTMLElement {
  const body = rows.map((r) => {
    const tr = element('tr');
    tr.append(itemHeader(planId, r), cell(lines(valuesLines(r.yours))), cell(lines(valuesLines(r.theirs))), cell(reasons(upload, r)));
    return tr;
  });
  const title = `Changed by someone else since you downloaded the return (${rows.length})`;
  return section('return-conflicts', title,
    paragraph(`Someone saved ${rows.length === 1 ? 'this item' : 'these items'} after you downloaded your return, and your return changes ${rows.length === 1 ? 'it' : 'them'} too. ` +
      `${applied ? 'Nothing was overwritten' : 'Nothing will be overwritten'}: the tracker keeps what it holds now. Agree which is right, then enter it in the tracker.`, 'return-section__explain'),
    rowsTable(title, ['Item', 'Your return says', 'The tracker now holds', 'What happened'], body));
}

function invalid(planId: number, upload: ReturnUpload, rows: readonly ReturnRow[]): HTMLElement {
  const body = rows.map((r) => {
    const found = findingsFor(upload.findings, r.row, false);
    const tr = element('tr');
    tr.append(itemHeader(planId, r), cell(reasons(upload, r)), cell(lines(found.length > 0 ? found.map(whereWords) : [r.where])));
    return tr;
  });
  const title = `Rows that cannot be saved (${rows.length})`;
  return section('return-invalid', title,
    paragraph('These rows were left out. Correct them in the workbook and upload it again, or enter them in the tracker.', 'return-section__explain'),
    rowsTable(title, ['Item', 'Why', 'Where'], body));
}

function skipped(upload: ReturnUpload, rows: readonly ReturnRow[]): HTMLElement {
  const body = rows.map((r) => {
    const tr = element('tr');
    tr.append(rowHeader(r.where), cell(reasons(upload, r)));
    return tr;
  });
  const title = `Rows left out (${rows.length})`;
  return section('return-skipped', title,
    paragraph('The tracker could not tell which item these rows are for, so it left them alone.', 'return-section__explain'),
    rowsTable(title, ['Row', 'Why'], body));
}

function notesList(notes: ReturnUpload['findings']): HTMLElement {
  const list = element('ul', 'return-notes');
  for (const note of notes) {
    const li = element('li');
    li.append(element('strong', 'return-notes__where', whereWords(note)), ' ', note.message);
    list.append(li);
  }
  return section('return-notes', `Notes (${notes.length})`, paragraph('Worth knowing; nothing to do.', 'return-section__explain'), list);
}

function applyForm(page: ReturnLayout, plan: Plan, upload: ReturnUpload): HTMLElement {
  const form = adminForm({
    fields: () => [],
    submitText: applyButtonText(upload.counts.changes),
    progressText: 'Saving your changes…',
    thing: 'This return',
    otherwise: null,
    submit: async () => {
      const done = await applyReturn(plan.id, upload.id, upload.version);
      draw(page, plan, done, true);
    },
  });
  const reason = cannotApplyReason(upload);
  if (reason !== null) {
    const button = form.form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const why = paragraph(reason, 'return-apply__reason');
    why.id = 'return-apply-reason';
    button.disabled = true;
    button.setAttribute('aria-describedby', why.id);
    form.form.insertBefore(why, button.parentElement);
  }
  const another = element('p', 'return-apply__another');
  another.append(link(returnUploadPath(plan.id, upload.reviewId), 'Upload another workbook instead'));
  return section('return-apply', 'Apply the changes', form.element, another);
}

/** The result: what was saved, in a status region (focused just after applying), and where to go next. */
function result(plan: Plan, upload: ReturnUpload, justApplied: boolean): HTMLElement {
  const box = element('div');
  const banner = element('div', 'success-banner');
  banner.setAttribute('role', 'status');
  banner.tabIndex = -1;
  banner.append(paragraph(appliedText(upload), 'success-banner__text'));
  if (upload.committedAt && !justApplied) banner.append(paragraph(`Applied ${formatMoment(upload.committedAt)}.`));
  const next = element('ul', 'admin-list');
  for (const [href, text] of [['/my-actions', 'Go to My actions'], [gridPath(plan.id), `Open ${plan.title}`]] as const) {
    const li = element('li');
    li.append(link(href, text));
    next.append(li);
  }
  box.append(banner, next);
  return box;
}
