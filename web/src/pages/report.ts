// The scrutiny report (issue 5) as a document to read on screen and to print: the summary in words and figures,
// averages per priority, the exceptions with their leads and latest updates, the whole plan with its score history,
// and the footer. The toolbar (review chooser, print, downloads) is for the screen only; report.css lays the rest out
// for A4 landscape paper. Every figure and sentence comes from GET /api/plans/{planId}/report; text from the API goes
// in through textContent, never as markup.

import './report.css';
import { ApiError, type GridLevel, type ItemKind, type Review } from '../api/client';
import {
  getReport,
  listReviews,
  reportDownloadUrl,
  type Report,
  type ReportException,
  type ReportFormat,
  type ReportLevel,
  type ReportRow,
  type ReportScore,
} from '../api/report';
import { levelTag } from '../components/level-tag';
import { emptyState, failedState, loadingState, notFoundState } from '../components/page-states';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { directionWords, formatDate, kindLabels } from '../domain/grid-rows';
import {
  averageText,
  capitalise,
  deadlineWords,
  downloadText,
  earlierColumns,
  exceptionHeading,
  levelsOf,
  reviewChoice,
  reviewOptionText,
  reviewWithDate,
  updatedOn,
} from '../domain/report-view';
import { gridPath, reportPath } from '../domain/routes';
import { navigate } from '../router';

// A change of review while a report loads must not let the old answer draw over the new one.
let pending: AbortController | null = null;

const what = 'the scrutiny report';

export function showReportPage(main: HTMLElement, url: URL, planId: number): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;

  document.title = `Scrutiny report – ${serviceName}`;
  const back = element('p', 'back report-back');
  back.append(link(gridPath(planId), 'Back to the action plan'));
  const heading = pageHeading('Scrutiny report');
  const view = element('div', 'report-view');
  view.append(loadingState('Loading the scrutiny report…'));
  main.replaceChildren(back, heading, view);

  const choice = reviewChoice(url.searchParams.get('review'));
  if (choice.kind === 'invalid') {
    heading.textContent = 'No such review';
    document.title = `No such review – ${serviceName}`;
    view.replaceChildren(notFoundState('The address does not name a review. Check the link, or open the report from the action plan.'));
    return;
  }
  const reviewId = choice.kind === 'review' ? choice.reviewId : undefined;

  void load(controller.signal, planId, reviewId, heading, view);
}

async function load(signal: AbortSignal, planId: number, reviewId: number | undefined, heading: HTMLElement, view: HTMLElement): Promise<void> {
  // Both at once; when both fail, the report's own failure is the one to explain.
  const [reportResult, reviewsResult] = await Promise.allSettled([getReport(planId, reviewId, signal), listReviews(planId, signal)]);
  if (signal.aborted) return;
  if (reportResult.status === 'rejected' || reviewsResult.status === 'rejected') {
    showFailure(reportResult.status === 'rejected' ? reportResult.reason : (reviewsResult as PromiseRejectedResult).reason, heading, view);
    return;
  }
  const report = reportResult.value;
  if (!report.review) {
    heading.textContent = report.plan.title;
    document.title = `${report.plan.title}: scrutiny report – ${serviceName}`;
    view.replaceChildren(
      emptyState(
        'There is nothing to report yet.',
        'This plan has no reviews. The scrutiny report shows the plan at a review, so it appears once the board has started the first one.',
        { href: gridPath(planId), text: 'Go to the action plan' },
      ),
    );
    return;
  }
  const title = `Scrutiny report: ${report.review.label}`;
  heading.replaceChildren(element('span', 'report__plan-title', report.plan.title), ' ', element('span', 'report__kind', title));
  // Also the name a browser suggests when the page is saved as PDF.
  document.title = `${report.plan.title} – ${title} – ${serviceName}`;
  view.replaceChildren(reportView(report, reviewsResult.value));
}

function showFailure(error: unknown, heading: HTMLElement, view: HTMLElement): void {
  const noSuchReview = error instanceof ApiError && error.status === 404 && (error.problem?.errors?.some((e) => e.name === 'reviewId') ?? false);
  if (error instanceof ApiError && error.status === 404) {
    heading.textContent = noSuchReview ? 'No such review' : 'No such plan';
    document.title = `${heading.textContent} – ${serviceName}`;
  }
  view.replaceChildren(
    noSuchReview
      ? notFoundState('This plan has no review at this address. It may have been deleted, or the link may be wrong.')
      : failedState(error, what, location.pathname + location.search, 'There is no plan at this address. It may have been deleted, or the link may be wrong.'),
  );
}

function reportView(report: Report, reviews: Review[]): HTMLElement {
  const levels = levelsOf(report.summary.levelCounts);
  const root = element('div', 'report');
  root.append(toolbar(report, reviews), about(report));
  root.append(summarySection(report, levels));
  if (report.priorities.length > 0) root.append(prioritiesSection(report));
  root.append(exceptionsSection(report, levels), planSection(report, levels));
  const footer = element('footer', 'report__footer');
  footer.append(paragraph(report.footer));
  root.append(footer);
  return root;
}

// The screen-only tools: choose the review (in the address, so Back returns to the previous one), print, download.
function toolbar(report: Report, reviews: Review[]): HTMLElement {
  const bar = element('div', 'report-toolbar');
  const planId = report.plan.id;
  const reviewId = report.review!.id;

  const form = element('form', 'report-toolbar__chooser');
  const label = element('label', 'label', 'Review to report on');
  label.htmlFor = 'report-review';
  const select = element('select', 'report-toolbar__select');
  select.id = 'report-review';
  select.name = 'review';
  for (const review of reviews) {
    const option = element('option', undefined, reviewOptionText(review));
    option.value = String(review.id);
    option.selected = review.id === reviewId;
    select.append(option);
  }
  // A button rather than reacting to the change itself: moving through the options with the keyboard must not
  // reload the report at every step (WCAG 3.2.2, on input).
  const show = element('button', 'button report-toolbar__show', 'Show report');
  show.type = 'submit';
  const row = element('div', 'report-toolbar__row');
  row.append(select, show);
  form.append(label, row);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = Number(select.value);
    if (chosen && chosen !== reviewId) navigate(reportPath(planId, chosen));
  });

  const actions = element('div', 'report-toolbar__actions');
  const print = element('button', 'button report-toolbar__print', 'Print or save as PDF');
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  const downloads = element('ul', 'report-toolbar__downloads');
  downloads.setAttribute('aria-label', 'Downloads');
  for (const format of ['docx', 'xlsx', 'csv'] as ReportFormat[]) {
    const a = link(reportDownloadUrl(planId, format, reviewId), downloadText(format));
    // The server names the file after the plan and the review (Content-Disposition); the attribute also keeps the
    // router from treating the link as a page of the app.
    a.setAttribute('download', '');
    const item = element('li');
    item.append(a);
    downloads.append(item);
  }
  actions.append(print, downloads);
  bar.append(form, actions);
  return bar;
}

function about(report: Report): HTMLElement {
  const box = element('div', 'report__about');
  const plan = report.plan;
  const source = [plan.sourceType, plan.sourceReportDate ? `report of ${formatDate(plan.sourceReportDate)}` : '', plan.overallJudgement ? `judgement: ${plan.overallJudgement}` : '']
    .filter(Boolean)
    .join(', ');
  box.append(paragraph(`In response to: ${source}.`));
  const review = report.review!;
  const compared = report.previousReview ? `, compared with ${reviewWithDate(report.previousReview)}` : ', the plan’s first review';
  box.append(
    paragraph(
      `Review: ${reviewWithDate(review)}${compared}. Scored on “${plan.scaleName}” (${plan.higherIsBetter ? 'higher' : 'lower'} is better). ` +
        `Deadlines judged on ${formatDate(report.today)}.`,
    ),
  );
  if (!report.isCurrentReview) {
    box.append(paragraph('This report is of an earlier review, not the plan’s current one.', 'report__notice'));
  }
  return box;
}

function section(id: string, title: string): { section: HTMLElement; heading: HTMLHeadingElement } {
  const box = element('section', `report__section report__section--${id}`);
  const heading = element('h2', undefined, title);
  heading.id = `report-${id}`;
  box.append(heading);
  return { section: box, heading };
}

function summarySection(report: Report, levels: GridLevel[]): HTMLElement {
  const { section: box } = section('summary', 'Summary');
  const summary = report.summary;
  const review = report.review!;
  const previous = report.previousReview;

  const sentences = element('div', 'report__sentences');
  for (const sentence of summary.sentences) sentences.append(paragraph(sentence));
  box.append(sentences);

  const figures = element('div', 'report__figures');

  // Averages before and now, with the direction of travel in words.
  const averages = table('report-averages', `Average score, ${previous ? `${previous.label} and ` : ''}${review.label}`, [
    'Average',
    previous ? previous.label : 'Previous review',
    review.label,
    'Direction of travel',
  ]);
  const averageRows: [string, typeof summary.overall][] = [[`Over every scored ${report.plan.itemNoun}`, summary.overall]];
  if (summary.overPriorities) averageRows.push(['Mean of the priority averages', summary.overPriorities]);
  for (const [name, average] of averageRows) {
    averages.body.append(
      row(rowHeader(name), cell(averageText(average.previous)), cell(averageText(average.current)), cell(direction(average.direction, average.directionText))),
    );
  }
  figures.append(averages.region);

  // How many scored items sat at each level, each level a tag with its number and words.
  const nounPlural = capitalise(report.plan.itemNounPlural);
  const counts = table('report-levels', `Scores in ${review.label}, by level`, ['Level', nounPlural]);
  for (const level of summary.levelCounts) {
    const th = rowHeader('');
    th.append(levelTag(levels, level.value, level.label));
    counts.body.append(row(th, cell(String(level.count))));
  }
  const none = rowHeader('');
  none.append(levelTag(levels, null));
  counts.body.append(row(none, cell(String(summary.noScoreCount))), row(rowHeader('Total'), cell(String(summary.scoredItems))));
  figures.append(counts.region);

  // Direction of travel since the previous review, arrow and word.
  const d = summary.directionCounts;
  const travel = table('report-directions', previous ? `Direction of travel since ${previous.label}` : 'Direction of travel', ['Direction of travel', nounPlural]);
  for (const [key, count] of [['improving', d.improving], ['maintained', d.maintained], ['declining', d.declining], ['new', d.new], ['noData', d.noData]] as const) {
    const th = rowHeader('');
    th.append(direction(key, directionWords(key).word));
    travel.body.append(row(th, cell(String(count))));
  }
  figures.append(travel.region);

  box.append(figures, paragraph(summary.averageMethod, 'hint report__method'));
  return box;
}

function prioritiesSection(report: Report): HTMLElement {
  const { section: box } = section('priorities', 'Averages by priority');
  const review = report.review!;
  const previous = report.previousReview;
  const priorities = table('report-priorities', `Average score of each priority, ${previous ? `${previous.label} and ` : ''}${review.label}`, [
    'Priority',
    previous ? previous.label : 'Previous review',
    review.label,
    'Direction of travel',
  ]);
  for (const p of report.priorities) {
    priorities.body.append(
      row(
        rowHeader(p.number ? `${p.number}. ${p.title}` : p.title),
        cell(averageText(p.previous)),
        cell(averageText(p.current)),
        cell(direction(p.direction, p.directionText)),
      ),
    );
  }
  box.append(priorities.region);
  return box;
}

function exceptionsSection(report: Report, levels: GridLevel[]): HTMLElement {
  const { section: box } = section('exceptions', 'Exceptions');
  box.append(paragraph(`What needs the board’s attention in ${report.review!.label}, each with who leads it and its latest update.`));
  for (const exception of report.exceptions) box.append(exceptionList(report, exception, levels));
  return box;
}

function exceptionList(report: Report, exception: ReportException, levels: GridLevel[]): HTMLElement {
  const box = element('div', `report__exception report__exception--${exception.kind}`);
  const title = exceptionHeading(exception.heading, exception.items.length, report.plan.itemNoun, report.plan.itemNounPlural);
  if (exception.items.length === 0) {
    box.append(element('h3', undefined, title), paragraph(exception.emptyText, 'report__empty'));
    return box;
  }
  // The heading is the table's caption, so it names the table and stays with it on paper.
  const list = table(`report-exception-${exception.kind}`, '', [
    'Reference',
    capitalise(report.plan.itemNoun),
    'Lead',
    `Score in ${report.review!.label}`,
    'Why it is listed',
    'Latest update',
  ]);
  list.caption.replaceChildren(element('h3', undefined, title));
  for (const item of exception.items) {
    list.body.append(
      row(
        rowHeader(item.reference),
        cell(item.text),
        cell(item.leads || 'No lead named'),
        cell(scoreTag(levels, item.level, null)),
        cell(item.detail || '–'),
        update(item.latestUpdate, item.latestUpdateDate),
      ),
    );
  }
  box.append(list.region);
  return box;
}

function planSection(report: Report, levels: GridLevel[]): HTMLElement {
  const { section: box } = section('plan', 'The whole plan');
  const review = report.review!;
  box.append(paragraph(`Every item of the plan with its scores in each review up to ${review.label}, oldest first.`));
  const earlier = earlierColumns(report.reviews);
  if (earlier.hidden > 0) box.append(paragraph(earlier.note, 'report__print-only'));

  const columns = ['Reference', 'Item', 'Lead and owners', 'Deadline'];
  const plan = table('report-plan', `${report.plan.title}: every item with its scores up to ${review.label}`, columns, 'report-plan');
  report.reviews.forEach((r, i) => {
    const th = columnHeader(r.label);
    th.append(element('span', 'report-plan__date', formatDate(r.reviewDate)));
    if (i < earlier.hidden) th.classList.add('report__earlier');
    plan.headRow.append(th);
  });
  for (const name of ['Direction of travel', 'Latest update']) plan.headRow.append(columnHeader(name));
  const width = columns.length + report.reviews.length + 2;

  let body = plan.body;
  for (const item of report.rows) {
    if (item.kind === 'priority') {
      // Each priority heads a group of rows, as in the plan as written.
      if (body.childElementCount > 0) plan.table.append(body);
      body = element('tbody', 'report-plan__priority');
      const th = element('th', 'report-plan__group', `Priority ${item.reference}: `);
      th.scope = 'rowgroup';
      // Columns left off paper are spanned by a cell of their own, so on paper the heading spans only what is shown.
      th.colSpan = width - earlier.hidden;
      th.append(element('span', 'report-plan__group-text', item.text));
      const tr = row(th);
      if (earlier.hidden > 0) {
        const rest = element('td', 'report-plan__group report__earlier');
        rest.colSpan = earlier.hidden;
        tr.append(rest);
      }
      body.append(tr);
      continue;
    }
    body.append(planRow(report, item, levels, earlier.hidden));
  }
  if (body.childElementCount > 0 && !body.parentElement) plan.table.append(body);
  // A plan grouped by priority starts with a group, which leaves the first body empty.
  if (plan.body.childElementCount === 0) plan.body.remove();
  box.append(plan.region);
  return box;
}

function planRow(report: Report, item: ReportRow, levels: GridLevel[], earlier: number): HTMLTableRowElement {
  // Under priorities the first indented level is whatever sits directly beneath them.
  const depth = Math.min(report.plan.groupedByPriority ? item.depth - 1 : item.depth, 3);
  const tr = element('tr', `report-plan__row report-plan__row--${item.kind} report-plan__row--depth-${Math.max(depth, 0)}`);
  const text = element('td', 'report-plan__text');
  text.append(element('span', 'report-plan__kind', kindLabels[item.kind as ItemKind] ?? capitalise(item.kind)), element('span', undefined, item.text));
  // No cell is left empty: Chromium leaves an empty cell out of the tagged PDF, which shifts the cells after it
  // under the wrong column headers for anyone reading the PDF with a screen reader.
  const people = element('td', 'report-plan__people');
  people.append(element('span', item.leads ? 'report-plan__line' : 'report-plan__line hint', item.leads || 'No lead named'));
  if (item.owners) people.append(element('span', 'report-plan__line hint', `Owners: ${item.owners}`));
  tr.append(rowHeader(item.reference, 'report-plan__reference'), text, people, deadline(item));

  if (!item.isScored) {
    // One cell across the scores, direction and update of a row the plan does not score. Columns left off paper
    // get their own cell, so the row still lines up when they are hidden.
    if (earlier > 0) tr.append(notScored(earlier, 'report__earlier'));
    tr.append(notScored(report.reviews.length - earlier + 2));
    return tr;
  }
  for (let i = 0; i < report.reviews.length; i++) {
    const td = element('td', 'report-plan__score');
    if (i < earlier) td.classList.add('report__earlier');
    const score = item.scores[i] ?? null;
    td.append(score ? scoreTag(levels, score.level, score) : element('span', 'hint', 'No entry'));
    tr.append(td);
  }
  tr.append(cell(direction(item.direction ?? 'noData', item.directionText || directionWords('noData').word)), update(item.latestUpdate, item.latestUpdateDate));
  return tr;
}

function notScored(columns: number, className?: string): HTMLTableCellElement {
  const td = element('td', `report-plan__not-scored ${className ?? ''}`.trim());
  td.colSpan = columns;
  td.append(element('span', 'hint', 'Not scored'));
  return td;
}

function scoreTag(levels: GridLevel[], level: ReportLevel | null, score: ReportScore | null): HTMLElement {
  if (level) return levelTag(levels, level.value, level.label);
  const none = levelTag(levels, null);
  // "No score (update not available)": what the council's sheet said, kept.
  if (score?.text) none.textContent = score.text;
  return none;
}

function direction(value: string, words: string): HTMLElement {
  const span = element('span', 'report__direction');
  const arrow = element('span', 'report__arrow', directionWords(value).arrow);
  // The arrow is for the eye; the words say the same for everyone.
  arrow.setAttribute('aria-hidden', 'true');
  span.append(arrow, ` ${words}`);
  return span;
}

function deadline(item: ReportRow): HTMLTableCellElement {
  const td = element('td', 'report-plan__deadline');
  const words = deadlineWords(item);
  td.append(element('span', 'report-plan__line', words.written));
  if (words.dueBy) td.append(element('span', 'report-plan__line hint', words.dueBy));
  if (words.status) {
    td.append(
      words.status.kind === 'plain'
        ? element('span', 'report-plan__line', words.status.text)
        : element('strong', `tag tag--${words.status.kind}`, words.status.text),
    );
  }
  return td;
}

function update(text: string | null, date: string | null): HTMLTableCellElement {
  const td = element('td', 'report__update');
  if (!text) {
    td.append(element('span', 'hint', 'No update'));
    return td;
  }
  // A report prints the whole update: nothing is cut short on paper.
  td.append(element('span', 'report-plan__line', text));
  const when = updatedOn(date);
  if (when) td.append(element('span', 'report-plan__line hint', when));
  return td;
}

interface Table {
  region: HTMLElement;
  table: HTMLTableElement;
  caption: HTMLTableCaptionElement;
  headRow: HTMLTableRowElement;
  body: HTMLTableSectionElement;
}

// Every table has a caption that names it and the scrolling region around it, and column headers with scope, so
// the tagged PDF marks them as header cells. The region lets a wide table scroll sideways at 320 px (WCAG 1.4.10).
function table(id: string, caption: string, columns: string[], className = ''): Table {
  const t = element('table', `table report__table ${className}`.trim());
  const c = element('caption', 'report__caption', caption);
  c.id = `${id}-caption`;
  const headRow = element('tr');
  for (const name of columns) headRow.append(columnHeader(name));
  const head = element('thead');
  head.append(headRow);
  const body = element('tbody');
  t.append(c, head, body);
  const region = element('div', 'table-scroll report__scroll');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-labelledby', c.id);
  region.tabIndex = 0;
  region.append(t);
  return { region, table: t, caption: c, headRow, body };
}

function columnHeader(text: string): HTMLTableCellElement {
  const th = element('th', 'table__header', text);
  th.scope = 'col';
  return th;
}

function rowHeader(text: string, className?: string): HTMLTableCellElement {
  const th = element('th', className, text);
  th.scope = 'row';
  return th;
}

function cell(content: string | Node): HTMLTableCellElement {
  const td = element('td');
  td.append(content);
  return td;
}

function row(...cells: HTMLTableCellElement[]): HTMLTableRowElement {
  const tr = element('tr');
  tr.append(...cells);
  return tr;
}
