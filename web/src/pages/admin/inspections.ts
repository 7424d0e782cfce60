// Inspections: the reports plans answer, held as printed. The list; recording or correcting an inspection with its
// judgements per area (rows added and removed, as a scale's levels are); its report recommendations, what in the plans
// answers each, and the gaps nothing answers (GET .../coverage); adding, correcting and removing a recommendation; and
// choosing which plan items answer one (only items of a plan that answers the inspection are offered, as the API
// requires). Deleting an inspection a plan answers is refused by the API, whose message is shown.

import {
  createInspection,
  createInspectionRecommendation,
  deleteInspection,
  deleteInspectionRecommendation,
  getCoverage,
  getInspection,
  getInspectionRecommendation,
  listInspectionRecommendations,
  listInspections,
  listScales,
  replaceLinks,
  updateInspection,
  updateInspectionRecommendation,
  type Inspection,
  type InspectionRecommendation,
  type Scale,
} from '../../api/admin';
import { getGrid } from '../../api/client';
import { element, link, paragraph } from '../../dom';
import {
  blankJudgement,
  coverageWords,
  inspectionDates,
  inspectionFieldFor,
  inspectionFormFrom,
  inspectionName,
  inspectionRequest,
  judgementWords,
  linkableItems,
  linkedItemWords,
  linkKey,
  linksFor,
  recommendationFormFrom,
  recommendationRequest,
  reportRecommendationName,
  type JudgementRow,
  type LinkableItem,
} from '../../domain/admin-inspections';
import { adminPaths } from '../../domain/admin-routes';
import { count } from '../../domain/admin-words';
import { gridPath } from '../../domain/routes';
import { navigate } from '../../router';
import { addFields, adminForm, dateField, deleteForm, fieldId, FormProblems, selectField, textAreaField, textField, type Field, type TextField } from './form';
import { actionLink, actionsCell, adminTable, buttonLink, cell, crumbsTo, layout, load, rowHeader, setFlash, tag, type AdminContext, type Crumb } from './shell';

const inspectionsCrumbs = () => crumbsTo({ href: adminPaths.inspections(), text: 'Inspections' });
const noSuchInspection = 'There is no inspection at this address. It may have been deleted.';
const noSuchRecommendation = 'This inspection has no report recommendation at this address. It may have been removed.';

function recommendationsCrumbs(inspection: Inspection | null, inspectionId: number): Crumb[] {
  return [
    ...inspectionsCrumbs(),
    { href: adminPaths.reportRecommendations(inspectionId), text: inspection ? `Recommendations of ${inspectionName(inspection)}` : 'Report recommendations' },
  ];
}

/** The breadcrumbs learn the inspection's name once it has loaded. */
function renameCrumbs(main: HTMLElement, crumbs: readonly Crumb[]): void {
  const links = main.querySelectorAll<HTMLAnchorElement>('.breadcrumbs a');
  crumbs.forEach((crumb, i) => {
    const a = links[i];
    if (a) a.textContent = crumb.text;
  });
}

export function showInspections(ctx: AdminContext): void {
  const page = layout(ctx, 'Inspections', crumbsTo());
  void load(ctx, page.body, 'the inspections', listInspections(ctx.signal), (inspections) => {
    const actions = element('p', 'admin-actions-bar');
    actions.append(buttonLink(adminPaths.inspectionNew(), 'Record an inspection'));
    page.body.append(
      paragraph('The inspection reports plans answer, as they were printed: the judgements, and the numbered recommendations that plan items answer. A plan says which inspection it answers in its details.'),
      actions,
      inspections.length === 0
        ? paragraph('No inspections have been recorded yet.')
        : adminTable(`Inspections (${count(inspections.length, 'inspection')}), most recently published first`, ['Inspection', 'Overall judgement', 'Plans that answer it', 'Actions'], inspections.map(inspectionRow)),
    );
  });
}

function inspectionRow(inspection: Inspection): HTMLTableRowElement {
  const row = element('tr');
  const name = inspectionName(inspection);
  const header = rowHeader(name);
  const dates = inspectionDates(inspection);
  if (dates) header.append(element('span', 'admin-sub', dates));
  const plans = element('ul', 'admin-list');
  for (const plan of inspection.plans) {
    const item = element('li');
    item.append(link(gridPath(plan.id), plan.title));
    plans.append(item);
  }
  row.append(
    header,
    cell(inspection.overallJudgement ?? 'Not recorded'),
    cell(inspection.plans.length > 0 ? plans : element('span', 'hint', 'None yet')),
    actionsCell(
      actionLink(adminPaths.reportRecommendations(inspection.id), 'Recommendations and coverage', `of ${name}`),
      actionLink(adminPaths.inspectionEdit(inspection.id), 'Change', name),
      actionLink(adminPaths.inspectionDelete(inspection.id), 'Delete', name),
    ),
  );
  return row;
}

/** Records an inspection (inspectionId null) or corrects one and its judgements. */
export function showInspectionForm(ctx: AdminContext, inspectionId: number | null): void {
  const page = layout(ctx, inspectionId === null ? 'Record an inspection' : 'Change an inspection', inspectionsCrumbs());
  void load(
    ctx,
    page.body,
    inspectionId === null ? 'the rating scales' : 'the inspection',
    Promise.all([inspectionId === null ? Promise.resolve(null) : getInspection(inspectionId, ctx.signal), listScales(ctx.signal)]),
    ([inspection, scales]) => {
      if (inspection) page.retitle(`Change ${inspectionName(inspection)}`);
      page.body.append(inspectionForm(inspection, scales));
    },
    noSuchInspection,
    () => page.retitle('No such inspection'),
  );
}

interface JudgementFields {
  area: TextField;
  judgement: TextField;
  level: TextField;
  scoreText: TextField;
  percentage: TextField;
}

function inspectionForm(inspection: Inspection | null, scales: readonly Scale[]): HTMLElement {
  const values = inspectionFormFrom(inspection ?? undefined);
  const inspectorate = textField({ name: 'inspectorate', label: 'Inspectorate', hint: 'As the report names it, for example Ofsted or HMIP.', value: values.inspectorate, width: 20, autocomplete: 'off' });
  const kind = textField({ name: 'kind', label: 'Kind of inspection (optional)', hint: 'For example ILACS, Youth justice inspection, or SEND local area inspection.', value: values.kind, autocomplete: 'off' });
  const title = textField({ name: 'title', label: 'Title of the report (optional)', value: values.title, autocomplete: 'off' });
  const startedOn = dateField({ name: 'startedOn', legend: 'First day of the inspection (optional)', value: values.startedOn });
  const endedOn = dateField({ name: 'endedOn', legend: 'Last day of the inspection (optional)', value: values.endedOn });
  const publishedOn = dateField({ name: 'publishedOn', legend: 'Date the report was published (optional)', value: values.publishedOn });
  const overallJudgement = textField({ name: 'overallJudgement', label: 'Overall judgement (optional)', hint: 'In the report’s words, for example Requires improvement to be good.', value: values.overallJudgement, autocomplete: 'off' });
  const overallLevel = textField({
    name: 'overallLevel',
    label: 'Overall level (optional)',
    hint: 'Its value on the inspectorate’s own scale, where it has one. HMIP rates 0 Inadequate to 3 Outstanding, so 0 here is a judgement, not a missing score.',
    value: values.overallLevel,
    width: 3,
    inputMode: 'numeric',
    autocomplete: 'off',
  });
  const judgementScaleId = selectField({
    name: 'judgementScaleId',
    label: 'The inspectorate’s rating scale (optional)',
    hint: 'The scale the levels are values on. Nothing is averaged from it.',
    value: values.judgementScaleId,
    options: [{ value: '', text: 'None' }, ...scales.map((s) => ({ value: String(s.id), text: s.name }))],
  });
  const reportReference = textField({ name: 'reportReference', label: 'Where the report is (optional)', hint: 'A web address or a reference.', value: values.reportReference, autocomplete: 'off', spellcheck: false });

  // The judgements: rows in their own fieldset, added and removed, with a status region saying what changed.
  let rows: JudgementRow[] = values.judgements;
  let rowFields: JudgementFields[] = [];
  const group = element('div', 'form-group levels');
  const set = element('fieldset', 'fieldset');
  const legend = element('legend', 'fieldset__legend fieldset__legend--m', 'Judgements');
  const hint = element('div', 'hint form-hint', 'One per area or key question, in the report’s order, each in the report’s words. Leave the list empty if the report gives only an overall judgement.');
  hint.id = `${fieldId('judgements')}-hint`;
  set.setAttribute('aria-describedby', hint.id);
  const listError = element('p', 'error-message');
  listError.id = `${fieldId('judgements')}-error`;
  listError.hidden = true;
  const list = element('ol', 'level-rows');
  const add = element('button', 'button button--secondary', 'Add a judgement');
  add.type = 'button';
  const announcer = element('p', 'admin-announcer');
  announcer.setAttribute('role', 'status');
  set.append(legend, hint, listError, list, add, announcer);
  group.append(set);
  const judgementsField: Field = {
    name: 'judgements',
    group,
    focusTarget: () => rowFields[0]?.area.input ?? add,
    setError(messages) {
      group.classList.toggle('form-group--error', messages.length > 0);
      listError.hidden = messages.length === 0;
      listError.replaceChildren(element('span', 'visually-hidden', 'Error: '), messages.join(' '));
      set.setAttribute('aria-describedby', messages.length > 0 ? `${hint.id} ${listError.id}` : hint.id);
    },
  };

  const readRows = () => {
    rows = rowFields.map((f) => ({
      area: f.area.input.value,
      judgement: f.judgement.input.value,
      level: f.level.input.value,
      scoreText: f.scoreText.input.value,
      percentage: f.percentage.input.value,
    }));
  };
  const drawRows = () => {
    rowFields = rows.map((row, i) => {
      const prefix = `judgements.${i}`;
      return {
        area: textField({ name: `${prefix}.area`, label: 'Area or key question', hint: 'For example, Children who need help and protection.', value: row.area, autocomplete: 'off' }),
        judgement: textField({ name: `${prefix}.judgement`, label: 'Judgement (optional)', value: row.judgement, autocomplete: 'off' }),
        level: textField({ name: `${prefix}.level`, label: 'Level (optional)', value: row.level, width: 3, inputMode: 'numeric', autocomplete: 'off' }),
        scoreText: textField({ name: `${prefix}.scoreText`, label: 'Score as printed (optional)', hint: 'For example, 26/36.', value: row.scoreText, width: 10, autocomplete: 'off' }),
        percentage: textField({ name: `${prefix}.percentage`, label: 'Percentage (optional)', hint: 'Without the % sign.', value: row.percentage, width: 5, inputMode: 'text', autocomplete: 'off' }),
      };
    });
    list.replaceChildren(
      ...rowFields.map((f, i) => {
        const item = element('li', 'level-row');
        const rowSet = element('fieldset', 'fieldset level-row__fieldset');
        const rowLegend = element('legend', 'fieldset__legend level-row__legend', `Judgement ${i + 1}`);
        const boxes = element('div', 'level-row__boxes');
        boxes.append(f.level.group, f.scoreText.group, f.percentage.group);
        const buttons = element('div', 'level-row__buttons');
        const remove = element('button', 'button button--secondary button--small');
        remove.type = 'button';
        remove.append('Remove', element('span', 'visually-hidden', ` judgement ${i + 1}`));
        remove.addEventListener('click', () => {
          readRows();
          const removed = rows[i]!;
          rows = rows.filter((_, j) => j !== i);
          drawRows();
          (rowFields[i]?.area.input ?? add).focus();
          announcer.textContent = `Judgement ${i + 1}${removed.area.trim() ? ` (${removed.area.trim()})` : ''} removed. ${count(rows.length, 'judgement')} left.`;
        });
        buttons.append(remove);
        rowSet.append(rowLegend, f.area.group, f.judgement.group, boxes, buttons);
        item.append(rowSet);
        return item;
      }),
    );
  };
  add.addEventListener('click', () => {
    readRows();
    rows = [...rows, blankJudgement()];
    drawRows();
    rowFields.at(-1)?.area.input.focus();
    announcer.textContent = `Judgement ${rows.length} added.`;
  });
  drawRows();

  const fields = (): Field[] => [
    inspectorate,
    kind,
    title,
    startedOn,
    endedOn,
    publishedOn,
    overallJudgement,
    overallLevel,
    judgementScaleId,
    reportReference,
    judgementsField,
    ...rowFields.flatMap((f) => [f.area, f.judgement, f.level, f.scoreText, f.percentage]),
  ];
  const form = adminForm({
    fields,
    submitText: inspection ? 'Save changes' : 'Record inspection',
    progressText: 'Saving…',
    cancel: { href: adminPaths.inspections(), text: 'Cancel' },
    thing: 'This inspection',
    rename: inspectionFieldFor,
    submit: async () => {
      readRows();
      const prepared = inspectionRequest({
        inspectorate: inspectorate.input.value,
        kind: kind.input.value,
        title: title.input.value,
        startedOn: startedOn.value(),
        endedOn: endedOn.value(),
        publishedOn: publishedOn.value(),
        overallJudgement: overallJudgement.input.value,
        overallLevel: overallLevel.input.value,
        judgementScaleId: judgementScaleId.input.value,
        reportReference: reportReference.input.value,
        judgements: rows,
      });
      if (!prepared.ok) throw new FormProblems(prepared.errors);
      const saved = inspection ? await updateInspection(inspection.id, prepared.request, inspection.version) : await createInspection(prepared.request);
      if (inspection) {
        setFlash(`Changes to ${inspectionName(saved)} saved.`);
        navigate(adminPaths.inspections());
      } else {
        setFlash(`${inspectionName(saved)} recorded. Add its report’s recommendations here.`);
        navigate(adminPaths.reportRecommendations(saved.id));
      }
    },
  });
  addFields(form, inspectorate, kind, title, startedOn, endedOn, publishedOn, overallJudgement, overallLevel, judgementScaleId, reportReference, group);
  if (!inspection) return form.element;
  const more = element('p', 'admin-more');
  more.append(link(adminPaths.reportRecommendations(inspection.id), 'Its report recommendations and coverage'), ' · ', link(adminPaths.inspectionDelete(inspection.id), 'Delete this inspection'));
  const wrapper = element('div');
  wrapper.append(form.element, more);
  return wrapper;
}

export function showInspectionDelete(ctx: AdminContext, inspectionId: number): void {
  const page = layout(ctx, 'Delete an inspection', inspectionsCrumbs());
  void load(
    ctx,
    page.body,
    'the inspection',
    getInspection(inspectionId, ctx.signal),
    (inspection) => {
      const name = inspectionName(inspection);
      page.retitle(`Delete ${name}?`);
      const form = deleteForm({
        explain: [
          `${name} will be deleted with its judgements and its report recommendations. An inspection that a plan answers cannot be deleted: change those plans’ details first. The history of changes keeps what it was.`,
        ],
        submitText: 'Delete inspection',
        cancel: { href: adminPaths.inspections(), text: 'No, keep it' },
        thing: 'This inspection',
        submit: async () => {
          await deleteInspection(inspection.id, inspection.version);
          setFlash(`${name} has been deleted.`);
          navigate(adminPaths.inspections());
        },
      });
      page.body.append(form.element);
    },
    noSuchInspection,
    () => page.retitle('No such inspection'),
  );
}

/** The report's recommendations in its order, what answers each, and the gaps; with the inspection's judgements. */
export function showReportRecommendations(ctx: AdminContext, inspectionId: number): void {
  const page = layout(ctx, 'Report recommendations', inspectionsCrumbs());
  void load(
    ctx,
    page.body,
    'the report recommendations',
    Promise.all([getInspection(inspectionId, ctx.signal), listInspectionRecommendations(inspectionId, ctx.signal), getCoverage(inspectionId, ctx.signal)]),
    ([inspection, recommendations, coverage]) => {
      const name = inspectionName(inspection);
      page.retitle(`Recommendations of ${name}`);
      const about = element('div', 'inset-text');
      const dates = inspectionDates(inspection);
      about.append(paragraph(`Overall judgement: ${inspection.overallJudgement ?? 'not recorded'}${inspection.overallLevel === null ? '' : ` (level ${inspection.overallLevel})`}.${dates ? ` ${dates}.` : ''}`));
      const plans = element('p');
      if (inspection.plans.length === 0) {
        plans.append('No plan answers this inspection yet: choose it in a plan’s details (', link(adminPaths.plans(), 'Plans and reviews'), '), and its items can then be linked here.');
      } else {
        plans.append(`Answered by ${inspection.plans.length === 1 ? 'the plan' : 'the plans'}: `);
        inspection.plans.forEach((p, i) => {
          if (i > 0) plans.append(', ');
          plans.append(link(gridPath(p.id), p.title));
        });
        plans.append('.');
      }
      about.append(plans);
      page.body.append(about);

      if (inspection.judgements.length > 0) {
        page.body.append(
          adminTable(
            `Judgements (${count(inspection.judgements.length, 'area')})`,
            ['Area', 'Judgement'],
            inspection.judgements.map((j) => {
              const row = element('tr');
              row.append(rowHeader(j.area), cell(judgementWords(j)));
              return row;
            }),
          ),
        );
      }

      const coverageHeading = element('h2', 'admin-section-heading', 'Coverage');
      const summary = paragraph(coverageWords(coverage), 'admin-coverage');
      const actions = element('p', 'admin-actions-bar');
      actions.append(buttonLink(adminPaths.reportRecommendationNew(inspection.id), 'Add a recommendation'));
      page.body.append(coverageHeading, summary, actions);
      if (recommendations.length > 0) {
        page.body.append(
          adminTable(
            `Report recommendations (${count(recommendations.length, 'recommendation')}), in the report’s order`,
            ['Number', 'Recommendation', 'Answered by', 'Actions'],
            recommendations.map((r) => recommendationRow(inspection, r)),
          ),
        );
      }
      const gaps = element('h2', 'admin-section-heading', `Gaps: ${coverage.gaps.length === 0 ? 'none' : count(coverage.gaps.length, 'recommendation')}`);
      page.body.append(gaps);
      if (coverage.gaps.length === 0) {
        page.body.append(paragraph(recommendations.length === 0 ? 'There is nothing to answer yet.' : 'Every report recommendation is answered by a plan item.'));
      } else {
        const list = element('ul', 'admin-list');
        for (const gap of coverage.gaps) list.append(element('li', undefined, `${reportRecommendationName(gap)}: ${gap.text}`));
        page.body.append(paragraph('No plan item answers these report recommendations:'), list);
      }
    },
    noSuchInspection,
    () => page.retitle('No such inspection'),
  );
}

function recommendationRow(inspection: Inspection, r: InspectionRecommendation): HTMLTableRowElement {
  const row = element('tr');
  const name = reportRecommendationName(r);
  const text = cell(element('span', 'admin-text', r.text));
  const printed = [r.addressee ? `Addressed to ${r.addressee}` : '', r.paragraphs ? `Paragraphs ${r.paragraphs}` : ''].filter((t) => t !== '').join(' · ');
  if (printed) text.append(element('span', 'admin-sub', printed));
  let answered: HTMLElement;
  if (r.links.length === 0) {
    // In words: a gap is not shown by colour alone.
    answered = tag('Gap: no plan item answers it', 'gap');
  } else {
    answered = element('ul', 'admin-list');
    for (const l of r.links) answered.append(element('li', undefined, `${linkedItemWords(l)}${l.note ? ` (${l.note})` : ''}`));
  }
  row.append(
    rowHeader(r.number?.trim() || 'Unnumbered'),
    text,
    cell(answered),
    actionsCell(
      actionLink(adminPaths.reportRecommendationLinks(inspection.id, r.id), 'Choose what answers it', `(${name.toLowerCase()})`),
      actionLink(adminPaths.reportRecommendationEdit(inspection.id, r.id), 'Change', name.toLowerCase()),
      actionLink(adminPaths.reportRecommendationDelete(inspection.id, r.id), 'Remove', name.toLowerCase()),
    ),
  );
  return row;
}

/** Adds a report recommendation (recommendationId null) or corrects one, as printed. */
export function showReportRecommendationForm(ctx: AdminContext, inspectionId: number, recommendationId: number | null): void {
  const page = layout(ctx, recommendationId === null ? 'Add a report recommendation' : 'Change a report recommendation', recommendationsCrumbs(null, inspectionId));
  void load(
    ctx,
    page.body,
    recommendationId === null ? 'the inspection' : 'the report recommendation',
    Promise.all([getInspection(inspectionId, ctx.signal), recommendationId === null ? Promise.resolve(null) : getInspectionRecommendation(inspectionId, recommendationId, ctx.signal)]),
    ([inspection, recommendation]) => {
      renameCrumbs(ctx.main, recommendationsCrumbs(inspection, inspectionId));
      page.retitle(recommendation ? `Change ${reportRecommendationName(recommendation).toLowerCase()}` : `Add a recommendation of ${inspectionName(inspection)}`);
      const values = recommendationFormFrom(recommendation ?? undefined);
      const number = textField({ name: 'number', label: 'Number (optional)', hint: 'As the report prints it, for example 14. Leave it blank if the report does not number it: no number is made up.', value: values.number, width: 5, autocomplete: 'off' });
      const text = textAreaField({ name: 'text', label: 'Recommendation', hint: 'In the report’s words.', value: values.text, rows: 4 });
      const addressee = textField({ name: 'addressee', label: 'Addressed to (optional)', hint: 'The body the report addresses, for example the local authority, or the safeguarding partnership.', value: values.addressee, autocomplete: 'off' });
      const paragraphs = textField({ name: 'paragraphs', label: 'Report paragraphs (optional)', hint: 'The paragraphs it is drawn from, for example 12, 31.', value: values.paragraphs, width: 10, autocomplete: 'off' });
      const fields = [number, text, addressee, paragraphs];
      const form = adminForm({
        fields: () => fields,
        submitText: recommendation ? 'Save changes' : 'Add recommendation',
        progressText: 'Saving…',
        cancel: { href: adminPaths.reportRecommendations(inspectionId), text: 'Cancel' },
        thing: 'This recommendation',
        submit: async () => {
          const body = recommendationRequest({ number: number.input.value, text: text.input.value, addressee: addressee.input.value, paragraphs: paragraphs.input.value });
          const saved = recommendation
            ? await updateInspectionRecommendation(inspectionId, recommendation.id, body, recommendation.version)
            : await createInspectionRecommendation(inspectionId, body);
          setFlash(`${reportRecommendationName(saved)} ${recommendation ? 'saved' : 'added'}.`);
          navigate(adminPaths.reportRecommendations(inspectionId));
        },
      });
      addFields(form, ...fields);
      page.body.append(form.element);
    },
    recommendationId === null ? noSuchInspection : noSuchRecommendation,
    () => page.retitle(recommendationId === null ? 'No such inspection' : 'No such report recommendation'),
  );
}

export function showReportRecommendationDelete(ctx: AdminContext, inspectionId: number, recommendationId: number): void {
  const page = layout(ctx, 'Remove a report recommendation', recommendationsCrumbs(null, inspectionId));
  void load(
    ctx,
    page.body,
    'the report recommendation',
    Promise.all([getInspection(inspectionId, ctx.signal), getInspectionRecommendation(inspectionId, recommendationId, ctx.signal)]),
    ([inspection, recommendation]) => {
      renameCrumbs(ctx.main, recommendationsCrumbs(inspection, inspectionId));
      const name = reportRecommendationName(recommendation);
      page.retitle(`Remove ${name.toLowerCase()}?`);
      const form = deleteForm({
        explain: [
          `${name} (“${recommendation.text}”) will be removed from ${inspectionName(inspection)}, with its ${count(recommendation.links.length, 'link')} to plan items. The plan items stay as they are. Use this for a recommendation entered in error; the history of changes keeps what it was.`,
        ],
        submitText: 'Remove recommendation',
        cancel: { href: adminPaths.reportRecommendations(inspectionId), text: 'No, keep it' },
        thing: 'This recommendation',
        submit: async () => {
          await deleteInspectionRecommendation(inspectionId, recommendation.id, recommendation.version);
          setFlash(`${name} has been removed.`);
          navigate(adminPaths.reportRecommendations(inspectionId));
        },
      });
      page.body.append(form.element);
    },
    noSuchRecommendation,
    () => page.retitle('No such report recommendation'),
  );
}

/** Which plan items answer one report recommendation: a checkbox per priority, recommendation and action, per plan. */
export function showReportRecommendationLinks(ctx: AdminContext, inspectionId: number, recommendationId: number): void {
  const page = layout(ctx, 'Choose what answers a recommendation', recommendationsCrumbs(null, inspectionId));
  const loading = (async () => {
    const [inspection, recommendation] = await Promise.all([getInspection(inspectionId, ctx.signal), getInspectionRecommendation(inspectionId, recommendationId, ctx.signal)]);
    // Only the plans that answer this inspection: the API refuses a link to any other plan's item.
    const grids = await Promise.all(inspection.plans.map((p) => getGrid(p.id, ctx.signal)));
    const items = linkableItems(inspection.plans.map((p, i) => ({ id: p.id, title: p.title, items: grids[i]!.items })));
    return { inspection, recommendation, items };
  })();
  void load(
    ctx,
    page.body,
    'the plan items',
    loading,
    ({ inspection, recommendation, items }) => {
      renameCrumbs(ctx.main, recommendationsCrumbs(inspection, inspectionId));
      const name = reportRecommendationName(recommendation);
      page.retitle(`What answers ${name.toLowerCase()}`);
      const quote = element('div', 'inset-text');
      quote.append(paragraph(recommendation.text));
      page.body.append(quote);
      if (inspection.plans.length === 0) {
        const p = element('p');
        p.append('No plan answers this inspection yet, so there is nothing to link. Choose the inspection in a plan’s details (', link(adminPaths.plans(), 'Plans and reviews'), ') first.');
        page.body.append(p);
        return;
      }
      const linked = new Set(recommendation.links.map((l) => linkKey(l.kind, l.itemId)));
      const boxes: { item: LinkableItem; input: HTMLInputElement }[] = [];
      const sets: HTMLElement[] = [];
      for (const plan of inspection.plans) {
        const planItems = items.filter((i) => i.planId === plan.id);
        const set = element('fieldset', 'fieldset admin-links');
        set.append(element('legend', 'fieldset__legend', plan.title));
        if (planItems.length === 0) set.append(paragraph('This plan has no priorities, recommendations or actions yet.', 'hint'));
        const list = element('div', 'checkboxes');
        for (const item of planItems) {
          const row = element('div', `checkboxes__item admin-links__item--${item.kind}`);
          const input = element('input', 'checkboxes__input');
          input.type = 'checkbox';
          input.id = `link-${item.key}`;
          input.name = 'links';
          input.value = item.key;
          input.checked = linked.has(item.key);
          const label = element('label', 'checkboxes__label', item.label);
          label.htmlFor = input.id;
          row.append(input, label);
          list.append(row);
          boxes.push({ item, input });
        }
        set.append(list);
        const group = element('div', 'form-group');
        group.append(set);
        sets.push(group);
      }
      const form = adminForm({
        fields: () => [],
        submitText: 'Save what answers it',
        progressText: 'Saving…',
        cancel: { href: adminPaths.reportRecommendations(inspectionId), text: 'Cancel' },
        thing: 'This recommendation',
        otherwise: null,
        submit: async () => {
          const ticked = boxes.filter((b) => b.input.checked).map((b) => b.item.key);
          const saved = await replaceLinks(inspectionId, recommendation.id, linksFor(ticked, items, recommendation.links), recommendation.version);
          setFlash(
            saved.links.length === 0
              ? `${name} is answered by no plan item: it is a gap.`
              : `${name} is answered by ${count(saved.links.length, 'plan item')}.`,
          );
          navigate(adminPaths.reportRecommendations(inspectionId));
        },
      });
      addFields(
        form,
        paragraph(`Tick each priority, recommendation or action that answers ${name.toLowerCase()}. Only plans that answer this inspection are offered; untick an item to unlink it. Notes already written on a link are kept.`),
        ...sets,
      );
      page.body.append(form.element);
    },
    noSuchRecommendation,
    () => page.retitle('No such report recommendation'),
  );
}
