// A newer version of a plan, on the import page: what the file would change in the plan (counts in words, new reviews,
// details taken from the file, items the file no longer has) and the scores the two disagree on, each with both values
// and a choice between keeping the tracker's and taking the file's. Saving the choices answers the import again, and
// the page is drawn anew from it. Nothing is written to the plan until "Apply the changes".

import { saveDecisions, type ImportResponse, type VersionDecision, type VersionOf } from '../../../api/imports';
import { element, paragraph } from '../../../dom';
import { choiceTexts, closedReviewText, decisionsRequest, fieldText, fieldValueText, versionSummaryText } from '../../../domain/import-versions';
import { adminForm } from '../form';
import { adminTable, cell, rowHeader } from '../shell';

/** The parts of "Changes to {plan}"; `saved` redraws the page with the import as the API answered the choices. */
export function versionParts(imp: ImportResponse, version: VersionOf, saved: (next: ImportResponse) => void, announce?: string): HTMLElement[] {
  const parts: HTMLElement[] = [paragraph(versionSummaryText(version.summary))];
  if (version.newReviews.length > 0) parts.push(heading('New reviews'), list(version.newReviews));
  if (version.fieldChanges.length > 0) parts.push(heading('Details that will be taken from the file'), fieldChanges(version));
  if (version.missing.length > 0) {
    parts.push(heading('Not in the file: kept, not deleted'), paragraph('These items of the plan are not in the file. They stay in the plan as they are.', 'hint'), list(version.missing));
  }
  parts.push(heading('Scores that differ'));
  if (version.decisions.length === 0) parts.push(paragraph('None: where both have a score, the file and the tracker agree.'));
  else parts.push(...decisionsForm(imp, version.decisions, saved, announce));
  return parts;
}

function heading(text: string): HTMLElement {
  return element('h3', 'import-part__heading', text);
}

function list(items: readonly string[]): HTMLElement {
  const ul = element('ul', 'admin-list');
  for (const text of items) ul.append(element('li', undefined, text));
  return ul;
}

function fieldChanges(version: VersionOf): HTMLElement {
  const rows = version.fieldChanges.map((c) => {
    const row = element('tr');
    row.append(rowHeader(c.item), cell(fieldText(c.field)), cell(fieldValueText(c.tracker)), cell(fieldValueText(c.file)));
    return row;
  });
  return adminTable(`Details that differ (${rows.length})`, ['Item', 'Detail', 'The tracker’s', 'The file’s'], rows);
}

function decisionsForm(imp: ImportResponse, decisions: readonly VersionDecision[], saved: (next: ImportResponse) => void, announce?: string): HTMLElement[] {
  const status = element('div', 'success-banner');
  status.setAttribute('role', 'status');
  status.tabIndex = -1;
  if (announce) {
    status.append(paragraph(announce, 'success-banner__text'));
    // The page focuses it once drawn, so the saved choices are announced where they were made.
    status.dataset.focusOnDraw = '';
  } else status.hidden = true;

  const open = decisions.filter((d) => !d.reviewClosed);
  const form = adminForm({
    fields: () => [],
    submitText: 'Save these choices',
    progressText: 'Saving the choices…',
    thing: 'This import',
    otherwise: null,
    submit: async () => {
      const chosen = (key: string) => form.form.querySelector<HTMLInputElement>(`input[type="radio"][data-key="${CSS.escape(key)}"]:checked`)?.value ?? null;
      saved(await saveDecisions(imp.id, decisionsRequest(decisions, chosen), imp.version));
    },
  });
  const rows = decisions.map((d, i) => {
    const row = element('tr');
    row.append(rowHeader(d.item), cell(d.review), cell(d.tracker), cell(d.file), d.reviewClosed ? cell(closedReviewText(d.review)) : cell(choice(d, i)));
    return row;
  });
  form.form.insertBefore(adminTable(`Scores the tracker and the file disagree on (${decisions.length})`, ['Item', 'Review', 'The tracker’s', 'The file’s', 'Which to keep'], rows), form.form.firstChild);
  const hint = paragraph('The tracker’s score is kept unless you choose the file’s. Save your choices before applying the changes.', 'hint');
  if (open.length === 0) {
    // Every difference is in a closed review: there is nothing to choose, so nothing to save.
    form.form.querySelector('.button-group')?.remove();
    return [paragraph('Every score that differs is in a closed review, so the tracker’s is kept.', 'hint'), form.element];
  }
  return [hint, status, form.element];
}

/** The radio pair for one decision, in a fieldset whose legend names the item and review for a screen reader. */
function choice(d: VersionDecision, index: number): HTMLElement {
  const set = element('fieldset', 'fieldset import-choice');
  set.append(element('legend', 'visually-hidden', `Which score to keep for ${d.item}, ${d.review}`));
  const radios = element('div', 'radios radios--small');
  for (const c of choiceTexts) {
    const item = element('div', 'radios__item');
    const input = element('input', 'radios__input');
    input.type = 'radio';
    input.name = `decision-${index}`;
    input.id = `decision-${index}-${c.value}`;
    input.value = c.value;
    input.dataset.key = d.key;
    input.checked = (d.choice === 'takeFile' ? 'takeFile' : 'keepTracker') === c.value;
    const label = element('label', 'radios__label', c.text);
    label.htmlFor = input.id;
    item.append(input, label);
    radios.append(item);
  }
  set.append(radios);
  return set;
}
