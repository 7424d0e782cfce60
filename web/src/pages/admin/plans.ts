// Plans: the list, creating a plan, changing its details and deleting it (after a confirmation page). What a plan
// scores (its score level) is explained in words beside the choice. Its rating scale and score level cannot change
// once it has scores; the API says so and the form shows its message at that field. The details include what the plan
// prints in its own header (the version's date, what it calls its people columns) and the inspection it answers, chosen
// from those held in the tracker (GET /api/inspections).

import { createPlan, deletePlan, getPlan, listInspections, listScales, updatePlan, type Inspection, type Scale } from '../../api/admin';
import { listPlans, type Plan } from '../../api/client';
import { element, link, paragraph } from '../../dom';
import { inspectionChoiceText, planFormFrom, planRequest } from '../../domain/admin-forms';
import { adminPaths } from '../../domain/admin-routes';
import { count, directionText, planStatusChoices, planStatusText, scoreLevelChoices, scoreLevelText } from '../../domain/admin-words';
import { gridPath } from '../../domain/routes';
import { navigate } from '../../router';
import { addFields, adminForm, checkboxField, dateField, deleteForm, FormProblems, radiosField, selectField, textField } from './form';
import { actionLink, actionsCell, adminTable, buttonLink, cell, crumbsTo, layout, load, rowHeader, setFlash, tag, type AdminContext } from './shell';

const plansCrumbs = () => crumbsTo({ href: adminPaths.plans(), text: 'Plans and reviews' });
const noSuchPlan = 'There is no plan at this address. It may have been deleted.';

export function showPlans(ctx: AdminContext): void {
  const page = layout(ctx, 'Plans and reviews', crumbsTo());
  void load(ctx, page.body, 'the plans', listPlans(ctx.signal), (plans) => {
    const actions = element('p', 'admin-actions-bar');
    actions.append(buttonLink(adminPaths.planNew(), 'Create a plan'), ' ', buttonLink(adminPaths.importStart(), 'Bring a plan in from a file', true));
    page.body.append(
      paragraph('Each plan’s details, its contents (priorities, recommendations, actions and success measures) and its review cycles: one score column of the plan’s grid per review.'),
      actions,
      plans.length === 0
        ? paragraph('No plans yet.')
        : adminTable(`Plans (${count(plans.length, 'plan')})`, ['Plan', 'Status', 'Rating scale', 'What gets a score', 'Actions'], plans.map(planRow)),
    );
  });
}

function planRow(plan: Plan): HTMLTableRowElement {
  const row = element('tr');
  const title = rowHeader(link(gridPath(plan.id), plan.title));
  title.append(element('span', 'admin-sub', [plan.sourceType, plan.planVersion].filter(Boolean).join(' · ')));
  row.append(
    title,
    cell(tag(planStatusText(plan.status), plan.status)),
    cell(plan.scaleName),
    cell(scoreLevelText(plan.scoreLevel)),
    actionsCell(
      actionLink(adminPaths.contents(plan.id), 'Contents', `of ${plan.title}`),
      actionLink(adminPaths.reviews(plan.id), 'Reviews', `of ${plan.title}`),
      actionLink(adminPaths.planEdit(plan.id), 'Change details', `of ${plan.title}`),
      actionLink(adminPaths.sourceFiles(plan.id), 'Source files', `of ${plan.title}`),
      actionLink(adminPaths.importVersion(plan.id), 'Bring in a newer version', `of ${plan.title}`),
      actionLink(adminPaths.planDelete(plan.id), 'Delete', plan.title),
    ),
  );
  return row;
}

/** Creates a plan (planId null) or changes its details. */
export function showPlanForm(ctx: AdminContext, planId: number | null): void {
  const page = layout(ctx, planId === null ? 'Create a plan' : 'Change a plan’s details', plansCrumbs());
  const loading = Promise.all([planId === null ? Promise.resolve(null) : getPlan(planId, ctx.signal), listScales(ctx.signal), listInspections(ctx.signal)]);
  void load(
    ctx,
    page.body,
    planId === null ? 'the rating scales' : 'the plan',
    loading,
    ([plan, scales, inspections]) => {
      if (plan) page.retitle(`Change the details of ${plan.title}`);
      page.body.append(planForm(plan, scales, inspections));
    },
    noSuchPlan,
    () => page.retitle('No such plan'),
  );
}

function planForm(plan: Plan | null, scales: readonly Scale[], inspections: readonly Inspection[]): HTMLElement {
  const values = planFormFrom(plan ?? undefined);
  const title = textField({ name: 'title', label: 'Title', hint: 'As the plan is titled, for example Ofsted ILACS 2026 improvement plan.', value: values.title, autocomplete: 'off' });
  const sourceType = textField({
    name: 'sourceType',
    label: 'What the plan answers',
    hint: 'The inspection or review, for example Ofsted ILACS inspection, or SEND local area partnership inspection.',
    value: values.sourceType,
    autocomplete: 'off',
  });
  const inspectionId = selectField({
    name: 'inspectionId',
    label: 'Inspection it answers (optional)',
    hint:
      inspections.length === 0
        ? 'No inspections are held in the tracker yet, so there is none to choose.'
        : 'The inspection report, held in the tracker, whose recommendations this plan answers. Several plans may answer one inspection.',
    value: values.inspectionId,
    options: [{ value: '', text: 'None' }, ...inspections.map((i) => ({ value: String(i.id), text: inspectionChoiceText(i) }))],
  });
  const sourceReportDate = dateField({ name: 'sourceReportDate', legend: 'Date of the report (optional)', hint: 'When the inspection or review reported. For example, 14 3 2026', value: values.sourceReportDate });
  const overallJudgement = textField({ name: 'overallJudgement', label: 'Overall judgement (optional)', hint: 'As the report gives it, for example Requires improvement to be good.', value: values.overallJudgement, autocomplete: 'off' });
  const planVersion = textField({ name: 'planVersion', label: 'Plan version (optional)', hint: 'As printed in the plan’s header, for example v3.2.', value: values.planVersion, width: 10, autocomplete: 'off' });
  const planDate = dateField({ name: 'planDate', legend: 'Date of this version (optional)', hint: 'The date the plan’s header gives beside its version. For example, 1 3 2026', value: values.planDate });
  const leadHeading = textField({
    name: 'leadHeading',
    label: 'What the plan calls its lead column (optional)',
    hint: 'As printed, for example Assigned lead. Screens and reports then use the plan’s own words; leave it blank for the tracker’s word, Lead.',
    value: values.leadHeading,
    width: 20,
    autocomplete: 'off',
  });
  const ownerHeading = textField({
    name: 'ownerHeading',
    label: 'What the plan calls its owner column (optional)',
    hint: 'As printed, for example Responsible officer or Owner(s). Leave it blank for the tracker’s word, Owners.',
    value: values.ownerHeading,
    width: 20,
    autocomplete: 'off',
  });
  const status = radiosField({ name: 'status', legend: 'Status', value: values.status, choices: planStatusChoices });
  const scaleId = selectField({
    name: 'scaleId',
    label: 'Rating scale',
    hint: 'The levels its items are scored on. It cannot change once the plan has scores.',
    value: values.scaleId,
    options: [
      { value: '', text: 'Choose a rating scale' },
      ...scales.map((s) => ({ value: String(s.id), text: scaleOption(s) })),
    ],
  });
  const groupedByPriority = checkboxField({
    name: 'groupedByPriority',
    label: 'Grouped by priority',
    hint: 'The plan sets its recommendations or actions under numbered priorities, as development plans usually do.',
    checked: values.groupedByPriority,
  });
  const scoreLevel = radiosField({
    name: 'scoreLevel',
    legend: 'What gets a score in each review',
    hint: 'The rows of the plan’s grid that carry a score; the rows above them show how those scores add up. It cannot change once the plan has scores.',
    value: values.scoreLevel,
    choices: scoreLevelChoices,
  });
  const fields = [title, sourceType, inspectionId, sourceReportDate, overallJudgement, planVersion, planDate, status, scaleId, groupedByPriority, scoreLevel, leadHeading, ownerHeading];
  const current = () => ({
    title: title.input.value,
    sourceType: sourceType.input.value,
    sourceReportDate: sourceReportDate.value(),
    overallJudgement: overallJudgement.input.value,
    planVersion: planVersion.input.value,
    status: status.value(),
    scaleId: scaleId.input.value,
    groupedByPriority: groupedByPriority.input.checked,
    scoreLevel: scoreLevel.value(),
    inspectionId: inspectionId.input.value,
    planDate: planDate.value(),
    leadHeading: leadHeading.input.value,
    ownerHeading: ownerHeading.input.value,
  });

  const form = adminForm({
    fields: () => fields,
    submitText: plan ? 'Save changes' : 'Create plan',
    progressText: 'Saving…',
    cancel: { href: adminPaths.plans(), text: 'Cancel' },
    thing: 'This plan',
    submit: async () => {
      const prepared = planRequest(current());
      if (!prepared.ok) throw new FormProblems(prepared.errors);
      if (plan) {
        const saved = await updatePlan(plan.id, prepared.request, plan.version);
        setFlash(`Changes to ${saved.title} saved.`);
        navigate(adminPaths.plans());
      } else {
        const saved = await createPlan(prepared.request);
        setFlash(`${saved.title} created. Start its first review here when the board is ready to score it.`);
        navigate(adminPaths.reviews(saved.id));
      }
    },
  });
  addFields(form, ...fields);
  if (!plan) return form.element;

  const more = element('p', 'admin-more');
  more.append(
    link(adminPaths.contents(plan.id), 'The plan’s contents'),
    ' · ',
    link(adminPaths.reviews(plan.id), 'Reviews of this plan'),
    ' · ',
    link(gridPath(plan.id), 'The plan’s grid'),
    ' · ',
    link(adminPaths.sourceFiles(plan.id), 'Files it was imported from'),
    ' · ',
    link(adminPaths.planDelete(plan.id), 'Delete this plan'),
  );
  const wrapper = element('div');
  wrapper.append(form.element, more);
  return wrapper;
}

/** "Progress 1 to 5 (5 levels, higher is better)"; a name that already says which way is better is not repeated. */
function scaleOption(scale: Scale): string {
  const direction = /better/i.test(scale.name) ? '' : `, ${directionText(scale.higherIsBetter).toLowerCase()}`;
  return `${scale.name} (${count(scale.levels.length, 'level')}${direction})`;
}

export function showPlanDelete(ctx: AdminContext, planId: number): void {
  const page = layout(ctx, 'Delete a plan', plansCrumbs());
  void load(
    ctx,
    page.body,
    'the plan',
    getPlan(planId, ctx.signal),
    (plan) => {
      page.retitle(`Delete ${plan.title}?`);
      const form = deleteForm({
        explain: [
          'This deletes the plan with everything in it: its priorities, recommendations, actions, success measures, reviews and every score and update.',
          'The history of changes keeps what it was. To keep the plan readable but finished, change its status to Closed instead.',
        ],
        submitText: 'Delete plan',
        cancel: { href: adminPaths.plans(), text: 'No, keep it' },
        thing: 'This plan',
        submit: async () => {
          await deletePlan(plan.id, plan.version);
          setFlash(`${plan.title} has been deleted.`);
          navigate(adminPaths.plans());
        },
      });
      page.body.append(form.element);
    },
    noSuchPlan,
    () => page.retitle('No such plan'),
  );
}
