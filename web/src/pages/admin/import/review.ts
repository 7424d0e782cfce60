// One import, on one page: the file, the mapping, the first rows as they will be stored, the dry run, and the commit.
// Everything a commit would do is shown before it is done; nothing is in any plan until "Create the plan". Applying
// the mapping reads the file again and redraws the page, saying so in a status region that takes focus.

import { listPeople, listScales, type Person, type Scale } from '../../../api/admin';
import { commitImport, getImport, type CommitResult, type ImportResponse, type VersionApplied } from '../../../api/imports';
import { emptyState } from '../../../components/page-states';
import { element, link, paragraph } from '../../../dom';
import { adminPaths } from '../../../domain/admin-routes';
import { formatMoment } from '../../../domain/item-audit';
import {
  cannotCommitReason,
  committedMessage,
  countRows,
  createdText,
  fileSizeText,
  formatText,
  groupFindings,
  groupHeading,
  previewKindText,
  shortHash,
  whereText,
} from '../../../domain/import-words';
import { decisionsSavedText, versionAppliedText } from '../../../domain/import-versions';
import { gridPath } from '../../../domain/routes';
import { addFields, adminForm, textField } from '../form';
import { adminTable, cell, crumbsTo, layout, load, rowHeader, type AdminContext, type Layout } from '../shell';
import { mappingForm } from './mapping-form';
import { summaryList } from './parts';
import { versionParts } from './version';

const noSuchImport = 'There is no import at this address. It may have been discarded, or the link may be wrong.';

export const importCrumbs = () => crumbsTo({ href: adminPaths.importStart(), text: 'Bring a plan in' });

export function showImportReview(ctx: AdminContext, importId: number): void {
  const page = layout(ctx, 'Check how the file was read', importCrumbs());
  const loading = Promise.all([getImport(importId, ctx.signal), listScales(ctx.signal), listPeople(ctx.signal)]);
  void load(ctx, page.body, 'the import', loading, ([imp, scales, people]) => draw(page, imp, scales, people), noSuchImport, () => page.retitle('No such import'));
}

function draw(page: Layout, imp: ImportResponse, scales: readonly Scale[], people: readonly Person[], announce?: string, decisionsAnnounce?: string): void {
  page.retitle(`Check how ${imp.fileName} was read`);
  if (imp.status !== 'pending') {
    page.body.replaceChildren(finishedState(imp));
    return;
  }
  const version = imp.versionOf;
  const redraw = (next: ImportResponse) =>
    draw(
      page,
      next,
      scales,
      people,
      next.versionOf
        ? `The mapping was applied and the file read again and compared with ${next.versionOf.planTitle}. The preview, the dry run and the changes below are new.`
        : `The mapping was applied and the file read again: it would create ${createdText(next.dryRun.counts)}. The preview and the dry run below are new.`,
    );
  const decided = (next: ImportResponse) => draw(page, next, scales, people, undefined, decisionsSavedText(next.versionOf?.decisions ?? []));
  const applied = element('div', 'success-banner');
  applied.setAttribute('role', 'status');
  applied.tabIndex = -1;
  if (announce) applied.append(paragraph(announce, 'success-banner__text'));
  else applied.hidden = true;

  page.body.replaceChildren(
    paragraph(
      version
        ? `This file is a newer version of ${version.planTitle}. Check what the tracker made of it, what it would change in the plan, and which scores to take from it. Nothing is written until you apply the changes at the bottom of this page.`
        : 'Check what the tracker made of the file and change the mapping where it is wrong. Nothing is written until you create the plan at the bottom of this page.',
    ),
    section('The file', fileDetails(imp)),
    section('How to read it', paragraph('What the tracker proposes; change anything, then apply the mapping to see the preview and the dry run again.'), mappingForm(imp, scales, people, redraw)),
    applied,
    section('Preview', previewTable(imp)),
    section('Dry run', ...dryRun(imp)),
    ...(version ? [section(`Changes to ${version.planTitle}`, ...versionParts(imp, version, decided, decisionsAnnounce))] : []),
    section(version ? 'Apply the changes' : 'Create the plan', commitForm(page, imp)),
  );
  if (announce) applied.focus();
  else page.body.querySelector<HTMLElement>('[data-focus-on-draw]')?.focus();
}

function section(heading: string, ...content: HTMLElement[]): HTMLElement {
  const box = element('section', 'import-section');
  const h2 = element('h2', 'admin-section-heading', heading);
  box.append(h2, ...content);
  return box;
}

function fileDetails(imp: ImportResponse): HTMLElement {
  const box = element('div');
  const hash = element('details', 'import-hash');
  hash.append(element('summary', undefined, `${shortHash(imp.sha256)} (show it in full)`), element('code', 'import-hash__full', imp.sha256));
  box.append(
    summaryList([
      ['File', imp.fileName],
      ['Format', formatText(imp.format)],
      ['Size', fileSizeText(imp.sizeBytes)],
      ['SHA-256 fingerprint', hash],
      ['Read by', `${imp.createdBy}, ${formatMoment(imp.createdAt)}`],
      ['Tables found', imp.tables.map((t) => `${t.name}${t.heading ? ` (${t.heading})` : ''}: ${t.rowCount} rows`).join('; ') || 'None'],
    ]),
  );
  if (imp.notes.length > 0) {
    const notes = element('ul', 'admin-list');
    for (const n of imp.notes) notes.append(element('li', undefined, n));
    box.append(element('h3', 'import-part__heading', 'What the reader noticed'), notes);
  }
  if (imp.alreadyImported) box.append(alreadyImported(imp.alreadyImported));
  return box;
}

function alreadyImported(already: NonNullable<ImportResponse['alreadyImported']>): HTMLElement {
  const warning = element('div', 'warning-text');
  const icon = element('span', 'warning-text__icon', '!');
  icon.setAttribute('aria-hidden', 'true');
  const text = element('strong', 'warning-text__text');
  text.append(
    element('span', 'visually-hidden', 'Warning: '),
    `This file was imported already, on ${formatMoment(already.committedAt)}, as `,
    link(gridPath(already.planId), already.planTitle),
    '. Creating the plan again changes nothing.',
  );
  warning.append(icon, text);
  return warning;
}

function previewTable(imp: ImportResponse): HTMLElement {
  const rows = imp.dryRun.preview;
  if (rows.length === 0) return paragraph('No rows would be stored. Check the header rows and what each column holds.');
  const several = imp.mapping.tables.length > 1;
  const tableName = (index: number) => imp.tables.find((t) => t.index === index)?.name ?? `Table ${index + 1}`;
  const reviews = imp.mapping.reviews.map((r) => r.label);
  const body = rows.map((r) => {
    const row = element('tr');
    row.append(
      rowHeader(several ? `${tableName(r.from.table)}, row ${r.from.row}` : `Row ${r.from.row}`),
      cell(previewKindText(r.item)),
      cell(r.number ?? 'Unnumbered'),
      cell(r.text ?? ''),
      cell(r.leads.join('; ')),
      cell(r.owners.join('; ')),
      cell(r.deadline ?? ''),
      ...reviews.map((_, i) => cell(r.scores[i] ?? '')),
    );
    return row;
  });
  const note = paragraph(`The first ${rows.length === 1 ? 'row' : `${rows.length} rows`} as they will be stored.`);
  const box = element('div');
  box.append(note, adminTable('The first rows as they will be stored', ['Source row', 'Kind', 'Number', 'Text', 'Leads', 'Owners', 'Deadline', ...reviews], body));
  return box;
}

function dryRun(imp: ImportResponse): HTMLElement[] {
  const run = imp.dryRun;
  const counts = adminTable(
    imp.versionOf ? 'What the file holds, read as a plan' : 'What creating the plan would write',
    ['What', 'How many'],
    countRows(run.counts).map((c) => {
      const row = element('tr');
      row.append(rowHeader(c.label), cell(String(c.value)));
      return row;
    }),
  );
  const parts: HTMLElement[] = [
    paragraph(imp.versionOf ? `Read as a plan, the file holds ${createdText(run.counts)}. What it would change in ${imp.versionOf.planTitle} is below.` : `Creating the plan would write ${createdText(run.counts)}.`),
    counts,
  ];
  const groups = groupFindings(run.findings);
  if (groups.length === 0) parts.push(paragraph('Nothing to check: every cell was read, and nothing had to be chosen.'));
  for (const group of groups) {
    const box = element('div', `import-findings import-findings--${group.kind}`);
    const list = element('ul', 'import-findings__list');
    for (const f of group.findings) {
      const item = element('li');
      item.append(element('strong', 'import-findings__where', whereText(f)), ' ', f.message);
      list.append(item);
    }
    box.append(element('h3', 'import-part__heading', groupHeading(group)), paragraph(group.explain, 'hint'), list);
    parts.push(box);
  }
  return parts;
}

function commitForm(page: Layout, imp: ImportResponse): HTMLElement {
  const saveAs = textField({
    name: 'saveMappingAs',
    label: 'Save this mapping as (optional)',
    hint: 'A name, to read next month’s copy of this file the same way. For example, Development plan monthly return.',
    value: '',
    autocomplete: 'off',
  });
  const version = imp.versionOf;
  const form = adminForm({
    fields: () => [saveAs],
    submitText: version ? `Apply the changes to ${version.planTitle}` : 'Create the plan',
    progressText: version ? 'Applying the changes…' : 'Creating the plan…',
    thing: 'This import',
    otherwise: null,
    // A score changed in the tracker since the dry run (or a blocking finding): the import must be read again.
    reloadOnConflict: 'Reload the import',
    submit: async () => {
      const name = saveAs.input.value.trim();
      const result = await commitImport(imp.id, imp.version, name === '' ? null : name);
      showCommitted(page, imp, result);
    },
  });
  addFields(form, saveAs);
  const reason = cannotCommitReason(imp.dryRun.canCommit, imp.dryRun.findings);
  const button = form.form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  if (reason !== null) {
    const why = paragraph(reason, 'import-commit__reason');
    why.id = 'import-commit-reason';
    button.disabled = true;
    button.setAttribute('aria-describedby', why.id);
    form.form.insertBefore(why, button.parentElement);
  }
  const discard = element('p', 'admin-more');
  discard.append(link(adminPaths.importDiscard(imp.id), 'Discard this import'));
  const box = element('div');
  box.append(form.element, discard);
  return box;
}

/** The success state: what was written, in a status region that takes focus, and the way to the new plan. */
function showCommitted(page: Layout, imp: ImportResponse, result: CommitResult): void {
  if (result.versionApplied && imp.versionOf) {
    showVersionApplied(page, imp.versionOf.planTitle, result.planId, result.versionApplied);
    return;
  }
  page.retitle(result.planCreated ? 'Plan created' : 'Nothing to create');
  const banner = element('div', 'success-banner');
  banner.setAttribute('role', 'status');
  banner.tabIndex = -1;
  banner.append(paragraph(committedMessage(imp.mapping.plan.title || imp.fileName, result.planCreated, result.counts), 'success-banner__text'));
  const next = element('ul', 'admin-list');
  const item = (node: Node) => {
    const li = element('li');
    li.append(node);
    next.append(li);
  };
  item(link(gridPath(result.planId), 'Open the plan’s grid'));
  item(link(adminPaths.reviews(result.planId), 'Its reviews'));
  item(link(adminPaths.sourceFiles(result.planId), 'The file it was created from'));
  item(link(adminPaths.importStart(), 'Bring another plan in'));
  page.body.replaceChildren(banner, element('h2', 'admin-section-heading', 'What next'), next);
  banner.focus();
}

function showVersionApplied(page: Layout, planTitle: string, planId: number, applied: VersionApplied): void {
  page.retitle('Changes applied');
  const banner = element('div', 'success-banner');
  banner.setAttribute('role', 'status');
  banner.tabIndex = -1;
  banner.append(paragraph(versionAppliedText(planTitle, applied), 'success-banner__text'));
  const next = element('ul', 'admin-list');
  for (const [href, text] of [
    [gridPath(planId), 'Open the plan’s grid'],
    [adminPaths.reviews(planId), 'Its reviews'],
    [adminPaths.sourceFiles(planId), 'The files it was brought in from'],
    [adminPaths.importStart(), 'Bring another file in'],
  ] as const) {
    const li = element('li');
    li.append(link(href, text));
    next.append(li);
  }
  page.body.replaceChildren(banner, element('h2', 'admin-section-heading', 'What next'), next);
  banner.focus();
}

function finishedState(imp: ImportResponse): HTMLElement {
  if (imp.status === 'committed' && imp.planId !== null) {
    return emptyState(`This import was committed${imp.committedAt ? ` on ${formatMoment(imp.committedAt)}` : ''}.`, 'Its plan is in the tracker, and the file is kept with it.', { href: gridPath(imp.planId), text: 'Open the plan’s grid' });
  }
  return emptyState('This import was discarded.', 'Nothing from it was written.', { href: adminPaths.importStart(), text: 'Bring a plan in' });
}
