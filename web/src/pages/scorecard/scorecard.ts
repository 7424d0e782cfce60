// The performance scorecard (/plans/{planId}/scorecard): one row per indicator from the scorecard read (every figure
// computed by the API): latest value and period, target, RAG (colour, shape and word), direction of travel since the
// previous value and year on year (arrow and word), year to date, statistical neighbours with the gap, baseline, and a
// small trend line with its words. Filters by priority (through the indicator's links), RAG and owner, sortable
// columns (aria-sort), the month it is as of, all in the address; a plain black-and-white print layout.

import { getGrid, type GridItem } from '../../api/client';
import { getScorecard, type ScorecardIndicator, type ScorecardRead } from '../../api/scorecard';
import { emptyState } from '../../components/page-states';
import { element, link, paragraph } from '../../dom';
import { indicatorNewPath, indicatorPath, gridPath, dashboardPath, scorecardPath, scorecardValuesPath, scorecardImportPath } from '../../domain/routes';
import { parseScorecardState, passes, ragFilterWords, scorecardQuery, sortRows, type ScorecardSortKey, type ScorecardState } from '../../domain/scorecard-table';
import { ratioYearToDate } from '../../domain/ratio-values';
import { trendWords, type Rag } from '../../domain/scorecard-words';
import { navigate } from '../../router';
import { canEditIndicators, heading, show, takeFlash, type ScorecardContext } from './shell';
import { directionTag, ragTag } from './tags';

/** The sort button to focus once the page is drawn again after a sort (the address changes, so the page is redrawn). */
let focusSortButton: ScorecardSortKey | null = null;

export async function showScorecard(ctx: ScorecardContext, planId: number): Promise<void> {
  const state = parseScorecardState(ctx.url.search);
  const [read, grid] = await Promise.all([getScorecard(planId, state.asOf, ctx.signal), getGrid(planId, ctx.signal).catch(() => null)]);
  if (ctx.signal.aborted) return;
  const title = grid ? `Performance scorecard: ${grid.plan.title}` : 'Performance scorecard';
  document.title = `${title} – Improvement action-plan tracker`;
  const h1 = heading(ctx, title);

  const ways = element('ul', 'scorecard-links');
  const way = (href: string, text: string) => {
    const li = element('li');
    li.append(link(href, text));
    ways.append(li);
  };
  way(gridPath(planId), 'Action plan');
  way(dashboardPath(planId), 'Board dashboard');
  if (ctx.session.role !== 'viewer') way(scorecardValuesPath(planId, read.asOf), read.asOfLabel ? `Enter values for ${read.asOfLabel}` : 'Enter values');
  const editable = canEditIndicators(ctx);
  if (editable) way(indicatorNewPath(planId), 'Add an indicator');
  // The import takes the roles that enter values (the API's Scorers); a manager's file is held to the indicators they own.
  if (ctx.session.role !== 'viewer' && read.indicators.length > 0) way(scorecardImportPath(planId), 'Import values from a CSV file');
  const flash = takeFlash();
  const top: HTMLElement[] = [h1, ...(flash ? [flash] : []), ways];

  if (read.indicators.length === 0) {
    show(ctx, h1, ...top.slice(1), editable
      ? emptyState('No indicators yet.', 'Add the plan’s indicators, then set each one’s targets and comparators; each gets a row here with its latest value, target and direction of travel.', { href: indicatorNewPath(planId), text: 'Add an indicator' })
      : emptyState('No indicators yet.', 'Board members and administrators add indicators, their targets and comparators; each then gets a row here with its latest value, target and direction of travel.'));
    return;
  }

  const summary = paragraph(countsWords(read), 'scorecard-summary');
  const filters = filterForm(planId, read, grid?.items ?? [], state);
  const priorityOf = priorityLookup(grid?.items ?? []);
  const shown = sortRows(read.indicators.filter((i) => passes(i, state, priorityOf)), state.sort, state.descending);
  const result = element('p', 'scorecard-result', shown.length === read.indicators.length
    ? `Showing all ${read.indicators.length} ${read.indicators.length === 1 ? 'indicator' : 'indicators'}.`
    : `Showing ${shown.length} of ${read.indicators.length} indicators.`);
  result.setAttribute('role', 'status');
  result.setAttribute('aria-live', 'polite');

  const parts: HTMLElement[] = [...top, summary, filters, result];
  parts.push(shown.length === 0
    ? emptyState('No indicator matches these filters.', undefined, { href: scorecardPath(planId, state.asOf), text: 'Clear the filters' })
    : table(planId, read, shown, state));
  show(ctx, h1, ...parts.slice(1));
  if (focusSortButton) {
    ctx.main.querySelector<HTMLButtonElement>(`th[data-sort="${focusSortButton}"] button`)?.focus();
    focusSortButton = null;
  }
}

function countsWords(read: ScorecardRead): string {
  const c = read.counts;
  const as = read.asOfLabel ? `As of ${read.asOfLabel}${read.yearLabel ? ` (year ${read.yearLabel})` : ''}: ` : 'No values entered yet: ';
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return `${as}${c.green} green, ${c.amber} amber, ${c.red} red, ${plural(c.noTarget, 'without a target', 'without a target')}, ${plural(c.noValue, 'without a value', 'without a value')}; ${plural(c.declining, 'indicator declining', 'indicators declining')} since the previous value.`;
}

function priorityLookup(items: readonly GridItem[]): (kind: string, id: number) => number | null {
  const map = new Map<string, number>();
  const walk = (list: readonly GridItem[], priority: number | null) => {
    for (const item of list) {
      const p = item.kind === 'priority' ? item.id : priority;
      if (p !== null) map.set(`${item.kind}-${item.id}`, p);
      walk(item.children, p);
    }
  };
  walk(items, null);
  return (kind, id) => map.get(`${kind}-${id}`) ?? null;
}

function filterForm(planId: number, read: ScorecardRead, items: readonly GridItem[], state: ScorecardState): HTMLElement {
  const form = element('form', 'scorecard-filters');
  form.setAttribute('aria-label', 'Filter the scorecard');
  form.action = scorecardPath(planId);
  const select = (id: string, label: string, options: { value: string; text: string }[], value: string) => {
    const group = element('div', 'form-group');
    const l = element('label', 'label', label);
    const s = element('select', 'input');
    s.id = id;
    l.htmlFor = id;
    for (const o of options) {
      const option = element('option', undefined, o.text);
      option.value = o.value;
      s.append(option);
    }
    s.value = value;
    group.append(l, s);
    form.append(group);
    return s;
  };
  const priorities = items.filter((i) => i.kind === 'priority');
  const priority = select('scorecard-priority', 'Priority', [{ value: '', text: 'Every priority' },
    ...priorities.map((p) => ({ value: String(p.id), text: `${p.reference ? `${p.reference} ` : ''}${p.text}`.slice(0, 80) }))], state.priority ? String(state.priority) : '');
  const rag = select('scorecard-rag', 'RAG', [{ value: '', text: 'Any RAG' },
    ...(Object.keys(ragFilterWords) as Rag[]).map((r) => ({ value: r, text: ragFilterWords[r] }))], state.rag ?? '');
  const owners = new Map<number, string>();
  for (const i of read.indicators) for (const o of i.owners) owners.set(o.personId, o.name);
  const owner = select('scorecard-owner', 'Owner', [{ value: '', text: 'Any owner' },
    ...[...owners].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => ({ value: String(id), text: name }))], state.owner ? String(state.owner) : '');
  const monthGroup = element('div', 'form-group');
  const monthLabel = element('label', 'label', 'As of');
  const month = element('input', 'input scorecard-period__input');
  month.type = 'month';
  month.id = 'scorecard-as-of';
  month.value = read.asOf ?? '';
  monthLabel.htmlFor = month.id;
  monthGroup.append(monthLabel, month);
  form.append(monthGroup);
  const apply = element('button', 'button button--secondary', 'Apply');
  apply.type = 'submit';
  const applyGroup = element('div', 'form-group');
  applyGroup.append(apply);
  form.append(applyGroup);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = /^[0-9]{4}-[0-9]{2}$/.test(month.value) ? month.value : null;
    navigate(scorecardPath(planId) + scorecardQuery({
      ...state,
      asOf: chosen && chosen !== read.asOf ? chosen : state.asOf && chosen === read.asOf ? chosen : null,
      priority: priority.value ? Number(priority.value) : null,
      rag: (rag.value || null) as Rag | null,
      owner: owner.value ? Number(owner.value) : null,
    }));
  });
  return form;
}

function table(planId: number, read: ScorecardRead, rows: readonly ScorecardIndicator[], state: ScorecardState): HTMLElement {
  const t = element('table', 'scorecard-table scorecard-main');
  t.append(element('caption', undefined, `Indicators${read.asOfLabel ? ` as of ${read.asOfLabel}` : ''}`));
  const head = element('tr');
  const column = (text: string, sort?: ScorecardSortKey) => {
    const th = element('th');
    th.scope = 'col';
    if (!sort) {
      th.textContent = text;
    } else {
      const sorted = state.sort === sort;
      th.setAttribute('aria-sort', sorted ? (state.descending ? 'descending' : 'ascending') : 'none');
      const button = element('button', 'scorecard-sort', text);
      button.type = 'button';
      const mark = element('span', undefined, sorted ? (state.descending ? ' ▼' : ' ▲') : ' ⇅');
      mark.setAttribute('aria-hidden', 'true');
      button.append(mark);
      button.addEventListener('click', () => {
        focusSortButton = sort;
        navigate(scorecardPath(planId) + scorecardQuery({ ...state, sort, descending: sorted ? !state.descending : false }));
      });
      th.dataset.sort = sort;
      th.append(button);
    }
    head.append(th);
  };
  column('Indicator', 'reference');
  column('Latest value', 'latest');
  column('Target');
  column('RAG', 'rag');
  column('Since the previous value', 'direction');
  column('Year on year');
  column('Year to date');
  column('Statistical neighbours');
  column('Baseline');
  column('Trend');
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  for (const i of rows) {
    const tr = element('tr');
    const name = element('th');
    name.scope = 'row';
    name.append(link(indicatorPath(planId, i.id), `${i.reference} ${i.name}`));
    const cell = (...content: (string | Node)[]) => {
      const td = element('td');
      td.append(...content);
      tr.append(td);
      return td;
    };
    tr.append(name);
    if (i.latest) {
      const period = element('span', 'direction-tag__since', i.latest.label);
      cell(i.latest.display, period);
    } else cell('No value yet');
    cell(i.target ? `${i.target.display}${i.target.interim ? ' (interim)' : ''}` : 'No target');
    const rag = cell(ragTag(i.rag));
    rag.title = i.ragSentence;
    cell(directionTag(i.fromPrevious.direction, i.fromPrevious.comparedWith ? `since ${i.fromPrevious.comparedWith}` : undefined));
    cell(directionTag(i.yearOnYear.direction, i.yearOnYear.comparedWith ? `since ${i.yearOnYear.comparedWith}` : undefined));
    // The ratio rule's year to date says its counts in the indicator's words ("87.5% — 42 of 48 children seen …").
    const ytd = cell(i.yearToDate?.display ? ratioYearToDate(i.yearToDate.display, i.yearToDate.numerator, i.yearToDate.denominator, i.numeratorLabel) : 'None');
    if (i.yearToDate) ytd.title = i.yearToDate.sentence;
    const neighbours = i.comparators.find((c) => c.kind === 'statistical-neighbours');
    cell(neighbours ? neighbourWords(neighbours, i) : 'None');
    cell(i.baseline ? i.baseline.display : 'None');
    cell(trendLine(i));
    body.append(tr);
  }
  t.append(thead, body);
  const wrap = element('div', 'scorecard-table-wrap');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'Scorecard table (scrolls sideways on a narrow screen)');
  wrap.tabIndex = 0;
  wrap.append(t);
  return wrap;
}

const svgNs = 'http://www.w3.org/2000/svg';

/** A small line of the series, with its words as the text alternative (and on paper). */
function trendLine(i: ScorecardIndicator): HTMLElement {
  const words = trendWords(i.series.map((p) => ({ label: p.label, value: p.value, display: p.value === null ? '' : i.latest && p.period === i.latest.period ? i.latest.display : formatShort(p.value, i) })));
  const box = element('span', 'scorecard-trend');
  const numbers = i.series.map((p) => p.value);
  const present = numbers.filter((n): n is number => n !== null);
  const root = document.createElementNS(svgNs, 'svg');
  const width = 120;
  const height = 32;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', words);
  root.setAttribute('class', 'scorecard-trend-svg');
  if (present.length > 0) {
    const min = Math.min(...present);
    const max = Math.max(...present);
    const x = (k: number) => (numbers.length === 1 ? width / 2 : 4 + (k * (width - 8)) / (numbers.length - 1));
    const y = (v: number) => (max === min ? height / 2 : height - 4 - ((v - min) * (height - 8)) / (max - min));
    let path = '';
    let open = false;
    numbers.forEach((v, k) => {
      if (v === null) {
        open = false;
        return;
      }
      path += `${open ? 'L' : 'M'}${x(k).toFixed(1)} ${y(v).toFixed(1)}`;
      open = true;
    });
    const line = document.createElementNS(svgNs, 'path');
    line.setAttribute('d', path);
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke', '#0b0c0c');
    line.setAttribute('stroke-width', '2');
    const last = numbers.length - 1 - [...numbers].reverse().findIndex((v) => v !== null);
    const dot = document.createElementNS(svgNs, 'circle');
    dot.setAttribute('cx', x(last).toFixed(1));
    dot.setAttribute('cy', y(numbers[last]!).toFixed(1));
    dot.setAttribute('r', '3');
    dot.setAttribute('fill', '#0b0c0c');
    root.append(line, dot);
  }
  box.append(root);
  return box;
}

function formatShort(value: number, i: ScorecardIndicator): string {
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: i.decimalPlaces, maximumFractionDigits: i.decimalPlaces });
  return i.unit === 'percentage' ? `${text}%` : text;
}

/** "75.0% (2023/24); we are 12.5 better": the statistical neighbours' average with the gap to it in words. */
function neighbourWords(c: ScorecardIndicator['comparators'][number], i: ScorecardIndicator): string {
  const year = c.figureYear ? ` (${c.figureYear})` : '';
  if (c.gap === null || !c.judgement) return `${c.display}${year}`;
  const gap = formatShort(Math.abs(c.gap), i).replace(/%$/, i.unit === 'percentage' ? ' points' : '');
  const words = c.judgement === 'level' ? 'level with them' : `${gap} ${c.judgement}`;
  return `${c.display}${year}; gap: ${words}`;
}
