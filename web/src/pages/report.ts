// The scrutiny report (issue 5, widened by issue 10) as a document to read on screen and to print: the date its
// figures were judged on, the summary in words and figures, averages per priority, the exceptions with their leads
// and latest updates, the reconciliation of what the plan printed with the scores, the whole plan with its score
// history (under the plan's own column headings, inherited people and deadlines marked, printed directions beside the
// computed ones), and the footer. The toolbar (as-of date, review chooser, print, downloads) is for the screen only;
// report.css lays the rest out for A4 landscape paper. Every figure, sentence and check comes from
// GET /api/plans/{planId}/report; text from the API goes in through textContent, never as markup.

import './report.css';
import '../components/kpi-rag.css';
import { indicatorPath, kpiDirectionWords, ragWords } from '../domain/scorecard-brief';
import { ApiError, type GridLevel, type ItemKind, type Review } from '../api/client';
import {
  getReport,
  listReviews,
  reportDownloadUrl,
  type Report,
  type ReportException,
  type ReportFormat,
  type ReportScorecard,
  type ReportLevel,
  type ReportRow,
  type ReportScore,
} from '../api/report';
import { levelTag } from '../components/level-tag';
import { emptyState, failedState, loadingState, notFoundState } from '../components/page-states';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { completionNote, printedShown } from '../domain/grid-cells';
import { directionWords, displayReference, formatDate, kindLabels } from '../domain/grid-rows';
import { asOfYears } from '../domain/grid-state';
import {
  addresseeWords,
  asOfChoice,
  asOfNotice,
  averageText,
  capitalise,
  columnDate,
  confirmWords,
  deadlineWords,
  directionCountKeys,
  downloadText,
  earlierColumns,
  exceptionHeading,
  inheritedWords,
  keepReviewOnShow,
  leadHeading,
  levelsOf,
  ownerHeading,
  peopleHeading,
  planVersionWords,
  reviewChoice,
  reviewOptionText,
  reviewWithDate,
  scaleWords,
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
  const asOf = asOfChoice(url.searchParams.get('asOf'));
  if (asOf.kind === 'invalid') {
    heading.textContent = 'No such date';
    document.title = `No such date – ${serviceName}`;
    view.replaceChildren(
      emptyState(
        'The tracker cannot show the report as of that date.',
        `The address asks for the figures as of “${asOf.text}”, which is not a date between ${asOfYears.first} and ${asOfYears.last} written as yyyy-mm-dd.`,
        { href: reportPath(planId, reviewId), text: 'Show the report as it stands today' },
      ),
    );
    return;
  }

  void load(controller.signal, planId, reviewId, asOf.kind === 'date' ? asOf.asOf : null, heading, view);
}

async function load(signal: AbortSignal, planId: number, reviewId: number | undefined, asOf: string | null, heading: HTMLElement, view: HTMLElement): Promise<void> {
  // Both at once; when both fail, the report's own failure is the one to explain.
  const [reportResult, reviewsResult] = await Promise.allSettled([getReport(planId, reviewId, signal, asOf), listReviews(planId, signal)]);
  if (signal.aborted) return;
  if (reportResult.status === 'rejected' || reviewsResult.status === 'rejected') {
    showFailure(reportResult.status === 'rejected' ? reportResult.reason : (reviewsResult as PromiseRejectedResult).reason, planId, reviewId, asOf, heading, view);
    return;
  }
  const report = reportResult.value;
  if (!report.review) {
    heading.textContent = report.plan.title;
    document.title = `${report.plan.title}: scrutiny report – ${serviceName}`;
    view.replaceChildren(
      asOf
        ? emptyState(
            `No review had been held by ${formatDate(asOf)}.`,
            'The scrutiny report shows the plan at a review, and the plan as it stood then had none.',
            { href: reportPath(planId), text: 'Show the report as it stands today' },
          )
        : emptyState(
            'There is nothing to report yet.',
            'This plan has no reviews. The scrutiny report shows the plan at a review, so it appears once the board has started the first one.',
            { href: gridPath(planId), text: 'Go to the action plan' },
          ),
    );
    return;
  }
  const title = `Scrutiny report: ${report.review.label}`;
  heading.replaceChildren(element('span', 'report__plan-title', report.plan.title), ' ', element('span', 'report__kind', title));
  // Also the name a browser suggests when the page is saved as PDF, so a report as of a date says so.
  document.title = `${report.plan.title} – ${title}${report.asOf ? ` as of ${formatDate(report.asOf)}` : ''} – ${serviceName}`;
  view.replaceChildren(reportView(report, reviewsResult.value));
}

function showFailure(error: unknown, planId: number, reviewId: number | undefined, asOf: string | null, heading: HTMLElement, view: HTMLElement): void {
  // A review held after the date asked for, or a date the API will not judge: the API's reason, and a way on.
  const invalid = error instanceof ApiError && error.status === 400 ? error.problem?.errors?.find((e) => e.name === 'reviewId' || e.name.toLowerCase() === 'asof') : undefined;
  if (invalid) {
    view.replaceChildren(
      invalid.name === 'reviewId' && asOf
        ? emptyState('That review was held after the date chosen.', invalid.reason, {
            href: reportPath(planId, null, asOf),
            text: `Show the latest review held by ${formatDate(asOf)}`,
          })
        : emptyState('The tracker cannot show the report as of that date.', invalid.reason, { href: reportPath(planId, reviewId), text: 'Show the report as it stands today' }),
    );
    return;
  }
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
  root.append(exceptionsSection(report, levels), reconciliationSection(report, levels));
  if (report.scorecard) root.append(scorecardSection(report.plan.id, report.scorecard));
  root.append(planSection(report, levels));
  const footer = element('footer', 'report__footer');
  footer.append(paragraph(report.footer));
  root.append(footer);
  return root;
}

// The screen-only tools: the date the figures are as of and the review (both in the address, so Back returns to the
// report before), print, download (each download of the same review, as of the same date).
function toolbar(report: Report, reviews: Review[]): HTMLElement {
  const bar = element('div', 'report-toolbar');
  const planId = report.plan.id;
  const reviewId = report.review!.id;

  const form = element('form', 'report-toolbar__chooser');
  form.noValidate = true;
  // The date first: it decides which reviews the plan had held, and leaves Tab going from the review to its button.
  const dateField = element('div', 'report-toolbar__field');
  const dateLabel = element('label', 'label', 'Figures as of (optional)');
  dateLabel.htmlFor = 'report-as-of';
  const hint = element('span', 'hint report-toolbar__hint', 'Leave empty for today. An earlier date shows the plan as it stood then: later reviews are left out and overdue is judged on that date.');
  hint.id = 'report-as-of-hint';
  const date = element('input', 'input report-toolbar__date');
  date.type = 'date';
  date.id = 'report-as-of';
  date.name = 'asOf';
  date.value = report.asOf ?? '';
  date.min = `${asOfYears.first}-01-01`;
  date.max = `${asOfYears.last}-12-31`;
  date.setAttribute('aria-describedby', hint.id);
  dateField.append(dateLabel, hint, date);

  const reviewField = element('div', 'report-toolbar__field');
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
  reviewField.append(label, row);
  form.append(dateField, reviewField);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosenAsOf = asOfChoice(date.value);
    const asOf = chosenAsOf.kind === 'date' ? chosenAsOf.asOf : null;
    const keep = keepReviewOnShow(select.value, reviewId, asOf, report.asOf);
    const next = reportPath(planId, keep ? Number(select.value) : null, asOf);
    if (next !== location.pathname + location.search) navigate(next);
  });

  const actions = element('div', 'report-toolbar__actions');
  const print = element('button', 'button report-toolbar__print', 'Print or save as PDF');
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  const downloads = element('ul', 'report-toolbar__downloads');
  downloads.setAttribute('aria-label', 'Downloads');
  const formats: ReportFormat[] = ['docx', 'xlsx', 'csv'];
  if (report.scorecard) formats.push('scorecard/csv');
  for (const format of formats) {
    const a = link(reportDownloadUrl(planId, format, reviewId, report.asOf), downloadText(format));
    // The server names the file after the plan, the review and the date (Content-Disposition); the attribute also
    // keeps the router from treating the link as a page of the app.
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
  const version = planVersionWords(plan);
  if (version) box.append(paragraph(version));
  const review = report.review!;
  const compared = report.previousReview ? `, compared with ${reviewWithDate(report.previousReview)}` : ', the plan’s first review';
  box.append(paragraph(`Review: ${reviewWithDate(review)}${compared}. ${scaleWords(plan)}`));
  // The date overdue and due soon were judged on, and why, near the top: a past review is judged as at its meeting.
  box.append(paragraph(report.judgedOnText, 'report__judged'));
  const notice = asOfNotice(report);
  if (notice) {
    const banner = element('div', 'report__as-of');
    const back = element('p', 'report__screen-only');
    back.append(link(reportPath(plan.id), 'Show the report as it stands today'));
    banner.append(element('p', 'report__as-of-title', notice.title), paragraph(notice.detail), back);
    box.append(banner);
  }
  if (!report.isCurrentReview) {
    box.append(paragraph('This report is of an earlier review, not the plan’s current one.', 'report__notice'));
  }
  return box;
}

/**
 * The performance scorecard as at the latest month ended by the date judged on (the heading says which): a table of every
 * indicator with RAG as a word and a shape and directions as words, then a sentence for each one off target or getting worse.
 */
function scorecardSection(planId: number, scorecard: ReportScorecard): HTMLElement {
  const { section: box } = section('scorecard', scorecard.heading);
  box.append(paragraph(scorecard.sentence));
  const t = table('report-scorecard-table', `Performance scorecard, figures to ${scorecard.asOfLabel}`,
    ['Reference', 'Indicator', 'Period', 'Latest', 'Target', 'RAG', 'Since the previous period', 'Year on year', 'Year to date', 'Statistical neighbours']);
  for (const i of scorecard.indicators) {
    const reference = element('th', undefined);
    reference.scope = 'row';
    reference.append(link(indicatorPath(planId, i.id), i.reference));
    const name = element('span', undefined, i.name);
    name.append(element('span', 'hint report__note', i.polarityText));
    const words = ragWords(i.rag);
    const rag = element('span', `kpi-rag kpi-rag--${i.rag}`);
    const shape = element('span', undefined, words.shape);
    shape.setAttribute('aria-hidden', 'true');
    rag.append(shape, ` ${words.word}`);
    t.body.append(row(reference, cell(name), cell(i.periodLabel ?? 'No period yet'), cell(withCounts(i.valueText, i.countsText)), cell(i.targetText), cell(rag),
      cell(kpiDirection(i.direction)), cell(kpiDirection(i.yearOnYear)), cell(withCounts(i.yearToDateText, i.yearToDateCountsText)), cell(i.neighboursText)));
  }
  box.append(t.region);
  const attention = scorecard.indicators.filter((i) => i.needsAttention);
  const h3 = element('h3', undefined, `Indicators off target or getting worse: ${attention.length === 0 ? 'none' : attention.length}`);
  box.append(h3);
  if (attention.length === 0) box.append(paragraph('No indicator is red or amber, and none is getting worse since the previous period.'));
  else {
    const list = element('ul', 'report__scorecard-sentences');
    for (const i of attention) list.append(element('li', undefined, `${i.reference} ${i.name}: ${i.ragText}. ${i.ragSentence} ${i.directionSentence}`.trim()));
    box.append(list);
  }
  return box;
}

/** A figure with a ratio indicator's counts below it, as the Word table has them ("87.5%", "42 of 48 plans reviewed within timescales"). */
function withCounts(figure: string, counts: string | null): string | HTMLElement {
  if (counts === null) return figure;
  const span = element('span', undefined, figure);
  span.append(element('span', 'hint report__note', counts));
  return span;
}

function kpiDirection(direction: string): HTMLElement {
  const words = kpiDirectionWords(direction);
  const span = element('span');
  if (words.arrow) {
    const arrow = element('span', undefined, `${words.arrow} `);
    arrow.setAttribute('aria-hidden', 'true');
    span.append(arrow);
  }
  span.append(words.word);
  return span;
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
  // On a scale that does not say which end is better, a moved score is "Changed", never improving or declining.
  const d = summary.directionCounts;
  const travel = table('report-directions', previous ? `Direction of travel since ${previous.label}` : 'Direction of travel', ['Direction of travel', nounPlural]);
  for (const key of directionCountKeys(report.plan.higherIsBetter)) {
    const th = rowHeader('');
    th.append(direction(key, key === 'changed' ? 'Changed (the scale does not say which end is better)' : directionWords(key).word));
    travel.body.append(row(th, cell(String(d[key]))));
  }
  figures.append(travel.region);

  // Who the recommendations are addressed to, as the report printed each one, when any names someone.
  if (summary.addressees.length > 0) {
    const addressees = table('report-addressees', 'Who the recommendations are addressed to', [
      'Addressed to',
      'Recommendations',
      ...(report.plan.scoreLevel === 'recommendation' ? [] : [`Scored ${report.plan.itemNounPlural} under them`]),
    ]);
    for (const a of summary.addressees) {
      addressees.body.append(
        row(
          rowHeader(a.addressee === '(none)' ? 'Nobody named' : a.addressee),
          cell(String(a.recommendations)),
          ...(report.plan.scoreLevel === 'recommendation' ? [] : [cell(String(a.scoredItems))]),
        ),
      );
    }
    figures.append(addressees.region);
  }

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
    leadHeading(report.plan),
    `Score in ${report.review!.label}`,
    'Why it is listed',
    'Latest update',
  ]);
  list.caption.replaceChildren(element('h3', undefined, title));
  for (const item of exception.items) {
    // A date to confirm may sit on a row the plan does not score: that is "Not scored", not "No score".
    const score = item.level || item.kind === report.plan.scoreLevel ? scoreTag(levels, item.level, null) : element('span', 'hint', 'Not scored');
    list.body.append(
      row(
        rowHeader(item.reference),
        cell(item.text),
        peopleCell(item.leads, item.leadsInheritedFrom),
        cell(score),
        cell(item.detail || '–'),
        update(item.latestUpdate, item.latestUpdateDate),
      ),
    );
  }
  box.append(list.region);
  return box;
}

/** Names, with where they come from when the row names nobody itself, in words ("(from action 1.1)") as well as italics. */
function people(names: string, from: string | null, empty = 'No lead named'): HTMLElement {
  const span = element('span', names ? 'report-plan__line' : 'report-plan__line hint');
  if (!names) {
    span.textContent = empty;
    return span;
  }
  span.append(names);
  const inherited = inheritedWords(from);
  if (inherited) {
    span.classList.add('report__inherited');
    span.append(' ', element('span', 'report__inherited-from', inherited));
  }
  return span;
}

function peopleCell(names: string, from: string | null): HTMLTableCellElement {
  const td = element('td');
  td.append(people(names, from));
  return td;
}

// The board's reconciliation: averages the plan or its board reports printed, beside both means the scores give;
// directions of travel printed in the source that the scores contradict; and which end of the scale is better.
function reconciliationSection(report: Report, levels: GridLevel[]): HTMLElement {
  const { section: box } = section('reconciliation', 'Reconciliation');
  const rec = report.reconciliation;
  box.append(paragraph(`What the plan and its board reports printed for ${report.review!.label}, checked against the scores the tracker holds.`));

  const averages = element('div', 'report__reconciliation-part report__reconciliation-averages');
  const averagesTitle = `Printed averages checked against the scores: ${rec.printedAverages.length === 0 ? 'none' : rec.printedAverages.length}`;
  if (rec.printedAverages.length === 0) {
    averages.append(element('h3', undefined, averagesTitle), paragraph(rec.printedAveragesEmptyText, 'report__empty'));
  } else {
    const grouped = rec.printedAverages.some((a) => a.overPriorities !== null);
    const list = table('report-printed-averages', '', [
      'Figure',
      'Printed',
      'Where printed',
      `Mean over scored ${report.plan.itemNounPlural}`,
      ...(grouped ? ['Mean of the priority figures'] : []),
      'Which it matches',
      'Finding',
    ]);
    list.caption.replaceChildren(element('h3', undefined, averagesTitle));
    for (const a of rec.printedAverages) {
      const printed = cell(a.printed.toFixed(1));
      // In words, not by colour: a printed figure the scores do not give is marked so.
      if (a.disagrees) printed.append(' ', element('strong', 'tag tag--warning', 'Disagrees with the scores'));
      list.body.append(
        row(
          rowHeader(a.scope),
          printed,
          cell(a.source?.trim() || 'Not recorded'),
          cell(averageText(a.overItems)),
          ...(grouped ? [cell(a.overPriorities === null ? 'Not applicable' : averageText(a.overPriorities))] : []),
          cell(a.matchesText),
          cell(a.explanation),
        ),
      );
    }
    averages.append(list.region);
  }
  box.append(averages, printedFiguresPart(rec), exceptionList(report, rec.contradictingPrintedDirections, levels));
  if (rec.inspection) box.append(inspectionPart(rec.inspection));

  const scale = element('div', 'report__reconciliation-part report__scale-direction');
  const direction = rec.scaleDirection;
  scale.append(element('h3', undefined, 'Which end of the scale is better'), paragraph(direction.text));
  if (!direction.stated && direction.compared > 0) {
    const readings = table('report-scale-readings', `How the ${direction.compared} printed directions beside a score that moved fit each reading`, ['Reading', 'Printed directions that fit']);
    readings.body.append(
      row(rowHeader('Higher is better'), cell(String(direction.agreeIfHigherIsBetter))),
      row(rowHeader('Lower is better'), cell(String(direction.agreeIfLowerIsBetter))),
    );
    scale.append(readings.region);
  }
  box.append(scale);
  return box;
}

// Counts and percentages the plan printed ("COMPLETED 6"), beside what the scores give; a box the tracker cannot
// check is kept as printed and says so, rather than being dropped.
function printedFiguresPart(rec: Report['reconciliation']): HTMLElement {
  const part = element('div', 'report__reconciliation-part report__reconciliation-figures');
  const title = `Other printed figures checked against the scores: ${rec.printedFigures.length === 0 ? 'none' : rec.printedFigures.length}`;
  if (rec.printedFigures.length === 0) {
    part.append(element('h3', undefined, title), paragraph(rec.printedFiguresEmptyText, 'report__empty'));
    return part;
  }
  const list = table('report-printed-figures', '', ['Figure', 'Printed', 'What it claims', 'Where printed', 'The scores give', 'Finding']);
  list.caption.replaceChildren(element('h3', undefined, title));
  for (const f of rec.printedFigures) {
    const printed = cell(f.valueText);
    if (f.verdict === 'disagrees') printed.append(' ', element('strong', 'tag tag--warning', 'Disagrees with the scores'));
    list.body.append(
      row(
        rowHeader(`${f.scope}: ${f.label}`),
        printed,
        cell(f.claims ?? ''),
        cell(f.source?.trim() || 'Not recorded'),
        cell(f.computed === null ? 'Not worked out' : String(f.computed)),
        cell(`${f.verdictText}. ${f.explanation}`),
      ),
    );
  }
  part.append(list.region);
  return part;
}

// The inspection the plan answers: the report's recommendations no plan item answers yet, by the report's own numbers.
function inspectionPart(inspection: NonNullable<Report['reconciliation']['inspection']>): HTMLElement {
  const part = element('div', 'report__reconciliation-part report__reconciliation-inspection');
  const title = `The inspection's recommendations: ${inspection.answered} of ${inspection.reportRecommendations} answered`;
  const judged = inspection.overallJudgement ? `, judged "${inspection.overallJudgement}"` : '';
  if (inspection.gaps.length === 0) {
    part.append(element('h3', undefined, title), paragraph(`${inspection.name}${judged}. Every recommendation of the report is answered by an item of a plan.`));
    return part;
  }
  part.append(element('h3', undefined, title), paragraph(`${inspection.name}${judged}. These recommendations of the report are answered by no plan item yet.`));
  const gaps = table('report-inspection-gaps', "The inspection report's recommendations no plan item answers", ['Report number', 'Recommendation', 'Addressed to', 'Paragraphs']);
  for (const g of inspection.gaps) gaps.body.append(row(rowHeader(g.number ?? 'Not numbered'), cell(g.text), cell(g.addressee ?? ''), cell(g.paragraphs ?? '')));
  part.append(gaps.region);
  return part;
}

function planSection(report: Report, levels: GridLevel[]): HTMLElement {
  const { section: box } = section('plan', 'The whole plan');
  const review = report.review!;
  box.append(paragraph(`Every item of the plan with its scores in each review up to ${review.label}, oldest first.`));
  const earlier = earlierColumns(report.reviews);
  if (earlier.hidden > 0) box.append(paragraph(earlier.note, 'report__print-only'));

  const columns = ['Reference', 'Item', peopleHeading(report.plan), 'Deadline'];
  const plan = table('report-plan', `${report.plan.title}: every item with its scores up to ${review.label}`, columns, 'report-plan');
  report.reviews.forEach((r, i) => {
    const th = columnHeader(r.label);
    // A column known only by its label says so: no date is ever made up for it.
    th.append(element('span', 'report-plan__date', columnDate(r)));
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
      const th = element('th', 'report-plan__group', item.number?.trim() ? `Priority ${item.number.trim()}: ` : 'Unnumbered priority: ');
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
  // A recommendation's addressees as printed; the rows below it share them, so they are said once.
  const addressed = item.kind === 'recommendation' ? addresseeWords(item.addressees) : '';
  if (addressed) text.append(element('span', 'report-plan__line report-plan__addressees', addressed));
  // No cell is left empty: Chromium leaves an empty cell out of the tagged PDF, which shifts the cells after it
  // under the wrong column headers for anyone reading the PDF with a screen reader.
  const who = element('td', 'report-plan__people');
  who.append(people(item.leads, item.leadsInheritedFrom));
  if (item.owners) {
    const owners = people(item.owners, item.ownersInheritedFrom);
    owners.prepend(`${ownerHeading(report.plan)}: `);
    owners.classList.add('report-plan__owners');
    who.append(owners);
  }
  // The reference as printed; a row without a number is "unnumbered", never given one.
  tr.append(rowHeader(displayReference(item), 'report-plan__reference'), text, who, deadline(item));

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
    // How a completion came about: printed complete in a source before the tracker (never signed off in it), or the
    // board's sign-off. In words, so the two are never mistaken for each other.
    const completion = score?.level ? completionNote(score) : null;
    if (completion) td.append(element('span', `report-plan__line report-plan__completion report-plan__completion--${completion.kind}`, completion.text));
    tr.append(td);
  }
  tr.append(directionCell(item), update(item.latestUpdate, item.latestUpdateDate));
  return tr;
}

/** The computed direction (with any override, in the API's words) and, beside it, the direction the source printed. */
function directionCell(item: ReportRow): HTMLTableCellElement {
  const td = element('td', 'report-plan__direction');
  const computed = element('span', 'report-plan__line');
  computed.append(direction(item.direction ?? 'noData', item.directionText || directionWords('noData').word));
  td.append(computed);
  if (item.printedDirection) {
    const printed = printedShown(item.printedDirection, item.printedDirectionText, item.printedDirectionContradicts);
    const line = element('span', 'report-plan__line report-plan__printed');
    const arrow = element('span', 'report__arrow', printed.words.arrow);
    arrow.setAttribute('aria-hidden', 'true');
    line.append('Printed: ', arrow, ` ${printed.words.word}${printed.asPrinted ? ` (“${printed.asPrinted}”)` : ''}`);
    td.append(line);
    if (printed.contradicts) td.append(element('strong', 'tag tag--warning report-plan__contradicts', 'Printed direction contradicts the scores'));
  }
  return td;
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
  const written = element('span', 'report-plan__line', words.written);
  // A deadline taken from the row above is marked in words as well as italics.
  const inherited = item.deadlineText ? inheritedWords(item.deadlineInheritedFrom) : '';
  if (inherited) {
    written.classList.add('report__inherited');
    written.append(' ', element('span', 'report__inherited-from', inherited));
  }
  td.append(written);
  if (words.dueBy) td.append(element('span', 'report-plan__line hint', words.dueBy));
  if (words.status) {
    td.append(
      words.status.kind === 'plain'
        ? element('span', 'report-plan__line', words.status.text)
        : element('strong', `tag tag--${words.status.kind}`, words.status.text),
    );
  }
  const confirm = confirmWords(item.deadlineToConfirm);
  if (confirm) td.append(element('span', 'report-plan__line report-plan__confirm', confirm));
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
