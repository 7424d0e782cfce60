// Entering one period's values (/plans/{planId}/scorecard/values?period=YYYY-MM): one form for the person's indicators
// (a manager those they own; board and administrators all), a number with its unit, a state and a note for each, the
// previous period's value beside it, one bulk PUT. The API's refusals go to the GOV.UK error summary linked to the
// field (values[i].value names the row sent); a 409 shows the other person's saved value beside this person's and
// lets them keep theirs or take the other (as the score form's conflict view does); a period a closed review has
// reported on is read-only and says why. A ratio indicator's row asks for its numerator and denominator instead of the
// value (labelled with the indicator's words), shows the value they give as they are typed, and sends the counts with
// that value; the API checks they agree (domain/ratio-values.ts).

import { listReviews } from '../../api/admin';
import { ApiError } from '../../api/client';
import type { FieldError } from '../../api/problems';
import { getScorecard, listIndicators, listIndicatorValues, saveIndicatorValues, type Indicator, type IndicatorValue } from '../../api/scorecard';
import { errorSummary } from '../../components/error-summary';
import { emptyState } from '../../components/page-states';
import { element, link, paragraph } from '../../dom';
import { formatDate } from '../../domain/grid-rows';
import { periodFrom, scorecardPath, scorecardValuesPath } from '../../domain/routes';
import {
  defaultEntryPeriod, draftOf, draftValueText, indicatorsToEnter, isPeriodOf, lockOf, monthLabel, previousPeriod, problemRow, rowsToSave, stateWords,
  unitSuffix, valueOrState, valueStates, type StoredValue, type ValueDraft, type ValueState,
} from '../../domain/scorecard-words';
import { countsText, ratioBoxWords, ratioPreview, readRatio, type RatioField } from '../../domain/ratio-values';
import { navigate } from '../../router';
import { heading, show, statusRegion, todayIso, type ScorecardContext } from './shell';

/** Used only when the scorecard read cannot be had: the API's default (April). */
const defaultYearStartMonth = 4;

type RowField = 'value' | RatioField | 'state' | 'note';

interface Row {
  indicator: Indicator;
  box: HTMLElement;
  /** The value box; null for a ratio row, whose value is worked from its counts. */
  value: HTMLInputElement | null;
  ratio: { numerator: HTMLInputElement; denominator: HTMLInputElement; computed: HTMLOutputElement } | null;
  state: HTMLSelectElement;
  note: HTMLInputElement;
  inputs: Partial<Record<RowField, HTMLInputElement | HTMLSelectElement>>;
  groups: Partial<Record<RowField, HTMLElement>>;
}

const isRatio = (indicator: Indicator) => indicator.ytdRule === 'ratio';

export async function showValuesForm(ctx: ScorecardContext, planId: number): Promise<void> {
  const period = periodFrom(ctx.url.searchParams, 'period') ?? defaultEntryPeriod(todayIso());
  const month = monthLabel(period);
  document.title = `Enter values for ${month} – Improvement action-plan tracker`;
  const h1 = heading(ctx, `Enter values for ${month}`);
  // The council's year start is the settings' (the scorecard read carries it): quarters and years start there.
  const [indicators, reviews, read] = await Promise.all([
    listIndicators(planId, ctx.signal),
    listReviews(planId, ctx.signal).catch(() => []),
    getScorecard(planId, null, ctx.signal).catch(() => null),
  ]);
  const yearStartMonth = read?.yearStartMonth ?? defaultYearStartMonth;
  if (ctx.signal.aborted) return;
  const back = element('p');
  back.append(link(scorecardPath(planId), 'Back to the scorecard'));
  const chooser = periodChooser(planId, period);

  if (ctx.session.role === 'viewer') {
    show(ctx, h1, back, emptyState('You can read the scorecard but not enter its values.',
      'The indicators’ owners, board members and administrators enter them.', { href: scorecardPath(planId), text: 'Go to the scorecard' }));
    return;
  }
  const mine = indicatorsToEnter(indicators, ctx.session.role, ctx.session.personId);
  const due = mine.filter((i) => isPeriodOf(period, i.frequency, yearStartMonth));
  if (due.length === 0) {
    const why = mine.length === 0
      ? (ctx.session.role === 'manager' ? 'You own none of this plan’s indicators. The board names each indicator’s owners.' : 'This plan has no indicators yet: board members and administrators add them through the tracker’s API for now.')
      : `Your ${mine.length === 1 ? 'indicator is' : 'indicators are'} quarterly or annual, and ${month} is not one of their periods.`;
    show(ctx, h1, back, chooser, emptyState(`There are no values to enter for ${month}.`, why));
    return;
  }

  const histories = await Promise.all(due.map((i) => listIndicatorValues(planId, i.id, ctx.signal)));
  if (ctx.signal.aborted) return;
  const stored = new Map<number, StoredValue>();
  const previous = new Map<number, IndicatorValue | undefined>();
  due.forEach((indicator, i) => {
    const values = histories[i]!;
    const here = values.find((v) => v.period === period);
    if (here) stored.set(indicator.id, here);
    const before = previousPeriod(period, indicator.frequency);
    previous.set(indicator.id, values.find((v) => v.period === before));
  });

  const locks = due.map((i) => lockOf(period, i.frequency, reviews)).filter((l) => l !== null);
  if (locks.length > 0) {
    const lock = locks[0]!;
    const box = element('div', 'scorecard-lock');
    box.append(
      element('h2', undefined, `${month} is locked`),
      paragraph(`The board closed ${lock.label} on ${formatDate(lock.date)}, and it reported on ${month}, so its values can no longer be changed. Reopening that review unlocks them.`),
    );
    show(ctx, h1, back, chooser, box, readOnlyTable(due, stored, period));
    return;
  }

  const status = statusRegion();
  const summarySlot = element('div');
  const form = element('form', 'scorecard-values');
  form.noValidate = true;
  form.setAttribute('aria-label', `Values for ${month}`);
  const rows: Row[] = due.map((indicator) => rowFor(indicator, stored.get(indicator.id), previous.get(indicator.id), period));
  for (const row of rows) form.append(row.box);
  const submit = element('button', 'button', `Save values for ${month}`);
  submit.type = 'submit';
  const conflictSlot = element('div');
  form.append(conflictSlot, submit);
  show(ctx, h1, back, chooser,
    paragraph(ctx.session.role === 'manager' ? 'Your indicators due this period, with last period’s value for reference.' : 'Every indicator due this period, with last period’s value for reference.', 'hint'),
    summarySlot, status, form);

  let busy = false;
  let sent: { index: number[] } = { index: [] };

  const clearErrors = () => {
    summarySlot.replaceChildren();
    for (const row of rows) {
      for (const key of Object.keys(row.groups) as RowField[]) {
        row.groups[key]!.classList.remove('form-group--error');
        row.groups[key]!.querySelector('.error-message')?.remove();
        const input = row.inputs[key]!;
        input.classList.remove('input--error');
        input.setAttribute('aria-describedby', input.dataset.describedBy ?? '');
      }
    }
  };

  const showErrors = (errors: { row: number | null; field: RowField | null; message: string }[]) => {
    const fieldErrors: FieldError[] = [];
    for (const e of errors) {
      const row = e.row === null ? null : rows[e.row];
      // A ratio row has no value box: what the API says of its value is said at its numerator (and the reverse).
      const field = row && e.field ? (row.inputs[e.field] ? e.field : row.ratio ? 'numerator' : 'value') : null;
      if (row && field) {
        const input = row.inputs[field]!;
        const group = row.groups[field]!;
        group.classList.add('form-group--error');
        const message = element('p', 'error-message', e.message);
        message.id = `${input.id}-error`;
        message.prepend(element('span', 'visually-hidden', 'Error: '));
        group.querySelector('.scorecard-values__control')!.before(message);
        input.classList.add('input--error');
        input.setAttribute('aria-describedby', `${message.id} ${input.dataset.describedBy ?? ''}`.trim());
        fieldErrors.push({ field: input.id, message: e.message });
      } else {
        fieldErrors.push({ field: null, message: e.message });
      }
    }
    const summary = errorSummary(fieldErrors, (id) => document.getElementById(id));
    summarySlot.replaceChildren(summary);
    summary.focus();
  };

  /** What each row holds as typed; a ratio row's counts read and its value worked from them, or the box that is wrong. */
  const readRows = (): { drafts: ValueDraft[]; errors: { draft: number; field: RowField; message: string }[] } => {
    const errors: { draft: number; field: RowField; message: string }[] = [];
    const list = rows.map((r, i): ValueDraft => {
      const state = r.state.value as ValueState;
      const base = { indicatorId: r.indicator.id, state, note: r.note.value };
      if (!r.ratio) return { ...base, value: r.value!.value };
      const got = readRatio(r.ratio.numerator.value, r.ratio.denominator.value, r.indicator.unit, r.indicator.decimalPlaces, r.indicator);
      const before = stored.get(r.indicator.id);
      if (got !== null && 'field' in got) {
        errors.push({ draft: i, field: got.field, message: got.message });
        return { ...base, value: '', counts: null };
      }
      if (got !== null) {
        if (state !== 'value') {
          errors.push({ draft: i, field: 'numerator', message: `Leave both counts empty when the state is “${stateWords[state]}”, or choose “A value”.` });
        }
        return { ...base, value: String(got.value), counts: { numerator: got.numerator, denominator: got.denominator } };
      }
      // No counts: a value entered without them (an import, or before this form asked for them) is kept as it is.
      if (state === 'value' && before?.value !== null && before?.value !== undefined) {
        if (before.numerator === null || before.numerator === undefined) return { ...base, value: String(before.value), counts: null };
        const words = ratioBoxWords(r.indicator);
        errors.push({ draft: i, field: 'numerator', message: `Enter ${words.numerator.toLowerCase()} and ${words.denominator.toLowerCase()}, or choose why there is no number.` });
      }
      return { ...base, value: '', counts: null };
    });
    return { drafts: list, errors };
  };

  const drafts = (): ValueDraft[] => readRows().drafts;

  const save = async () => {
    if (busy) return;
    clearErrors();
    conflictSlot.replaceChildren();
    const read = readRows();
    const result = rowsToSave(read.drafts, stored);
    const found = [...read.errors, ...result.errors.filter((e) => !read.errors.some((r) => r.draft === e.draft))].sort((a, b) => a.draft - b.draft);
    if (found.length > 0) {
      showErrors(found.map((e) => ({ row: e.draft, field: e.field, message: `${rows[e.draft]!.indicator.reference}: ${e.message}` })));
      return;
    }
    if (result.rows.length === 0) {
      status.replaceChildren(paragraph(`Nothing has changed since the values for ${month} were read, so nothing was saved.`));
      status.focus();
      return;
    }
    busy = true;
    submit.setAttribute('aria-disabled', 'true');
    sent = { index: result.index };
    try {
      const saved = await saveIndicatorValues(planId, period, result.rows);
      for (const value of saved) stored.set(value.indicatorId, value);
      const words = `Saved ${saved.length} ${saved.length === 1 ? 'value' : 'values'} for ${month}: ${saved.map((v) => {
        const indicator = due.find((i) => i.id === v.indicatorId)!;
        return `${indicator.reference} ${valueOrState(v.value, v.state, indicator.unit, indicator.decimalPlaces)}`;
      }).join(', ')}.`;
      const p = paragraph(words, 'scorecard-status__text');
      const ways = element('p');
      ways.append(link(scorecardPath(planId, period), `See the scorecard for ${month}`));
      status.classList.add('scorecard-status--success');
      status.replaceChildren(p, ways);
      status.focus();
    } catch (error) {
      handleFailure(error);
    } finally {
      busy = false;
      submit.removeAttribute('aria-disabled');
    }
  };

  const handleFailure = (error: unknown) => {
    if (!(error instanceof ApiError)) {
      showErrors([{ row: null, field: null, message: 'The tracker could not be reached. Check your connection and try again.' }]);
      return;
    }
    const named = error.problem?.errors ?? [];
    const stale = named.map((e) => problemRow(e.name)).filter((p) => p?.field === 'version');
    if (error.status === 409 && stale.length > 0) {
      const current = ((error.problem as { current?: IndicatorValue[] } | undefined)?.current ?? []);
      showConflict(current);
      return;
    }
    type Shown = { row: number | null; field: RowField | null; message: string };
    const known: readonly string[] = ['value', 'numerator', 'denominator', 'state', 'note'];
    const errors = named.map((e): Shown => {
      const at = problemRow(e.name);
      const draft = at ? sent.index[at.row] ?? null : null;
      const field: Shown['field'] = at && known.includes(at.field) ? at.field as RowField : draft !== null ? 'value' : null;
      const reference = draft !== null ? `${rows[draft]!.indicator.reference}: ` : '';
      // The API's messages may name the indicator already ("CP3: …"); it is said once.
      return { row: draft, field: draft !== null ? field : null, message: reference && e.reason.startsWith(reference) ? e.reason : `${reference}${e.reason}` };
    });
    if (errors.length === 0) errors.push({ row: null, field: null, message: error.problem?.detail ?? error.problem?.title ?? `The server answered ${error.status}.` });
    showErrors(errors);
  };

  const showConflict = (current: IndicatorValue[]) => {
    const box = element('section', 'conflict');
    box.setAttribute('aria-labelledby', 'values-conflict-title');
    const title = element('h2', 'conflict__title', 'Someone else saved values for this period while you were working');
    title.id = 'values-conflict-title';
    title.tabIndex = -1;
    const table = element('table', 'scorecard-table');
    const head = element('tr');
    for (const text of ['Indicator', 'Yours (not saved)', 'Saved by the other person']) head.append(element('th', undefined, text));
    head.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
    table.append(element('thead'), element('tbody'));
    table.tHead!.append(head);
    const mineDrafts = drafts();
    const differing = rows.filter((row, i) => {
      const theirs = current.find((c) => c.indicatorId === row.indicator.id);
      const before = stored.get(row.indicator.id);
      return theirs !== undefined && theirs.version !== before?.version && mineDrafts[i] !== undefined;
    });
    for (const row of differing) {
      const theirs = current.find((c) => c.indicatorId === row.indicator.id)!;
      const draft = mineDrafts[rows.indexOf(row)]!;
      const tr = element('tr');
      const th = element('th', undefined, `${row.indicator.reference} ${row.indicator.name}`);
      th.setAttribute('scope', 'row');
      const mineText = draftValueText(draft.value, draft.state, row.indicator.unit, row.indicator.decimalPlaces)
        + (draft.counts ? `, ${countsText(draft.counts.numerator, draft.counts.denominator, row.indicator.numeratorLabel)}` : '');
      const theirCounts = theirs.numerator !== null && theirs.numerator !== undefined && theirs.denominator !== null && theirs.denominator !== undefined
        ? `, ${countsText(theirs.numerator, theirs.denominator, row.indicator.numeratorLabel)}` : '';
      tr.append(th,
        element('td', undefined, `${mineText}${draft.note.trim() ? ` (note: ${draft.note.trim()})` : ''}`),
        element('td', undefined, `${valueOrState(theirs.value, theirs.state, row.indicator.unit, row.indicator.decimalPlaces)}${theirCounts}${theirs.note ? ` (note: ${theirs.note})` : ''}, saved by ${theirs.updatedBy} at ${savedAt(theirs.updatedAt)}`));
      table.tBodies[0]!.append(tr);
    }
    const keep = element('button', 'button', 'Keep mine');
    keep.type = 'button';
    const take = element('button', 'button button--secondary', 'Take theirs');
    take.type = 'button';
    const choices = element('div', 'conflict__choices');
    choices.append(keep, ' ', take);
    box.append(title,
      paragraph('Nothing was saved, and nothing you typed is lost. Compare the two, then keep yours (it replaces theirs) or take theirs (your form shows their values; nothing is saved).'),
      table, choices);
    conflictSlot.replaceChildren(box);
    title.focus();
    const adopt = () => {
      for (const value of current) stored.set(value.indicatorId, value);
    };
    keep.addEventListener('click', () => {
      adopt();
      conflictSlot.replaceChildren();
      void save();
    });
    take.addEventListener('click', () => {
      adopt();
      for (const row of rows) {
        const theirs = current.find((c) => c.indicatorId === row.indicator.id);
        if (!theirs) continue;
        const draft = draftOf(row.indicator.id, theirs);
        if (row.value) row.value.value = draft.value;
        if (row.ratio) {
          row.ratio.numerator.value = theirs.numerator === null || theirs.numerator === undefined ? '' : String(theirs.numerator);
          row.ratio.denominator.value = theirs.denominator === null || theirs.denominator === undefined ? '' : String(theirs.denominator);
          row.ratio.computed.textContent = ratioPreview(row.ratio.numerator.value, row.ratio.denominator.value, row.indicator.unit, row.indicator.decimalPlaces);
        }
        row.state.value = draft.state;
        row.note.value = draft.note;
      }
      conflictSlot.replaceChildren();
      status.classList.remove('scorecard-status--success');
      status.replaceChildren(paragraph('Your form now shows the values the other person saved. Nothing was changed.'));
      status.focus();
    });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
}

function rowFor(indicator: Indicator, stored: StoredValue | undefined, previous: IndicatorValue | undefined, period: string): Row {
  const box = element('fieldset', 'scorecard-values__row');
  const legend = element('legend', 'scorecard-values__legend', `${indicator.reference} ${indicator.name}`);
  box.append(legend);
  const draft = draftOf(indicator.id, stored);
  const base = `indicator-${indicator.id}`;
  const before = previousPeriod(period, indicator.frequency);
  // A ratio row's hint gives last period's counts too: "August 2025: 83.3% (20 of 24)".
  const countsBefore = isRatio(indicator) && previous && previous.numerator !== null && previous.denominator !== null
    ? ` (${countsText(previous.numerator, previous.denominator)})` : '';
  const previousText = previous
    ? `${monthLabel(before)}: ${valueOrState(previous.value, previous.state, indicator.unit, indicator.decimalPlaces)}${countsBefore}${previous.note ? ` (${previous.note})` : ''}`
    : `${monthLabel(before)}: nothing entered`;

  const fields = element('div', 'scorecard-values__fields');
  if (isRatio(indicator)) {
    const ratio = ratioRow(indicator, stored, previousText, base);
    const { stateGroup, state, noteGroup, note } = stateAndNote(indicator, draft, base);
    fields.append(ratio.group, stateGroup, noteGroup);
    box.append(fields);
    return {
      indicator, box, value: null, ratio: { numerator: ratio.numerator, denominator: ratio.denominator, computed: ratio.computed }, state, note,
      inputs: { numerator: ratio.numerator, denominator: ratio.denominator, state, note },
      groups: { numerator: ratio.numeratorGroup, denominator: ratio.denominatorGroup, state: stateGroup, note: noteGroup },
    };
  }
  // Value, with its unit after the box and last period's value as its hint.
  const valueGroup = element('div', 'form-group scorecard-values__value');
  const valueLabel = element('label', 'label', `Value for ${indicator.reference}`);
  const value = element('input', 'input scorecard-values__number');
  value.id = `${base}-value`;
  valueLabel.htmlFor = value.id;
  value.type = 'text';
  value.inputMode = 'decimal';
  value.autocomplete = 'off';
  value.spellcheck = false;
  value.value = draft.value;
  const hint = element('p', 'hint', `Previous, ${previousText}`);
  hint.id = `${base}-previous`;
  const control = element('div', 'scorecard-values__control');
  control.append(value);
  const suffix = unitSuffix(indicator.unit);
  if (suffix) {
    const s = element('span', 'scorecard-values__suffix', suffix);
    s.id = `${base}-unit`;
    control.append(s);
  }
  value.dataset.describedBy = `${hint.id}${suffix ? ` ${base}-unit` : ''}`;
  value.setAttribute('aria-describedby', value.dataset.describedBy);
  valueGroup.append(valueLabel, hint, control);
  const { stateGroup, state, noteGroup, note } = stateAndNote(indicator, draft, base);
  fields.append(valueGroup, stateGroup, noteGroup);
  box.append(fields);
  return { indicator, box, value, ratio: null, state, note, inputs: { value, state, note }, groups: { value: valueGroup, state: stateGroup, note: noteGroup } };
}

/** A ratio row's two counts, labelled with the indicator's words, and the value they give as they are typed. */
function ratioRow(indicator: Indicator, stored: StoredValue | undefined, previousText: string, base: string) {
  const words = ratioBoxWords(indicator);
  const group = element('div', 'scorecard-values__value');
  const hint = element('p', 'hint', `Previous, ${previousText}`);
  hint.id = `${base}-previous`;
  const counts = element('div', 'scorecard-values__counts');
  const box = (field: RatioField, text: string, start: number | null | undefined) => {
    const g = element('div', 'form-group');
    const label = element('label', 'label', `${text} for ${indicator.reference}`);
    const input = element('input', 'input scorecard-values__number');
    input.id = `${base}-${field}`;
    label.htmlFor = input.id;
    input.type = 'text';
    input.inputMode = 'decimal';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.value = start === null || start === undefined ? '' : String(start);
    input.dataset.describedBy = `${hint.id} ${base}-computed`;
    input.setAttribute('aria-describedby', input.dataset.describedBy);
    const control = element('div', 'scorecard-values__control');
    control.append(input);
    g.append(label, control);
    counts.append(g);
    return { g, input };
  };
  const top = box('numerator', words.numerator, stored?.numerator);
  const bottom = box('denominator', words.denominator, stored?.denominator);
  // An output is a status: the worked value is read out when it changes, and sits beside the boxes as text.
  const computed = element('output', 'scorecard-values__computed');
  computed.id = `${base}-computed`;
  computed.setAttribute('for', `${top.input.id} ${bottom.input.id}`);
  const update = () => {
    computed.textContent = ratioPreview(top.input.value, bottom.input.value, indicator.unit, indicator.decimalPlaces);
  };
  top.input.addEventListener('input', update);
  bottom.input.addEventListener('input', update);
  update();
  group.append(hint, counts, computed);
  return { group, numerator: top.input, denominator: bottom.input, numeratorGroup: top.g, denominatorGroup: bottom.g, computed };
}

function stateAndNote(indicator: Indicator, draft: ValueDraft, base: string) {
  const stateGroup = element('div', 'form-group scorecard-values__state');
  const stateLabel = element('label', 'label', `State for ${indicator.reference}`);
  const state = element('select', 'input');
  state.id = `${base}-state`;
  stateLabel.htmlFor = state.id;
  for (const s of valueStates) {
    const option = element('option', undefined, stateWords[s]);
    option.value = s;
    state.append(option);
  }
  state.value = draft.state;
  state.dataset.describedBy = '';
  const stateControl = element('div', 'scorecard-values__control');
  stateControl.append(state);
  stateGroup.append(stateLabel, stateControl);

  const noteGroup = element('div', 'form-group scorecard-values__note');
  const noteLabel = element('label', 'label', `Note for ${indicator.reference} (optional)`);
  const note = element('input', 'input');
  note.id = `${base}-note`;
  noteLabel.htmlFor = note.id;
  note.type = 'text';
  note.value = draft.note;
  note.dataset.describedBy = '';
  const noteControl = element('div', 'scorecard-values__control');
  noteControl.append(note);
  noteGroup.append(noteLabel, noteControl);
  return { stateGroup, state, noteGroup, note };
}

function periodChooser(planId: number, period: string): HTMLElement {
  const form = element('form', 'scorecard-period');
  form.action = scorecardValuesPath(planId);
  const label = element('label', 'label', 'Period');
  const input = element('input', 'input scorecard-period__input');
  input.type = 'month';
  input.id = 'values-period';
  input.name = 'period';
  input.value = period;
  label.htmlFor = input.id;
  const hint = element('p', 'hint', 'The month the figures are for, for example 2025-09. Quarterly and annual indicators take the first month of their period.');
  hint.id = 'values-period-hint';
  input.setAttribute('aria-describedby', hint.id);
  const button = element('button', 'button button--secondary', 'Show');
  button.type = 'submit';
  const row = element('div', 'scorecard-period__row');
  row.append(input, button);
  form.append(label, hint, row);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = /^[0-9]{4}-[0-9]{2}$/.test(input.value) ? input.value : period;
    navigate(scorecardValuesPath(planId, chosen));
  });
  return form;
}

function readOnlyTable(indicators: readonly Indicator[], stored: ReadonlyMap<number, StoredValue>, period: string): HTMLElement {
  const table = element('table', 'scorecard-table');
  const caption = element('caption', undefined, `Values for ${monthLabel(period)} (read-only)`);
  const head = element('tr');
  for (const text of ['Indicator', 'Value', 'Note']) {
    const th = element('th', undefined, text);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  for (const indicator of indicators) {
    const value = stored.get(indicator.id);
    const tr = element('tr');
    const th = element('th', undefined, `${indicator.reference} ${indicator.name}`);
    th.setAttribute('scope', 'row');
    const counts = value && value.numerator !== null && value.numerator !== undefined && value.denominator !== null && value.denominator !== undefined
      ? ` (${countsText(value.numerator, value.denominator, indicator.numeratorLabel)})` : '';
    tr.append(th, element('td', undefined, value ? `${valueOrState(value.value, value.state, indicator.unit, indicator.decimalPlaces)}${counts}` : 'Nothing entered'),
      element('td', undefined, value?.note ?? ''));
    body.append(tr);
  }
  table.append(caption, thead, body);
  return table;
}

function savedAt(iso: string | undefined): string {
  if (!iso) return 'an unknown time';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}
