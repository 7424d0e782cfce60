// One indicator (/plans/{planId}/indicators/{indicatorId}): what it measures (definition, unit, polarity in words,
// frequency, year-to-date rule, source), its owners, the plan items it evidences, its targets and comparators by year,
// a line chart of its values with the target and comparator lines, and the values table beneath (the chart's
// accessible form): period, value or state, target, RAG, direction, note and who last changed it.

import { getGrid } from '../../api/client';
import { getIndicator, getIndicatorHistory, getScorecard, listIndicatorValues, type Indicator, type IndicatorHistory, type IndicatorValue } from '../../api/scorecard';
import { emptyState } from '../../components/page-states';
import { element, link, paragraph } from '../../dom';
import { findItem } from '../../domain/item-find';
import { councilYearOf, yearLabel } from '../../domain/indicator-form';
import { indicatorDeletePath, indicatorEditPath, indicatorYearPath, itemPath, scorecardPath, scorecardValuesPath } from '../../domain/routes';
import { comparatorWords, seriesOf, type SeriesPoint } from '../../domain/scorecard-series';
import {
  formatValue, frequencyWords, monthLabel, polarityWords, shortMonthLabel, trendWords, unitWords, valueOrState,
} from '../../domain/scorecard-words';
import { historySubject } from '../../domain/scorecard-history';
import { countsHeader, countsText, ratioYearToDate } from '../../domain/ratio-values';
import { lineChart, type ChartLine } from './chart';
import { canEditIndicators, heading, show, takeFlash, todayIso, type ScorecardContext } from './shell';
import { directionTag, ragTag } from './tags';

const yearStartMonth = 4;
const ytdWords = { sum: 'The sum of the year’s values', average: 'The average of the year’s values', latest: 'The latest value', ratio: 'The year’s numerators over its denominators' } as const;
const comparatorStyles: Record<string, { colour: string; dash: string; shape: number; looks: string }> = {
  'statistical-neighbours': { colour: '#4c2c92', dash: '2 4', shape: 1, looks: 'dotted line, triangles' },
  england: { colour: '#912b88', dash: '10 4 2 4', shape: 3, looks: 'dash-dot line, diamonds' },
  region: { colour: '#6b4000', dash: '14 4', shape: 4, looks: 'long dashes, stars' },
};

export async function showIndicator(ctx: ScorecardContext, planId: number, indicatorId: number): Promise<void> {
  const [indicator, values, grid, read, history] = await Promise.all([
    getIndicator(planId, indicatorId, ctx.signal),
    listIndicatorValues(planId, indicatorId, ctx.signal),
    getGrid(planId, ctx.signal).catch(() => null),
    getScorecard(planId, null, ctx.signal).catch(() => null),
    getIndicatorHistory(planId, indicatorId, ctx.signal).catch(() => null),
  ]);
  if (ctx.signal.aborted) return;
  document.title = `${indicator.reference} ${indicator.name} – Improvement action-plan tracker`;
  const h1 = heading(ctx, `${indicator.reference} ${indicator.name}`);
  const format = (v: number) => formatValue(v, indicator.unit, indicator.decimalPlaces);
  // The API's own RAG and target for each period where the scorecard read has them (it is the judge); the same rules
  // worked here (domain/scorecard-series.ts) for the direction of each period, which the read gives only for the latest.
  const judged = new Map((read?.indicators.find((i) => i.id === indicatorId)?.series ?? []).map((p) => [p.period, p]));
  const series = seriesOf(indicator, values, read?.yearStartMonth ?? yearStartMonth).map((p) => {
    const api = judged.get(p.period);
    return api ? { ...p, rag: api.rag, target: api.target } : p;
  });

  const ways = element('ul', 'scorecard-links');
  const add = (href: string, text: string) => {
    const li = element('li');
    li.append(link(href, text));
    ways.append(li);
  };
  add(scorecardPath(planId), 'Back to the scorecard');
  if (ctx.session.role !== 'viewer') add(scorecardValuesPath(planId), 'Enter values');
  const editable = canEditIndicators(ctx);
  if (editable) {
    add(indicatorEditPath(planId, indicatorId), 'Edit this indicator');
    add(indicatorDeletePath(planId, indicatorId), 'Delete this indicator');
  }

  const about = element('dl', 'scorecard-facts');
  const fact = (term: string, ...description: (string | Node)[]) => {
    const dd = element('dd');
    dd.append(...description);
    about.append(element('dt', undefined, term), dd);
  };
  fact('Definition', indicator.definition ?? 'Not given');
  fact('Unit', `${unitWords[indicator.unit]}${indicator.decimalPlaces > 0 ? `, ${indicator.decimalPlaces} decimal ${indicator.decimalPlaces === 1 ? 'place' : 'places'}` : ', whole numbers'}`);
  fact('Polarity', polarityWords[indicator.polarity]);
  fact('Frequency', frequencyWords[indicator.frequency]);
  fact('Year to date', ytdWords[indicator.ytdRule]);
  if (indicator.ytdRule === 'ratio') {
    fact('Counts', indicator.numeratorLabel && indicator.denominatorLabel
      ? `${indicator.numeratorLabel} (numerator) over ${indicator.denominatorLabel} (denominator)` : 'Numerator over denominator (their words not given)');
  }
  // The year to date as the scorecard read works it, with the ratio rule's counts in the indicator's words.
  const ytd = read?.indicators.find((i) => i.id === indicatorId)?.yearToDate;
  if (ytd) {
    const figure = element('p', undefined, ytd.display ? ratioYearToDate(ytd.display, ytd.numerator, ytd.denominator, indicator.numeratorLabel) : 'None');
    figure.id = 'indicator-ytd';
    fact(`Year to date as of ${read!.asOfLabel}`, figure, paragraph(ytd.sentence, 'hint'));
  }
  fact('Data source', indicator.dataSource ?? 'Not given');
  fact('Owners', indicator.owners.length > 0 ? indicator.owners.map((o) => o.displayName).join(', ') : 'Nobody named');
  const evidences = element('ul', 'scorecard-facts__list');
  for (const l of indicator.links) {
    const found = grid ? findItem(grid.items, l.kind, l.id) : null;
    const li = element('li');
    const words = found ? `${l.kind[0]!.toUpperCase()}${l.kind.slice(1)} ${found.item.reference}: ${found.item.text}` : `${l.kind} ${l.id}`;
    li.append(link(itemPath(planId, l.kind, l.id), words));
    evidences.append(li);
  }
  fact('Evidences', indicator.links.length > 0 ? evidences : 'No plan items linked');

  const flash = takeFlash();
  const targets = targetsSection(indicator, format);
  if (editable) targets.append(yearLinks(planId, indicator, values.map((v) => v.period), read?.yearStartMonth ?? yearStartMonth));
  const parts: HTMLElement[] = [h1, ...(flash ? [flash] : []), ways, about, targets];
  parts.push(element('h2', undefined, 'Values over time'));
  if (series.length === 0) {
    parts.push(emptyState('No values have been entered yet.', `The owners enter each ${indicator.frequency === 'monthly' ? 'month' : 'period'}’s value.`));
  } else {
    const lines: ChartLine[] = [
      { name: 'Value', values: series.map((p) => p.value), colour: '#1d70b8', dash: '', shape: 0, looks: 'solid line, circles' },
    ];
    if (series.some((p) => p.target !== null)) lines.push({ name: 'Target', values: series.map((p) => p.target), colour: '#0b0c0c', dash: '8 4', shape: 2, looks: 'dashed line, squares' });
    for (const kind of Object.keys(series[0]!.comparators)) {
      const style = comparatorStyles[kind] ?? comparatorStyles.region!;
      lines.push({ name: comparatorWords[kind] ?? kind, values: series.map((p) => p.comparators[kind] ?? null), ...style });
    }
    const trend = trendWords(series.map((p) => ({ label: monthLabel(p.period), value: p.value, display: p.value === null ? '' : format(p.value) })));
    const latestTarget = [...series].reverse().find((p) => p.target !== null)?.target;
    const description = `Line chart of ${indicator.reference} ${indicator.name}, ${monthLabel(series[0]!.period)} to ${monthLabel(series[series.length - 1]!.period)}. ${trend}`
      + `${latestTarget !== undefined && latestTarget !== null ? ` Target ${format(latestTarget)} (dashed line).` : ' No target.'}`
      + ` ${polarityWords[indicator.polarity]}. The table below the chart gives every figure.`;
    parts.push(
      lineChart({ labels: series.map((p) => shortMonthLabel(p.period)), lines, percentage: indicator.unit === 'percentage', format, description, axisTitle: 'Period' }),
      paragraph(trend, 'scorecard-trend'),
      valuesTable(indicator, series, values, format),
    );
  }
  parts.push(...historySection(indicator, history));
  show(ctx, h1, ...parts.slice(1));
}

/** "Targets and comparators for 2025/26": each year with targets, comparators or values, this council year and the next. */
function yearLinks(planId: number, indicator: Indicator, periods: readonly string[], startMonth: number): HTMLElement {
  const now = councilYearOf(todayIso(), startMonth);
  const years = [...new Set([
    ...indicator.years.map((y) => y.year), ...indicator.comparators.map((c) => c.year), ...periods.map((p) => councilYearOf(`${p}-01`, startMonth)), now, now + 1,
  ])].sort();
  const list = element('ul', 'scorecard-links');
  for (const year of years) {
    const li = element('li');
    li.append(link(indicatorYearPath(planId, indicator.id, year), `Targets and comparators for ${yearLabel(year)}`));
    list.append(li);
  }
  return list;
}

/**
 * Who changed what, when: the audit log's entries for the indicator itself, its years (baseline, target, tolerance),
 * its comparators and its values, newest first, each with what it touched and the change in a sentence.
 */
function historySection(indicator: Indicator, history: IndicatorHistory | null): HTMLElement[] {
  const title = element('h2', undefined, 'History');
  if (history === null) return [title, paragraph('The history could not be loaded. Reload the page to try again.', 'hint')];
  if (history.entries.length === 0) return [title, paragraph('Nothing has been entered or changed yet.')];
  const table = element('table', 'scorecard-table');
  table.append(element('caption', undefined, `Changes to ${indicator.reference}, its targets, comparators and values, newest first`));
  const head = element('tr');
  for (const text of ['When', 'Who', 'What', 'Change']) {
    const th = element('th', undefined, text);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  for (const entry of history.entries) {
    const tr = element('tr');
    const when = element('td');
    const time = element('time', undefined, new Date(entry.occurredAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }));
    time.setAttribute('datetime', entry.occurredAt);
    when.append(time);
    tr.append(when, element('td', undefined, entry.actor), element('td', undefined, historySubject(entry)), element('td', undefined, entry.sentence));
    body.append(tr);
  }
  table.append(thead, body);
  const wrap = element('div', 'scorecard-table-wrap');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', `${indicator.reference} history`);
  wrap.tabIndex = 0;
  wrap.append(table);
  return [title, wrap];
}

function targetsSection(indicator: Indicator, format: (v: number) => string): HTMLElement {
  const section = element('section');
  const title = element('h2', undefined, 'Targets and comparators');
  title.id = 'indicator-targets';
  section.setAttribute('aria-labelledby', title.id);
  section.append(title);
  if (indicator.years.length === 0 && indicator.comparators.length === 0) {
    section.append(paragraph('No baseline, target or comparator has been recorded.'));
    return section;
  }
  const table = element('table', 'scorecard-table');
  const head = element('tr');
  for (const text of ['Year', 'Baseline', 'Target', 'Tolerance', 'Comparators']) {
    const th = element('th', undefined, text);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  const years = [...new Set([...indicator.years.map((y) => y.year), ...indicator.comparators.map((c) => c.year)])].sort();
  for (const year of years) {
    const y = indicator.years.find((r) => r.year === year);
    const tr = element('tr');
    const th = element('th', undefined, `${year}/${String(year + 1).slice(2)}`);
    th.setAttribute('scope', 'row');
    const target = y?.target !== null && y?.target !== undefined ? format(y.target) : 'None';
    const interim = y && y.interimTargets.length > 0 ? `; interim: ${y.interimTargets.map((t) => `${monthLabel(t.period)} ${format(t.target)}`).join(', ')}` : '';
    const comparators = indicator.comparators.filter((c) => c.year === year)
      .map((c) => `${comparatorWords[c.kind] ?? c.kind} ${format(c.value)}${c.figureYear ? ` (${c.figureYear})` : ''}${c.source ? `, ${c.source}` : ''}`).join('; ');
    tr.append(th,
      element('td', undefined, y?.baseline !== null && y?.baseline !== undefined ? format(y.baseline) : y?.baselineText ?? 'Not known'),
      element('td', undefined, `${target}${y?.targetText ? ` (printed: “${y.targetText}”)` : ''}${interim}`),
      element('td', undefined, y?.tolerance ? format(y.tolerance) : 'None'),
      element('td', undefined, comparators || 'None'));
    body.append(tr);
  }
  table.append(thead, body);
  section.append(table);
  return section;
}

function valuesTable(indicator: Indicator, series: readonly SeriesPoint[], values: readonly IndicatorValue[], format: (v: number) => string): HTMLElement {
  const table = element('table', 'scorecard-table scorecard-values-table');
  table.append(element('caption', undefined, `${indicator.reference} values by period (the figures of the chart)`));
  const head = element('tr');
  // A ratio indicator's counts have their own column, headed with its words ("Children seen … of children referred").
  const ratio = indicator.ytdRule === 'ratio';
  const counts = new Map(values.map((v) => [v.period, v]));
  for (const text of ['Period', 'Value', ...(ratio ? [countsHeader(indicator)] : []), 'Target', 'RAG', 'Direction since the previous value', 'Note']) {
    const th = element('th', undefined, text);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  for (const point of series) {
    const tr = element('tr');
    const th = element('th', undefined, monthLabel(point.period));
    th.setAttribute('scope', 'row');
    const rag = element('td');
    rag.append(ragTag(point.rag));
    const direction = element('td');
    direction.append(directionTag(point.direction));
    const entered = counts.get(point.period);
    tr.append(th,
      element('td', undefined, valueOrState(point.value, point.state, indicator.unit, indicator.decimalPlaces)),
      ...(ratio ? [element('td', undefined, entered && entered.numerator !== null && entered.denominator !== null ? countsText(entered.numerator, entered.denominator) : 'Not given')] : []),
      element('td', undefined, point.target === null ? 'None' : format(point.target)),
      rag, direction,
      element('td', undefined, point.note ?? ''));
    body.append(tr);
  }
  table.append(thead, body);
  const wrap = element('div', 'scorecard-table-wrap');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', `${indicator.reference} values`);
  wrap.tabIndex = 0;
  wrap.append(table);
  return wrap;
}
