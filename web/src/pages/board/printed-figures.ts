// The figures a plan printed, checked against the scores (/plans/{planId}/printed-figures?review=), for board members and
// administrators: the averages printed for a review (overall and per priority) and the other figures (a count or a
// percentage at a level, the number of scored items or of items), each beside the summary's verdict and its
// explanation; and the pages to record, correct and remove one (/new, /{id}, /{id}/delete, /averages/new, ...). The
// API checks each figure (Summary: reportedAverages, printedFigures); these pages only word what it finds.

import { getGrid, type Grid, type GridItem, type Review } from '../../api/client';
import {
  changePrintedFigure, changeReportedAverage, deletePrintedFigure, deleteReportedAverage, getPrintedFigure, getReportedAverage, listPrintedFigures,
  recordPrintedFigure, recordReportedAverage, type PrintedFigure, type ReportedAverage,
} from '../../api/printed-figures';
import { getSummary, type PrintedFigureCheck, type Summary } from '../../api/summary';
import { emptyState } from '../../components/page-states';
import { element, paragraph } from '../../dom';
import {
  averageFormFrom, averageRequest, averageText, figureKinds, figuresViewFor, kindNeedsLevel, kindWords, levelChoiceWords, printedFigureFormFrom,
  printedFigureRequest, scopeWords, verdictWords, type FiguresView,
} from '../../domain/printed-figures';
import { inColumnOrder, reviewWords } from '../../domain/grid-rows';
import { levelWords } from '../../domain/levels';
import { dashboardPath, printedFiguresPath, returnReviewFrom } from '../../domain/routes';
import { navigate } from '../../router';
import { addFields, adminForm, deleteForm, FormProblems, radiosField, selectField, textAreaField, textField, type Field } from '../admin/form';
import { actionLink, actionsCell, adminTable, buttonLink, cell, rowHeader, tag } from '../admin/shell';
import { layout, load, setFlash, type BoardContext, type Layout } from './shell';

interface Priority {
  id: number;
  number: string | null;
  text: string;
}

export function showPrintedFigures(ctx: BoardContext, planId: number, sub: string): Promise<void> {
  const view = figuresViewFor(sub);
  const back = { href: printedFiguresPath(planId, returnReviewFrom(ctx.url.searchParams)), text: 'Back to the printed figures' };
  if (!view) {
    const page = layout(ctx, 'Page not found', back);
    page.body.replaceChildren(emptyState('There is no printed figures page at this address.', undefined, back));
    return Promise.resolve();
  }
  const titles: Record<FiguresView['view'], string> = {
    list: 'Printed figures', newFigure: 'Record a printed figure', figure: 'Correct a printed figure', deleteFigure: 'Remove a printed figure',
    newAverage: 'Record a printed average', average: 'Correct a printed average', deleteAverage: 'Remove a printed average',
  };
  const page = layout(ctx, titles[view.view], view.view === 'list' ? { href: dashboardPath(planId, returnReviewFrom(ctx.url.searchParams)), text: 'Back to the board dashboard' } : back);
  return load(ctx, page.body, 'the printed figures', getGrid(planId, ctx.signal), (grid) => drawView(ctx, page, grid, view),
    'There is no plan at this address. It may have been deleted, or the link may be wrong.');
}

function drawView(ctx: BoardContext, page: Layout, grid: Grid, view: FiguresView): Promise<void> | void {
  const planId = grid.plan.id;
  const asked = returnReviewFrom(ctx.url.searchParams);
  const reviews = inColumnOrder(grid.reviews);
  const review = reviews.find((r) => r.id === (asked ?? grid.currentReviewId)) ?? null;
  const priorities = prioritiesOf(grid.items);
  switch (view.view) {
    case 'list':
      page.retitle(`Printed figures: ${grid.plan.title}`);
      return drawList(ctx, page.body, grid, reviews, review, priorities);
    case 'newFigure':
      figureForm(page.body, grid, reviews, priorities, null, review?.id ?? null);
      return;
    case 'figure':
    case 'deleteFigure':
      return load(ctx, page.body, 'the printed figure', getPrintedFigure(planId, view.id, ctx.signal), (figure) => {
        if (view.view === 'figure') figureForm(page.body, grid, reviews, priorities, figure, figure.reviewId);
        else figureDelete(page.body, grid, reviews, priorities, figure);
      }, 'This plan has no such printed figure. It may have been removed already.');
    case 'newAverage':
    case 'average':
    case 'deleteAverage':
      if (!review || asked === null) {
        page.body.replaceChildren(emptyState('An average is recorded for one review, and this address names none.', undefined,
          { href: printedFiguresPath(planId), text: 'Back to the printed figures' }));
        return;
      }
      if (view.view === 'newAverage') {
        averageForm(page.body, grid, review, priorities, null);
        return;
      }
      return load(ctx, page.body, 'the printed average', getReportedAverage(planId, review.id, view.id, ctx.signal), (average) => {
        if (view.view === 'average') averageForm(page.body, grid, review, priorities, average);
        else averageDelete(page.body, grid, review, priorities, average);
      }, 'This review has no such printed average. It may have been removed already.');
  }
}

function prioritiesOf(items: readonly GridItem[]): Priority[] {
  return items.filter((i) => i.kind === 'priority').map((i) => ({ id: i.id, number: i.number, text: i.text }));
}

// The list

async function drawList(ctx: BoardContext, body: HTMLElement, grid: Grid, reviews: readonly Review[], review: Review | null, priorities: readonly Priority[]): Promise<void> {
  const planId = grid.plan.id;
  const [summary, figures] = await Promise.all([
    review ? getSummary(planId, review.id, ctx.signal) : Promise.resolve(null),
    listPrintedFigures(planId, null, ctx.signal),
  ]);
  if (ctx.signal.aborted) return;
  const parts: HTMLElement[] = [
    paragraph(`The figures ${grid.plan.title} printed in its board reports and papers, kept exactly as printed and checked against the scores of the review they were printed for.`, 'lead'),
  ];
  if (reviews.length > 0) parts.push(reviewChooser(planId, reviews, review));
  if (!review || !summary) {
    parts.push(emptyState('This plan has no reviews yet.', 'Averages are printed for a review; other figures can be recorded now and checked once they name one.'));
  } else {
    parts.push(averagesSection(grid, review, summary));
    parts.push(figuresSection(grid, review, summary.printedFigures, figures.filter((f) => f.reviewId === review.id), priorities));
  }
  const unchecked = figures.filter((f) => f.reviewId === null);
  if (unchecked.length > 0 || !review) parts.push(noReviewSection(grid, unchecked, priorities));
  if (!review) parts.push(actions(buttonLink(printedFiguresPath(planId, null, '/new'), 'Record a printed figure')));
  body.replaceChildren(...parts);
}

function reviewChooser(planId: number, reviews: readonly Review[], review: Review | null): HTMLElement {
  const form = element('form', 'board-page__chooser');
  form.setAttribute('aria-label', 'Choose the review');
  const select = selectField({
    name: 'review', label: 'Figures printed for', value: review ? String(review.id) : '',
    options: [...reviews].reverse().map((r) => ({ value: String(r.id), text: `${reviewWords(r)}${r.status === 'open' ? ' (open)' : ''}` })),
  });
  const button = element('button', 'button button--secondary', 'Show');
  button.type = 'submit';
  form.append(select.group, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(printedFiguresPath(planId, Number(select.input.value)));
  });
  return form;
}

function section(id: string, title: string): HTMLElement {
  const s = element('section', 'board-page__section');
  const h2 = element('h2', undefined, title);
  h2.id = id;
  s.setAttribute('aria-labelledby', id);
  s.append(h2);
  return s;
}

function actions(...links: HTMLElement[]): HTMLElement {
  const p = element('p', 'board-page__actions');
  p.append(...links);
  return p;
}

function averagesSection(grid: Grid, review: Review, summary: Summary): HTMLElement {
  const planId = grid.plan.id;
  const s = section('printed-averages', `Averages printed for ${review.label}`);
  s.append(paragraph('Councils work averages out by hand: the tracker gives both the mean over scored items and the mean of the priority figures, and says which one each printed figure is.', 'hint'));
  const checks = summary.reportedAverages;
  if (checks.length === 0) {
    s.append(paragraph(`No average printed for ${review.label} has been recorded.`, 'board-page__empty'));
  } else {
    const rows = checks.map((check) => {
      const tr = element('tr');
      const printed = element('span');
      printed.append(averageText(check.printed), ' ', check.disagrees ? tag('Disagrees with the scores', 'warning') : check.matches ? tag('Agrees with the scores', 'active') : '');
      const finds = element('span');
      finds.append(check.explanation);
      const what = `the printed average for ${check.scope.toLowerCase() === 'whole plan' ? 'the whole plan' : check.scope}`;
      tr.append(
        rowHeader(check.scope, ...(check.source ? [element('span', 'hint board-page__note', ` In ${check.source}`)] : [])),
        cell(printed),
        cell(averageText(check.overItems)),
        cell(check.overPriorities !== null ? averageText(check.overPriorities) : check.priorityId === null ? 'None: no priorities' : 'Not for one priority'),
        cell(finds),
        actionsCell(
          actionLink(printedFiguresPath(planId, review.id, `/averages/${check.id}`), 'Correct', what),
          actionLink(printedFiguresPath(planId, review.id, `/averages/${check.id}/delete`), 'Remove', what),
        ),
      );
      return tr;
    });
    s.append(adminTable(`Averages printed for ${review.label}, checked against the scores`,
      ['Printed for', 'Printed', 'Mean over scored items', 'Mean of the priority figures', 'What the tracker finds', 'Actions'], rows));
  }
  s.append(actions(buttonLink(printedFiguresPath(planId, review.id, '/averages/new'), `Record an average printed for ${review.label}`, true)));
  return s;
}

function figuresSection(grid: Grid, review: Review, checks: readonly PrintedFigureCheck[], figures: readonly PrintedFigure[], priorities: readonly Priority[]): HTMLElement {
  const planId = grid.plan.id;
  const s = section('printed-figures', `Other figures printed for ${review.label}`);
  if (figures.length === 0) {
    s.append(paragraph(`No other figure printed for ${review.label} has been recorded: counts and percentages at a level, or numbers of items.`, 'board-page__empty'));
  } else {
    const rows = figures.map((figure) => figureRow(grid, figure, checks.find((c) => c.id === figure.id) ?? null, priorities, review.id));
    s.append(adminTable(`Other figures printed for ${review.label}, checked against the scores`,
      ['Figure as printed', 'Printed for', 'What it counts', 'What the tracker finds', 'Actions'], rows));
  }
  s.append(actions(buttonLink(printedFiguresPath(planId, review.id, '/new'), `Record a figure printed for ${review.label}`, true)));
  return s;
}

function noReviewSection(grid: Grid, figures: readonly PrintedFigure[], priorities: readonly Priority[]): HTMLElement {
  const s = section('printed-figures-no-review', 'Figures printed for no review');
  if (figures.length === 0) {
    s.append(paragraph('None recorded.', 'board-page__empty'));
    return s;
  }
  s.append(paragraph('Kept as printed; they cannot be checked until they name the review they were printed for.', 'hint'));
  s.append(adminTable('Figures printed for no review', ['Figure as printed', 'Printed for', 'What it counts', 'What the tracker finds', 'Actions'],
    figures.map((f) => figureRow(grid, f, null, priorities, null))));
  return s;
}

function figureRow(grid: Grid, figure: PrintedFigure, check: PrintedFigureCheck | null, priorities: readonly Priority[], reviewId: number | null): HTMLTableRowElement {
  const planId = grid.plan.id;
  const tr = element('tr');
  const name = `“${figure.label}: ${figure.valueText}”`;
  const printed = rowHeader(`${figure.label}: ${figure.valueText}`);
  if (figure.claims) printed.append(element('span', 'hint board-page__note', ` Claims: ${figure.claims}`));
  if (figure.source) printed.append(element('span', 'hint board-page__note', ` In ${figure.source}`));
  const counts = element('span');
  counts.append(kindWords(figure.kind));
  const level = levelChoiceWords(grid.scale.levels, figure.level);
  if (level) counts.append(`: ${level}`);
  const verdict = verdictWords(check?.verdict);
  const finds = element('span');
  finds.append(tag(verdict.text, verdict.tag), ' ', check ? check.explanation : figure.reviewId === null ? 'It names no review, so there are no scores to check it against.' : '');
  tr.append(printed, cell(scopeWords(figure.priorityId, priorities)), cell(counts), cell(finds),
    actionsCell(
      actionLink(printedFiguresPath(planId, reviewId, `/${figure.id}`), 'Correct', `the printed figure ${name}`),
      actionLink(printedFiguresPath(planId, reviewId, `/${figure.id}/delete`), 'Remove', `the printed figure ${name}`),
    ));
  return tr;
}

// The forms

function priorityOptions(priorities: readonly Priority[], whole: string): { value: string; text: string }[] {
  return [{ value: '', text: whole }, ...priorities.map((p) => ({ value: String(p.id), text: scopeWords(p.id, priorities) }))];
}

function figureForm(body: HTMLElement, grid: Grid, reviews: readonly Review[], priorities: readonly Priority[], figure: PrintedFigure | null, reviewId: number | null): void {
  const planId = grid.plan.id;
  const start = printedFigureFormFrom(figure, reviewId);
  const review = selectField({
    name: 'reviewId', label: 'Review it was printed for', value: start.reviewId,
    hint: 'Only a figure printed for a review can be checked against the scores.',
    options: [...[...reviews].reverse().map((r) => ({ value: String(r.id), text: reviewWords(r) })), { value: '', text: 'Printed for no review' }],
  });
  const fields: Field[] = [review];
  const priority = priorities.length > 0
    ? selectField({ name: 'priorityId', label: 'What it is about', value: start.priorityId, options: priorityOptions(priorities, 'The whole plan') })
    : null;
  if (priority) fields.push(priority);
  const kind = radiosField({ name: 'kind', legend: 'Kind of figure', value: start.kind, choices: figureKinds });
  const level = radiosField({
    name: 'level', legend: 'The level it counts', value: start.level,
    hint: `A level of the plan’s scale, “${grid.scale.name}”.`,
    choices: grid.scale.levels.map((l) => ({ value: String(l.value), text: levelWords(l.value, l.label), hint: l.meaning ?? '' })),
  });
  const label = textField({ name: 'label', label: 'Label as printed', value: start.label, hint: 'Exactly as printed, for example COMPLETED or “Actions on track”.' });
  const value = textField({ name: 'valueText', label: 'Value as printed', value: start.valueText, width: 10, hint: 'Exactly as printed, for example 6 or 45%.' });
  const claims = textAreaField({ name: 'claims', label: 'What it claims (optional)', value: start.claims, rows: 2, hint: 'In words, for example “actions completed”.' });
  const source = textField({ name: 'source', label: 'Where it was printed (optional)', value: start.source, hint: 'For example “Board report, March 2018, p.4”.' });
  fields.push(kind, level, label, value, claims, source);
  // The level question is asked only for the kinds that count a level (GOV.UK's conditional reveal, after the kinds).
  const showLevel = () => {
    level.group.hidden = !kindNeedsLevel(kind.value());
  };
  kind.group.addEventListener('change', showLevel);
  showLevel();

  const thing = 'This printed figure';
  const form = adminForm({
    fields: () => fields.filter((f) => !f.group.hidden),
    fieldFor: (name) => (name === 'level' ? level : undefined),
    submitText: figure ? 'Save the corrected figure' : 'Record the figure',
    progressText: 'Saving…',
    cancel: { href: printedFiguresPath(planId, reviewId), text: 'Cancel' },
    thing,
    submit: async () => {
      const form = { ...start, reviewId: review.input.value, priorityId: priority?.input.value ?? '', kind: kind.value(), level: level.value(),
        label: label.input.value, valueText: value.input.value, claims: claims.input.value, source: source.input.value };
      const request = printedFigureRequest(form);
      const saved = figure ? await changePrintedFigure(planId, figure.id, request, figure.version) : await recordPrintedFigure(planId, request);
      setFlash(`Printed figure “${saved.label}: ${saved.valueText}” ${figure ? 'corrected' : 'recorded'}.`);
      navigate(printedFiguresPath(planId, saved.reviewId ?? reviewId));
    },
  });
  addFields(form, ...fields);
  body.replaceChildren(paragraph(`${grid.plan.title}. Record a figure exactly as the plan or a board report printed it; the tracker then checks it against the scores.`, 'lead'), form.element);
}

function figureDelete(body: HTMLElement, grid: Grid, reviews: readonly Review[], priorities: readonly Priority[], figure: PrintedFigure): void {
  const planId = grid.plan.id;
  const review = reviews.find((r) => r.id === figure.reviewId);
  const form = deleteForm({
    explain: [
      `Remove the figure “${figure.label}: ${figure.valueText}” printed for ${scopeWords(figure.priorityId, priorities).toLowerCase().startsWith('the whole') ? 'the whole plan' : scopeWords(figure.priorityId, priorities)}${review ? ` in ${review.label}` : ''}?`,
      'Remove a figure only if it was entered in error. The audit log keeps what it was.',
    ],
    submitText: 'Remove the figure',
    cancel: { href: printedFiguresPath(planId, figure.reviewId), text: 'Cancel' },
    thing: 'This printed figure',
    submit: async () => {
      await deletePrintedFigure(planId, figure.id, figure.version);
      setFlash(`Printed figure “${figure.label}: ${figure.valueText}” removed.`);
      navigate(printedFiguresPath(planId, figure.reviewId));
    },
  });
  body.replaceChildren(form.element);
}

function averageForm(body: HTMLElement, grid: Grid, review: Review, priorities: readonly Priority[], average: ReportedAverage | null): void {
  const planId = grid.plan.id;
  const start = averageFormFrom(average);
  const fields: Field[] = [];
  const priority = priorities.length > 0
    ? selectField({ name: 'priorityId', label: 'Printed for', value: start.priorityId, options: priorityOptions(priorities, 'The whole plan (its overall average)') })
    : null;
  if (priority) fields.push(priority);
  const value = textField({ name: 'value', label: 'Average as printed', value: start.value, width: 5, inputMode: 'text', hint: 'The figure as printed, for example 2.8.' });
  const source = textField({ name: 'source', label: 'Where it was printed (optional)', value: start.source, hint: 'For example “Board report, March 2018”.' });
  fields.push(value, source);
  const form = adminForm({
    fields: () => fields,
    submitText: average ? 'Save the corrected average' : 'Record the average',
    progressText: 'Saving…',
    cancel: { href: printedFiguresPath(planId, review.id), text: 'Cancel' },
    thing: 'This printed average',
    submit: async () => {
      const prepared = averageRequest({ priorityId: priority?.input.value ?? '', value: value.input.value, source: source.input.value });
      if (!prepared.ok) throw new FormProblems(prepared.errors);
      const saved = average
        ? await changeReportedAverage(planId, review.id, average.id, prepared.request, average.version)
        : await recordReportedAverage(planId, review.id, prepared.request);
      setFlash(`Printed average ${averageText(saved.value)} for ${scopeWords(saved.priorityId, priorities).replace(/^The whole plan$/, 'the whole plan')} ${average ? 'corrected' : 'recorded'}.`);
      navigate(printedFiguresPath(planId, review.id));
    },
  });
  addFields(form, ...fields);
  body.replaceChildren(paragraph(`${grid.plan.title}, ${review.label}. The tracker compares it with the mean over scored items and the mean of the priority figures.`, 'lead'), form.element);
}

function averageDelete(body: HTMLElement, grid: Grid, review: Review, priorities: readonly Priority[], average: ReportedAverage): void {
  const planId = grid.plan.id;
  const scope = scopeWords(average.priorityId, priorities).replace(/^The whole plan$/, 'the whole plan');
  const form = deleteForm({
    explain: [`Remove the average ${averageText(average.value)} printed for ${scope} in ${review.label}?`, 'Remove it only if it was entered in error. The audit log keeps what it was.'],
    submitText: 'Remove the average',
    cancel: { href: printedFiguresPath(planId, review.id), text: 'Cancel' },
    thing: 'This printed average',
    submit: async () => {
      await deleteReportedAverage(planId, review.id, average.id, average.version);
      setFlash(`Printed average ${averageText(average.value)} for ${scope} removed.`);
      navigate(printedFiguresPath(planId, review.id));
    },
  });
  body.replaceChildren(form.element);
}

