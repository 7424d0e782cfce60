// Adding and changing indicators (issue 15), for board members and administrators (the API's roles; managers and
// viewers are told they cannot): the indicator's form (/plans/{planId}/indicators/new and …/{id}/edit), its delete
// confirmation (…/{id}/delete), and one council year's targets and comparators (…/{id}/years/{year}). GOV.UK forms
// from the administration pages (pages/admin/form.ts): labels, hints, the error summary linked to each field, If-Match
// from the version read, 412 said plainly with a reload link, a 409 (a reference already used, a frequency that
// cannot change) with the same link; a success message on the page that follows. The rules without the DOM are in
// domain/indicator-form.ts.

import '../admin/admin.css';
import '../admin/contents/contents.css';
import { getGrid } from '../../api/client';
import {
  createIndicator, deleteComparator, deleteIndicator, getIndicator, getScorecard, listIndicatorValues, saveComparator, saveIndicatorYear,
  updateIndicator, type Indicator,
} from '../../api/scorecard';
import { emptyState } from '../../components/page-states';
import { element, paragraph } from '../../dom';
import { renameFields } from '../../domain/admin-forms';
import {
  comparatorKinds, frequencyChoices, indicatorBody, indicatorDraft, linkChoices, periodsOfYear, polarityChoices, unitChoices, yearDraft,
  yearLabel, yearPlan, ytdChoices, type ComparatorKind, type YearDraft,
} from '../../domain/indicator-form';
import { indicatorPath, scorecardPath } from '../../domain/routes';
import { unitWords } from '../../domain/scorecard-words';
import { navigate } from '../../router';
import { addFields, adminForm, checkboxesField, deleteForm, FormProblems, radiosField, selectField, textAreaField, textField, type Field, type TextField } from '../admin/form';
import { personPicker } from '../admin/contents/picker';
import { canEditIndicators, heading, setFlash, show, type ScorecardContext } from './shell';

const yearStartMonthDefault = 4;

function refused(ctx: ScorecardContext, planId: number, title: string): void {
  const h1 = heading(ctx, title);
  show(ctx, h1, emptyState('Only board members and administrators can add or change indicators.', undefined, { href: scorecardPath(planId), text: 'Back to the scorecard' }));
}

/** The add form (indicatorId null) or the edit form. */
export async function showIndicatorForm(ctx: ScorecardContext, planId: number, indicatorId: number | null): Promise<void> {
  if (!canEditIndicators(ctx)) return refused(ctx, planId, indicatorId === null ? 'Add an indicator' : 'Change an indicator');
  const [indicator, grid] = await Promise.all([
    indicatorId === null ? Promise.resolve(null) : getIndicator(planId, indicatorId, ctx.signal),
    getGrid(planId, ctx.signal),
  ]);
  if (ctx.signal.aborted) return;
  const title = indicator ? `Change ${indicator.reference} ${indicator.name}` : `Add an indicator to ${grid.plan.title}`;
  document.title = `${title} – Improvement action-plan tracker`;
  const h1 = heading(ctx, title);
  const draft = indicatorDraft(indicator);
  const back = indicator ? indicatorPath(planId, indicator.id) : scorecardPath(planId);

  const reference = textField({ name: 'reference', label: 'Reference', hint: 'As the plan prints it, for example CP1. Each indicator in the plan has its own.', value: draft.reference, width: 10, spellcheck: false });
  const name = textField({ name: 'name', label: 'Name', hint: 'For example, Child protection plans reviewed on time.', value: draft.name });
  const definition = textAreaField({ name: 'definition', label: 'Definition (optional)', hint: 'What is counted and how, as the data team define it.', value: draft.definition, rows: 4 });
  const unit = radiosField({ name: 'unit', legend: 'Unit', hint: 'What the figures are. Targets, tolerances and comparators are entered in this unit.', value: draft.unit, choices: unitChoices });
  const decimalPlaces = textField({ name: 'decimalPlaces', label: 'Decimal places', hint: '0 to 4. Values are shown, and compared for “maintained”, at this many places.', value: draft.decimalPlaces, width: 3, inputMode: 'numeric' });
  const polarity = radiosField({ name: 'polarity', legend: 'Is a higher or a lower figure better?', hint: 'This decides the RAG and whether a change is improving or declining.', value: draft.polarity, choices: polarityChoices });
  const frequency = radiosField({ name: 'frequency', legend: 'How often is it reported?', hint: indicator ? 'It cannot change once values have been entered.' : 'Choose carefully: it cannot change once values have been entered.', value: draft.frequency, choices: frequencyChoices });
  const ytdRule = radiosField({ name: 'ytdRule', legend: 'How is the year to date worked out?', value: draft.ytdRule, choices: ytdChoices });
  // The words of the two counts are asked only with the ratio rule: a GOV.UK conditional reveal under its radio, which
  // names the panel it controls (aria-controls); the panel follows the radio in the tab order.
  const numeratorLabel = textField({ name: 'numeratorLabel', label: 'What does the numerator count? (optional)', hint: 'In words that follow a number, for example “children seen within 10 working days”.', value: draft.numeratorLabel });
  const denominatorLabel = textField({ name: 'denominatorLabel', label: 'What does the denominator count? (optional)', hint: 'For example “children referred”. Give both, or neither.', value: draft.denominatorLabel });
  const ratioPanel = element('div', 'radios__conditional');
  ratioPanel.id = 'ytd-ratio-words';
  ratioPanel.append(numeratorLabel.group, denominatorLabel.group);
  const ratioRadio = ytdRule.inputs.find((r) => r.value === 'ratio');
  ratioRadio?.setAttribute('aria-controls', ratioPanel.id);
  ratioRadio?.closest('.radios__item')?.after(ratioPanel);
  const showRatioWords = () => {
    ratioPanel.hidden = ytdRule.value() !== 'ratio';
  };
  ytdRule.group.addEventListener('change', showRatioWords);
  showRatioWords();
  const dataSource = textField({ name: 'dataSource', label: 'Data source (optional)', hint: 'Where the figures come from, for example Liquidlogic or the DfE CIN census.', value: draft.dataSource });
  const owners = personPicker({ name: 'ownerIds', legend: 'Owners (optional)', hint: 'The people who enter its values, in the order printed. A manager enters values only for the indicators they own.', role: 'owner', chosen: indicator?.owners ?? [] });
  const choices = linkChoices(grid.items);
  const links = checkboxesField({ name: 'links', legend: 'Which plan items does it evidence? (optional)', hint: choices.length === 0 ? 'The plan has no priorities, recommendations or actions yet.' : 'Tick each priority, recommendation or action this indicator is evidence for.', values: draft.links, choices });
  const fields: Field[] = [reference, name, definition, unit, decimalPlaces, polarity, frequency, ytdRule, numeratorLabel, denominatorLabel, dataSource, owners, links];

  const form = adminForm({
    // The words' boxes sit inside the year-to-date question; hidden, they are not asked (nor sent).
    fields: () => fields.filter((f) => !(ratioPanel.hidden && (f === numeratorLabel || f === denominatorLabel))),
    fieldFor: (n) => (n.startsWith('links') ? links : n.startsWith('ownerIds') ? owners : undefined),
    submitText: indicator ? 'Save changes' : 'Add indicator',
    progressText: 'Saving…',
    cancel: { href: back, text: 'Cancel' },
    thing: 'This indicator',
    reloadOnConflict: 'Reload this page',
    submit: async () => {
      const { body, errors } = indicatorBody({
        reference: reference.input.value, name: name.input.value, definition: definition.input.value, unit: unit.value(),
        decimalPlaces: decimalPlaces.input.value, polarity: polarity.value(), frequency: frequency.value(), ytdRule: ytdRule.value(),
        dataSource: dataSource.input.value, numeratorLabel: numeratorLabel.input.value, denominatorLabel: denominatorLabel.input.value,
        ownerIds: owners.ids(), links: links.values(),
      });
      if (errors.length > 0) throw new FormProblems(errors);
      const saved = indicator ? await updateIndicator(planId, indicator.id, indicator.version, body) : await createIndicator(planId, body);
      setFlash(indicator ? `${saved.reference} ${saved.name} saved.` : `Indicator ${saved.reference} ${saved.name} added. Set its targets and comparators below.`);
      navigate(indicatorPath(planId, saved.id));
    },
  });
  addFields(form, ...fields.filter((f) => f !== numeratorLabel && f !== denominatorLabel));
  show(ctx, h1, form.element);
}

/** The delete confirmation, saying what goes with it. */
export async function showIndicatorDelete(ctx: ScorecardContext, planId: number, indicatorId: number): Promise<void> {
  if (!canEditIndicators(ctx)) return refused(ctx, planId, 'Delete an indicator');
  const [indicator, values] = await Promise.all([getIndicator(planId, indicatorId, ctx.signal), listIndicatorValues(planId, indicatorId, ctx.signal)]);
  if (ctx.signal.aborted) return;
  const title = `Delete ${indicator.reference} ${indicator.name}?`;
  document.title = `${title} – Improvement action-plan tracker`;
  const h1 = heading(ctx, title);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const form = deleteForm({
    explain: [
      `This deletes the indicator with its ${count(values.length, 'value', 'values')}, its targets for ${count(indicator.years.length, 'year', 'years')} and its ${count(indicator.comparators.length, 'comparator', 'comparators')}. It leaves the scorecard, the dashboard and the report.`,
      'The audit log keeps its history.',
    ],
    submitText: 'Delete indicator',
    cancel: { href: indicatorPath(planId, indicatorId), text: 'Keep it' },
    thing: 'This indicator',
    submit: async () => {
      await deleteIndicator(planId, indicatorId, indicator.version);
      setFlash(`Indicator ${indicator.reference} ${indicator.name} deleted.`);
      navigate(scorecardPath(planId));
    },
  });
  show(ctx, h1, form.element);
}

interface InterimRow {
  period: string;
  target: string;
  targetText: string;
}

/** One council year's baseline, target, tolerance, interim targets and comparators. */
export async function showIndicatorYear(ctx: ScorecardContext, planId: number, indicatorId: number, year: number): Promise<void> {
  if (!canEditIndicators(ctx)) return refused(ctx, planId, 'Targets and comparators');
  const [first, read] = await Promise.all([getIndicator(planId, indicatorId, ctx.signal), getScorecard(planId, null, ctx.signal).catch(() => null)]);
  if (ctx.signal.aborted) return;
  let current: Indicator = first;
  const label = yearLabel(year);
  const title = `${current.reference} targets and comparators for ${label}`;
  document.title = `${title} – Improvement action-plan tracker`;
  const h1 = heading(ctx, title);
  const draft = yearDraft(current, year);
  const unitHint = `In the indicator’s unit: ${unitWords[current.unit].toLowerCase()}${current.unit === 'percentage' ? ' (85 means 85%)' : ''}.`;
  const num = (n: string, labelText: string, hint: string, value: string): TextField => textField({ name: n, label: labelText, hint, value, width: 10 });

  const baseline = num('baseline', 'Baseline (optional)', `Last year’s outturn. ${unitHint}`, draft.baseline);
  const baselineText = textField({ name: 'baselineText', label: 'Baseline as printed (optional)', hint: 'For example, 80%.', value: draft.baselineText, width: 20 });
  const target = num('target', 'Target (optional)', `The year’s target. ${unitHint}`, draft.target);
  const targetText = textField({ name: 'targetText', label: 'Target as printed (optional)', hint: 'For example, increase from 80% to 100%.', value: draft.targetText });
  const tolerance = num('tolerance', 'Tolerance (optional)', `How far short of the target is still amber rather than red. ${unitHint} Leave it empty for none.`, draft.tolerance);

  // Interim targets: rows added and removed in place; their fields are named interimTargets[i].… as the API names them.
  const periods = periodsOfYear(year, current.frequency, read?.yearStartMonth ?? yearStartMonthDefault);
  let rows: InterimRow[] = draft.interims.map((r) => ({ ...r }));
  let rowFields: { period: Field & { input: HTMLSelectElement }; target: TextField; targetText: TextField; remove: HTMLButtonElement }[] = [];
  const interimSet = element('fieldset', 'fieldset');
  interimSet.append(element('legend', 'fieldset__legend', 'Interim targets (optional)'));
  const interimHint = paragraph(`A target for one period, used instead of the year’s target for that period. ${unitHint}`, 'hint form-hint');
  const rowList = element('div', 'indicator-interims');
  const interimStatus = element('p', 'visually-hidden');
  interimStatus.setAttribute('role', 'status');
  const addRow = element('button', 'button button--secondary', 'Add an interim target');
  addRow.type = 'button';
  interimSet.append(interimHint, rowList, addRow, interimStatus);
  const syncRows = () => {
    rows = rowFields.map((f) => ({ period: f.period.input.value, target: f.target.input.value, targetText: f.targetText.input.value }));
  };
  const drawRows = () => {
    rowList.replaceChildren();
    rowFields = rows.map((row, i) => {
      const box = element('div', 'indicator-interim');
      box.append(element('h3', 'indicator-interim__title', `Interim target ${i + 1}`));
      const period = selectField({ name: `interimTargets[${i}].period`, label: 'Period', value: row.period, options: [{ value: '', text: 'Choose a period' }, ...periods] });
      const t = textField({ name: `interimTargets[${i}].target`, label: 'Target', value: row.target, width: 10 });
      const text = textField({ name: `interimTargets[${i}].targetText`, label: 'Target as printed (optional)', value: row.targetText, width: 20 });
      const remove = element('button', 'button button--secondary button--small');
      remove.type = 'button';
      remove.append('Remove', element('span', 'visually-hidden', ` interim target ${i + 1}`));
      remove.addEventListener('click', () => {
        syncRows();
        rows.splice(i, 1);
        drawRows();
        interimStatus.textContent = `Interim target ${i + 1} removed. ${rows.length === 1 ? '1 interim target' : `${rows.length} interim targets`} left.`;
        (rowFields[Math.min(i, rowFields.length - 1)]?.remove ?? addRow).focus();
      });
      box.append(period.group, t.group, text.group, remove);
      rowList.append(box);
      return { period, target: t, targetText: text, remove };
    });
    addRow.hidden = rows.length >= periods.length;
  };
  addRow.addEventListener('click', () => {
    syncRows();
    rows.push({ period: '', target: '', targetText: '' });
    drawRows();
    interimStatus.textContent = `Interim target ${rows.length} added.`;
    rowFields[rowFields.length - 1]!.period.input.focus();
  });
  drawRows();
  const interimGroup = element('div', 'form-group');
  interimGroup.append(interimSet);

  // Comparators: one fieldset each; an empty figure removes a comparator recorded before.
  const comparatorFields = {} as Record<ComparatorKind, { value: TextField; figureYear: TextField; source: TextField }>;
  const comparatorGroups: HTMLElement[] = [];
  for (const { value: kind, text } of comparatorKinds) {
    const set = element('fieldset', 'fieldset');
    set.append(element('legend', 'fieldset__legend', text));
    const c = draft.comparators[kind];
    const value = textField({ name: `comparators.${kind}.value`, label: `${text} figure (optional)`, hint: `${unitHint} Leave it empty for none; emptying it removes the one recorded.`, value: c.value, width: 10 });
    const figureYear = textField({ name: `comparators.${kind}.figureYear`, label: 'Year the figure is for (optional)', hint: 'As published, for example 2023/24: comparators lag.', value: c.figureYear, width: 10 });
    const source = textField({ name: `comparators.${kind}.source`, label: 'Source (optional)', hint: 'For example, LAIT or the DfE CIN census 2024.', value: c.source, width: 20 });
    comparatorFields[kind] = { value, figureYear, source };
    set.append(value.group, figureYear.group, source.group);
    const group = element('div', 'form-group');
    group.append(set);
    comparatorGroups.push(group);
  }

  const allFields = (): Field[] => [
    baseline, baselineText, target, targetText, tolerance,
    ...rowFields.flatMap((r) => [r.period, r.target, r.targetText]),
    ...comparatorKinds.flatMap(({ value: kind }) => [comparatorFields[kind].value, comparatorFields[kind].figureYear, comparatorFields[kind].source]),
  ];
  const typed = (): YearDraft => {
    syncRows();
    const comparators = {} as YearDraft['comparators'];
    for (const { value: kind } of comparatorKinds) {
      const f = comparatorFields[kind];
      comparators[kind] = { value: f.value.input.value, figureYear: f.figureYear.input.value, source: f.source.input.value };
    }
    return {
      baseline: baseline.input.value, baselineText: baselineText.input.value, target: target.input.value, targetText: targetText.input.value,
      tolerance: tolerance.input.value, interims: rows, comparators,
    };
  };

  const form = adminForm({
    fields: allFields,
    submitText: 'Save targets and comparators',
    progressText: 'Saving…',
    cancel: { href: indicatorPath(planId, indicatorId), text: 'Cancel' },
    thing: `${current.reference}’s targets for ${label}`,
    submit: async () => {
      const plan = yearPlan(current, year, typed());
      if (plan.errors.length > 0) throw new FormProblems(plan.errors);
      if (plan.year) {
        const version = current.years.find((y) => y.year === year)?.version ?? null;
        const saved = await saveIndicatorYear(planId, indicatorId, year, version, plan.year);
        // Kept, so a comparator refused below can be corrected and sent again without the year's version going stale.
        current = { ...current, years: [...current.years.filter((y) => y.year !== year), saved] };
      }
      for (const c of plan.comparators) {
        try {
          if (c.save) {
            const saved = await saveComparator(planId, indicatorId, year, c.kind, c.version, c.save);
            current = { ...current, comparators: [...current.comparators.filter((r) => !(r.year === year && r.kind === c.kind)), saved] };
          } else {
            await deleteComparator(planId, indicatorId, year, c.kind, c.version!);
            current = { ...current, comparators: current.comparators.filter((r) => !(r.year === year && r.kind === c.kind)) };
          }
        } catch (error) {
          throw renameFields(error, (n) => (['value', 'figureYear', 'source'].includes(n) ? `comparators.${c.kind}.${n}` : n));
        }
      }
      const changed = plan.year !== null || plan.comparators.length > 0;
      setFlash(changed ? `Targets and comparators for ${label} saved.` : `Nothing had changed in the targets and comparators for ${label}.`);
      navigate(indicatorPath(planId, indicatorId));
    },
  });
  addFields(form, paragraph(`${current.reference} ${current.name}: ${unitWords[current.unit].toLowerCase()}, ${current.decimalPlaces} decimal ${current.decimalPlaces === 1 ? 'place' : 'places'}.`, 'form-note'),
    baseline, baselineText, target, targetText, tolerance, interimGroup, element('h2', undefined, 'Comparators'), ...comparatorGroups);
  show(ctx, h1, form.element);
}

