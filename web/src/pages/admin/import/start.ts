// "Bring a plan in": upload the council's file (or paste cells copied from Excel), optionally read the way of a mapping
// saved last month, and go on to the mapping and dry run. Nothing is written to any plan here: an import waits until
// a person confirms it on the next page. The imports still waiting are listed, to carry on with or throw away. A file
// can be said to be a newer version of a plan already in the tracker (the plans list links here with ?plan={id} to
// preset it): it is then compared with that plan rather than made a plan of its own.

import { listPendingImports, listSavedMappings, maxUploadBytes, pasteImport, uploadImport, type ImportSummary, type SavedMapping } from '../../../api/imports';
import { listPlans, type Plan } from '../../../api/client';
import { element, paragraph } from '../../../dom';
import { adminPaths } from '../../../domain/admin-routes';
import { formatMoment } from '../../../domain/item-audit';
import { fileSizeText, formatText, uploadProgressText } from '../../../domain/import-words';
import { presetPlanId } from '../../../domain/import-versions';
import { navigate } from '../../../router';
import { addFields, adminForm, FormProblems, selectField, showProgress, textAreaField, textField, whileUploading, type TextField } from '../form';
import { actionLink, actionsCell, adminTable, cell, crumbsTo, layout, load, rowHeader, type AdminContext } from '../shell';

const accepted = '.xlsx,.xlsm,.xls,.docx,.csv';
const tooLarge = `The file is too large. The largest the tracker takes is ${fileSizeText(maxUploadBytes)}.`;

export function showImportStart(ctx: AdminContext): void {
  const page = layout(ctx, 'Bring a plan in', crumbsTo({ href: adminPaths.plans(), text: 'Plans and reviews' }));
  const loading = Promise.all([listSavedMappings(ctx.signal), listPendingImports(ctx.signal), listPlans(ctx.signal)]);
  const preset = presetPlanId(location.search);
  void load(ctx, page.body, 'the saved mappings', loading, ([mappings, pending, plans]) => {
    page.body.append(
      paragraph('Upload the plan as the council keeps it. The tracker reads it, proposes what each column holds, and shows the first rows as they will be stored with everything it could not read. Nothing is written until you confirm.'),
      uploadForm(mappings, plans, preset),
      element('h2', 'admin-section-heading', 'Or paste cells copied from Excel'),
      pasteForm(),
      element('h2', 'admin-section-heading', 'Imports waiting to be finished'),
      pendingList(pending),
    );
  });
}

function uploadForm(mappings: readonly SavedMapping[], plans: readonly Plan[], preset: number | null): HTMLElement {
  const file = fileField();
  const versionOf = selectField({
    name: 'planId',
    label: 'This file is a newer version of (optional)',
    hint: 'A plan already in the tracker, brought in again with a review or rows added. The tracker shows what it would add and change in that plan, and asks before taking any score over the tracker’s. Nothing is deleted.',
    value: preset !== null && plans.some((p) => p.id === preset) ? String(preset) : '',
    options: [{ value: '', text: 'None: it is a new plan' }, ...plans.map((p) => ({ value: String(p.id), text: p.title }))],
  });
  const mappingId = selectField({
    name: 'mappingId',
    label: 'Read it the way of a saved mapping (optional)',
    hint: mappings.length === 0 ? 'No mappings have been saved yet. You can save one when you create a plan from a file.' : 'For next month’s copy of a file read before: its columns are matched by their headings.',
    value: '',
    options: [{ value: '', text: 'No, propose how to read it' }, ...mappings.map((m) => ({ value: String(m.id), text: m.name }))],
  });
  const form = adminForm({
    fields: () => [file, versionOf, mappingId],
    submitText: 'Read the file',
    progressText: 'Reading the file…',
    thing: 'This import',
    otherwise: 'file',
    submit: async () => {
      const chosen = file.input.files?.[0];
      if (!chosen) throw new FormProblems([{ field: 'file', message: 'Choose the plan’s file.' }]);
      // A request cannot carry this check cheaply: the browser would upload 20 MB and more only to be refused.
      if (chosen.size > maxUploadBytes) {
        throw new FormProblems([{ field: 'file', message: `The file is ${fileSizeText(chosen.size)}. The largest the tracker takes is ${fileSizeText(maxUploadBytes)}.` }]);
      }
      const id = /^[1-9][0-9]*$/.test(mappingId.input.value) ? Number(mappingId.input.value) : null;
      const planId = /^[1-9][0-9]*$/.test(versionOf.input.value) ? Number(versionOf.input.value) : null;
      const created = await whileUploading(form.form, tooLarge, () => uploadImport(chosen, id, (sent) => showProgress(form.form, uploadProgressText(sent)), undefined, planId));
      navigate(adminPaths.importReview(created.id));
    },
  });
  addFields(form, file, versionOf, mappingId);
  return form.element;
}

/** A file input as a GOV.UK field: label, hint with the cap, and the inline error the API's errors.file lands on. */
function fileField(): TextField {
  const field = textField({
    name: 'file',
    label: 'The plan’s file',
    hint: `An Excel workbook (.xlsx, .xlsm or .xls), a Word document with the plan in a table (.docx) or a CSV file, up to ${fileSizeText(maxUploadBytes)}. Macros are never run.`,
    value: '',
  });
  field.input.type = 'file';
  field.input.accept = accepted;
  field.input.classList.add('file-upload');
  return field;
}

function pasteForm(): HTMLElement {
  const text = textAreaField({
    name: 'text',
    label: 'Paste cells copied from Excel',
    hint: 'Select the plan’s cells in Excel, header row included, copy them, and paste them here. Colours do not survive copying, so a plan scored only by colour needs the file itself.',
    value: '',
    rows: 8,
  });
  const title = textField({ name: 'title', label: 'Title of the plan (optional)', hint: 'Pasted cells have no file name to take it from. You can change it on the next page.', value: '', autocomplete: 'off' });
  const form = adminForm({
    fields: () => [text, title],
    submitText: 'Read the pasted cells',
    progressText: 'Reading the cells…',
    thing: 'This import',
    otherwise: 'text',
    submit: async () => {
      if (text.input.value.trim() === '') throw new FormProblems([{ field: 'text', message: 'Paste the cells copied from Excel.' }]);
      const created = await whileUploading(form.form, tooLarge, () => pasteImport(text.input.value, title.input.value.trim() === '' ? null : title.input.value.trim()));
      navigate(adminPaths.importReview(created.id));
    },
  });
  addFields(form, text, title);
  return form.element;
}

function pendingList(pending: readonly ImportSummary[]): HTMLElement {
  if (pending.length === 0) return paragraph('None: every file read so far has been turned into a plan or discarded.');
  const rows = pending.map((i) => {
    const row = element('tr');
    row.append(
      rowHeader(i.fileName),
      cell(formatText(i.format)),
      cell(fileSizeText(i.sizeBytes)),
      cell(`${i.createdBy}, ${formatMoment(i.createdAt)}`),
      actionsCell(actionLink(adminPaths.importReview(i.id), 'Continue', `with ${i.fileName}`), actionLink(adminPaths.importDiscard(i.id), 'Discard', i.fileName)),
    );
    return row;
  });
  return adminTable(`Imports waiting (${pending.length})`, ['File', 'Format', 'Size', 'Read by', 'Actions'], rows);
}
