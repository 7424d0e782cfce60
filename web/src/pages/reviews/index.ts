// The board's review cycle for one plan (issue 12): the reviews in column order, who has not updated the open review
// yet (per person who answers for the items, by the rule that lets a manager save a score), opening the next review
// and closing one after saying how many items have no update. A chunk of its own, loaded by pages/reviews.ts.
//
// Opening and closing each have their own address, as the administration forms do, so Back and reload work; a result
// comes back to the list as a success message that is shown once. Re-opening happens on the list and is said in its
// status region, which first removes any earlier message: the page never says "open" beside "now closed" (defect 10).

import '../admin/admin.css';
import './reviews.css';
import { createReview, getPlan, getReview, listReviews, updateReview, type AdminReview } from '../../api/admin';
import { ApiError, getGrid, type Plan } from '../../api/client';
import { planCalendarFeeds } from '../../api/calendar';
import { calendarSection } from '../../components/calendar-feeds';
import { getReviewProgress, type PersonProgress, type ProgressItem, type ReviewProgress } from '../../api/reviews';
import { failedState, loadingState } from '../../components/page-states';
import { element, link, pageHeading, paragraph, serviceName } from '../../dom';
import { isStale, reviewRequest, reviewWithStatus } from '../../domain/admin-forms';
import {
  closeWarning, currentOpenReview, dueByWords, itemCount, listWords, notUpdatedWhy, openingNote, personCount, personWords,
  progressSummary, scoredItemCount, scoresPerReview, suggestedLabel, todayParts,
} from '../../domain/board-reviews';
import { formatDate, inColumnOrder, truncate } from '../../domain/grid-rows';
import { gridPath, itemPath, reviewClosePath, reviewOpenPath, reviewsPath } from '../../domain/routes';
import { navigate } from '../../router';
import { addFields, adminForm, dateField, FormProblems, textField } from '../admin/form';
import { actionLink, actionsCell, adminTable, buttonLink, cell, rowHeader, tag } from '../admin/shell';

export interface ReviewsContext {
  main: HTMLElement;
  url: URL;
  /** Aborted when the person navigates elsewhere, so a late answer never draws over the next page. */
  signal: AbortSignal;
  /** The router had focused the loading page's heading: focus this page's, so screen readers announce it. */
  focusHeading: boolean;
}

interface Layout {
  body: HTMLElement;
  /** The page's live region: results of what was done on this page. */
  status: HTMLElement;
  retitle(text: string): void;
  /** Says what just happened, in place of whatever was said before (the carried-over message included), and focuses it. */
  announce(text: string): void;
}

// A result waiting for the list: set just before navigating back to it from the form that saved.
let flash: string | null = null;

const titleFor = (text: string) => `${text} – ${serviceName}`;
const noSuchPlan = 'There is no plan at this address. It may have been deleted, or the link may be wrong.';

function layout(ctx: ReviewsContext, planId: number, title: string, back: { href: string; text: string } = { href: gridPath(planId), text: 'Back to the action plan' }): Layout {
  document.title = titleFor(title);
  const backLink = element('p', 'back');
  backLink.append(link(back.href, back.text));
  const heading = pageHeading(title);
  // Always in the page (empty until used), so what is written into it is announced; focusable so that, after a change
  // that redraws the page, keyboard users continue from the message rather than from the top.
  const status = element('div', 'board-reviews__status');
  status.setAttribute('role', 'status');
  status.tabIndex = -1;
  const body = element('div', 'board-reviews');
  ctx.main.replaceChildren(backLink, heading, status, body);
  if (ctx.focusHeading) heading.focus();
  // A message replaces the one before, so nothing stale stays beside it; the banner's border only while it says something.
  const say = (message: string) => {
    status.className = message ? 'success-banner board-reviews__status' : 'board-reviews__status';
    status.replaceChildren(...(message ? [element('p', 'success-banner__text', message)] : []));
  };
  if (flash) {
    const message = flash;
    flash = null;
    say(message);
    // After the router's focus on the h1, as GOV.UK's success banner: the person hears the result first.
    queueMicrotask(() => {
      if (status.isConnected) status.focus();
    });
  }
  return {
    body,
    status,
    retitle(t: string) {
      heading.textContent = t;
      document.title = titleFor(t);
    },
    announce(message: string) {
      say(message);
      status.focus();
    },
  };
}

async function load<T>(ctx: ReviewsContext, page: Layout, what: string, loading: Promise<T>, draw: (data: T) => void, notFound: string): Promise<void> {
  page.body.replaceChildren(loadingState(`Loading ${what}…`));
  try {
    const data = await loading;
    if (ctx.signal.aborted) return;
    page.body.replaceChildren();
    draw(data);
  } catch (error) {
    if (ctx.signal.aborted) return;
    if (error instanceof ApiError && error.status === 404) page.retitle('Not found');
    page.body.replaceChildren(failedState(error, what, ctx.url.pathname + ctx.url.search, notFound));
  }
}

// The list ---------------------------------------------------------------------------------------------------------

export function showBoardReviews(ctx: ReviewsContext, planId: number): void {
  const page = layout(ctx, planId, 'Reviews');
  const feedApi = planCalendarFeeds(planId);
  const read = async () => {
    const [grid, reviews, feeds] = await Promise.all([getGrid(planId, ctx.signal), listReviews(planId, ctx.signal), feedApi.list(ctx.signal)]);
    const open = currentOpenReview(reviews);
    const progress = open ? await getReviewProgress(planId, open.id, ctx.signal) : null;
    return { grid, reviews: inColumnOrder(reviews), progress, feeds };
  };
  const draw = (data: Awaited<ReturnType<typeof read>>) => {
    const { grid, reviews, progress, feeds } = data;
    page.retitle(`Reviews of ${grid.plan.title}`);
    const counts = scoresPerReview(grid.items);
    const scored = scoredItemCount(grid.items);
    const problem = element('div');
    const reopen = async (review: AdminReview) => {
      problem.replaceChildren();
      try {
        await updateReview(planId, review.id, reviewWithStatus(review, 'open'), review.version);
        const fresh = await read();
        if (ctx.signal.aborted) return;
        page.body.replaceChildren();
        draw(fresh);
        page.announce(`${review.label} is open again: scores and updates can be recorded in it until it is closed.`);
      } catch (error) {
        problem.replaceChildren(problemBox(error, review));
        problem.querySelector<HTMLElement>('[role="alert"]')?.focus();
      }
    };

    const intro = element('p');
    intro.append(
      'Each review is one score column of ',
      link(gridPath(planId), 'the action plan'),
      '. While a review is open, the people who lead or own the items record their scores and updates on “My actions”; closing it keeps them as they are.',
    );
    const actions = element('p', 'admin-actions-bar');
    actions.append(buttonLink(reviewOpenPath(planId), 'Open the next review'));
    page.body.append(intro, actions, problem);

    if (reviews.length === 0) page.body.append(paragraph('This plan has no reviews yet.'));
    else {
      const rows = reviews.map((review) => reviewRow(planId, review, counts.get(review.id) ?? 0, scored, reopen));
      page.body.append(adminTable(`Reviews of this plan (${reviews.length}), in column order`, ['Review', 'Date', 'Updates due by', 'Status', 'Scores recorded', 'Actions'], rows));
    }
    page.body.append(progressSection(planId, reviews, progress));
    // The board looks here for the plan's review dates, so its calendar address is made here too.
    page.body.append(calendarSection({ owner: 'plan', api: feedApi, feeds }));
  };
  void load(ctx, page, 'the reviews', read(), draw, noSuchPlan);
}

function reviewRow(planId: number, review: AdminReview, recorded: number, scored: number, reopen: (review: AdminReview) => Promise<void>): HTMLTableRowElement {
  const row = element('tr');
  const open = review.status === 'open';
  let action: HTMLElement;
  if (open) action = actionLink(reviewClosePath(planId, review.id), 'Close', `review ${review.label}`);
  else {
    const button = element('button', 'button button--secondary button--small');
    button.type = 'button';
    button.append('Re-open', element('span', 'visually-hidden', ` review ${review.label}`));
    let pending = false;
    button.addEventListener('click', async () => {
      if (pending) return;
      pending = true;
      button.setAttribute('aria-disabled', 'true');
      try {
        await reopen(review);
      } finally {
        pending = false;
        button.removeAttribute('aria-disabled');
      }
    });
    action = button;
  }
  row.append(
    rowHeader(review.label),
    cell(review.reviewDate ? formatDate(review.reviewDate) : 'No date'),
    cell(review.updatesDueBy ? formatDate(review.updatesDueBy) : 'None set'),
    cell(tag(open ? 'Open' : 'Closed', open ? 'active' : 'closed')),
    cell(`${recorded} of ${itemCount(scored)}`),
    actionsCell(action),
  );
  return row;
}

/** Why a change did not work, announced at once, with the way forward when someone else changed it first. */
function problemBox(error: unknown, review: AdminReview): HTMLElement {
  const box = element('div', 'error-summary');
  box.setAttribute('role', 'alert');
  box.tabIndex = -1;
  const text = isStale(error)
    ? `${review.label} has been changed by someone else since you opened this page, so it has not been changed. Reload to see their version, then try again.`
    : error instanceof ApiError
      ? (error.problem?.errors?.[0]?.reason ?? error.problem?.detail ?? `The server answered ${error.status}.`)
      : 'The tracker could not be reached. Check your connection and try again.';
  box.append(element('h2', 'error-summary__title', 'There is a problem'), paragraph(text));
  if (isStale(error)) {
    const again = link(location.pathname, 'Reload this page to see their version');
    again.addEventListener('click', (event) => {
      event.preventDefault();
      navigate(location.pathname, true);
    });
    const p = element('p');
    p.append(again);
    box.append(p);
  }
  return box;
}

/** Who has not updated the open review yet: per person, their count and items; what nobody answers for; who is done. */
function progressSection(planId: number, reviews: readonly AdminReview[], progress: ReviewProgress | null): HTMLElement {
  const section = element('section', 'board-reviews__progress');
  if (!progress) {
    const h2 = element('h2', undefined, 'Who has not updated yet');
    section.setAttribute('aria-labelledby', (h2.id = 'progress-heading'));
    const p = element('p');
    p.append('No review is open, so nobody is asked for an update. ', link(reviewOpenPath(planId), 'Open the next review'), ' when the board is ready for the next round of updates.');
    section.append(h2, p);
    return section;
  }
  const review = progress.review;
  const h2 = element('h2', undefined, `Who has not updated ${review.label} yet`);
  h2.id = 'progress-heading';
  section.setAttribute('aria-labelledby', h2.id);
  section.append(h2, paragraph(`${dueByWords(review.updatesDueBy)}. ${review.reviewDate ? `Review date ${formatDate(review.reviewDate)}.` : 'The review has no date.'}`));
  const summary = paragraph(progressSummary(progress, review.label), progress.notUpdatedCount === 0 ? 'board-reviews__good' : 'board-reviews__summary');
  section.append(summary);
  const otherOpen = reviews.filter((r) => r.status === 'open' && r.id !== review.id).map((r) => r.label);
  if (otherOpen.length > 0) section.append(paragraph(`${listWords(otherOpen)} ${otherOpen.length === 1 ? 'is' : 'are'} also still open; this is the latest open review, the one “My actions” asks for.`));

  const previous = progress.previousReview?.label ?? null;
  const waiting = progress.people.filter((p) => p.notUpdated.length > 0);
  const done = progress.people.filter((p) => p.notUpdated.length === 0);
  if (waiting.length > 0) {
    section.append(element('h3', undefined, `Still to update (${waiting.length} ${waiting.length === 1 ? 'person' : 'people'})`));
    const list = element('ul', 'board-reviews__people');
    for (const person of waiting) list.append(personItem(planId, person, previous));
    section.append(list);
  }
  if (progress.unassigned.length > 0) {
    section.append(
      element('h3', undefined, `Items nobody leads or owns (${progress.unassigned.length})`),
      paragraph('Nobody is named on these items or the rows above or below them, so nobody is asked to update them. An administrator can name a lead or owner; the board can record the update meanwhile.'),
      itemList(planId, progress.unassigned, previous),
    );
  }
  if (done.length > 0) {
    section.append(element('h3', undefined, `Up to date (${done.length} ${done.length === 1 ? 'person' : 'people'})`));
    const list = element('ul', 'board-reviews__done');
    for (const person of done) list.append(element('li', undefined, `${personWords(person)}: ${personCount(person)}`));
    section.append(list);
  }
  const close = element('p', 'admin-actions-bar');
  close.append(buttonLink(reviewClosePath(planId, review.id), `Close ${review.label}`, true));
  section.append(close);
  return section;
}

function personItem(planId: number, person: PersonProgress, previous: string | null): HTMLLIElement {
  const li = element('li', 'board-reviews__person');
  const who = element('p', 'board-reviews__who');
  who.append(element('strong', undefined, personWords(person)), `: ${personCount(person)}`);
  li.append(who);
  const contact: (string | Node)[] = [];
  if (person.email) contact.push(link(`mailto:${person.email}`, person.email));
  if (!person.linkedUser) {
    if (contact.length > 0) contact.push('. ');
    contact.push('No account in the tracker: the board can record their update for them, or an administrator can give them an account.');
  }
  if (contact.length > 0) {
    const p = element('p', 'hint');
    p.append(...contact);
    li.append(p);
  }
  li.append(itemList(planId, person.notUpdated, previous));
  return li;
}

function itemList(planId: number, items: readonly ProgressItem[], previous: string | null): HTMLUListElement {
  const list = element('ul', 'board-reviews__items');
  for (const item of items) {
    const li = element('li');
    const name = item.reference ? `${item.reference} ${truncate(item.text, 90)}` : truncate(item.text, 90);
    li.append(link(itemPath(planId, item.itemType, item.itemId), name), ` (${notUpdatedWhy(item, previous)})`);
    list.append(li);
  }
  return list;
}

// Opening the next review -------------------------------------------------------------------------------------------

export function showReviewOpen(ctx: ReviewsContext, planId: number): void {
  const page = layout(ctx, planId, 'Open the next review', { href: reviewsPath(planId), text: 'Back to the reviews' });
  void load(ctx, page, 'the plan', Promise.all([getPlan(planId, ctx.signal), listReviews(planId, ctx.signal)]), ([plan, reviews]) => {
    page.retitle(`Open the next review of ${plan.title}`);
    page.body.append(openForm(plan, inColumnOrder(reviews)));
  }, noSuchPlan);
}

function openForm(plan: Plan, reviews: readonly AdminReview[]): HTMLElement {
  const last = reviews[reviews.length - 1];
  const suggestion = suggestedLabel(reviews.map((r) => r.label));
  const label = textField({
    name: 'label',
    label: 'Label',
    hint: suggestion && last
      ? `As the plan prints it over the score column. ${suggestion} follows ${last.label}; change it if the plan calls it something else.`
      : 'As the plan prints it over the score column, for example RAG 11/26 or Update November 26.',
    value: suggestion,
    width: 20,
    autocomplete: 'off',
  });
  const reviewDate = dateField({
    name: 'reviewDate',
    legend: 'Date of the review',
    hint: 'The date the board reviews the plan, usually its meeting. Today’s date is filled in. Leave it blank if the plan prints only the column’s label.',
    value: todayParts(new Date()),
  });
  const updatesDueBy = dateField({
    name: 'updatesDueBy',
    legend: 'Updates due by (optional)',
    hint: 'The date by which the people who lead or own the items should have recorded their update, on or before the date of the review. For example, 13 11 2026.',
    value: { day: '', month: '', year: '' },
  });
  const open = reviews.filter((r) => r.status === 'open');
  const note = element('div', 'inset-text board-reviews__note');
  note.append(paragraph(openingNote(open.map((r) => r.label))));
  if (open.length === 1) {
    const p = element('p');
    p.append(link(reviewClosePath(plan.id, open[0]!.id), `Close ${open[0]!.label} first`), ' if its updates are all in.');
    note.append(p);
  }
  const fields = [label, reviewDate, updatesDueBy];
  const form = adminForm({
    fields: () => fields,
    submitText: 'Open the review',
    progressText: 'Opening…',
    cancel: { href: reviewsPath(plan.id), text: 'Cancel' },
    thing: 'This review',
    submit: async () => {
      const prepared = reviewRequest({
        label: label.input.value, reviewDate: reviewDate.value(), reviewer: '', status: 'open', updatesDueBy: updatesDueBy.value(), position: '',
      });
      if (!prepared.ok) throw new FormProblems(prepared.errors);
      const saved = await createReview(plan.id, prepared.request);
      flash = `${saved.label} is open. The people who lead or own the items can now record their scores and updates for it on “My actions”.`;
      navigate(reviewsPath(plan.id));
    },
  });
  addFields(form, ...fields, note);
  return form.element;
}

// Closing a review --------------------------------------------------------------------------------------------------

export function showReviewClose(ctx: ReviewsContext, planId: number, reviewId: number): void {
  const page = layout(ctx, planId, 'Close a review', { href: reviewsPath(planId), text: 'Back to the reviews' });
  const loading = Promise.all([getPlan(planId, ctx.signal), getReview(planId, reviewId, ctx.signal), getReviewProgress(planId, reviewId, ctx.signal)]);
  void load(ctx, page, 'the review', loading, ([plan, review, progress]) => {
    if (review.status !== 'open') {
      page.retitle(`${review.label} is closed`);
      const p = element('p');
      p.append(`${review.label} of ${plan.title} is already closed. `, link(reviewsPath(plan.id), 'Go back to the reviews'), '.');
      page.body.append(p);
      return;
    }
    page.retitle(`Close ${review.label}?`);
    page.body.append(closeForm(plan, review, progress));
  }, 'This plan has no review at this address. It may have been deleted, or the link may be wrong.');
}

function closeForm(plan: Plan, review: AdminReview, progress: ReviewProgress): HTMLElement {
  const form = adminForm({
    fields: () => [],
    submitText: `Close ${review.label}`,
    progressText: 'Closing…',
    cancel: { href: reviewsPath(plan.id), text: 'No, keep it open' },
    thing: 'This review',
    warningButton: true,
    reloadOnConflict: 'Reload this page',
    submit: async () => {
      await updateReview(plan.id, review.id, reviewWithStatus(review, 'closed'), review.version);
      flash = `${review.label} is now closed. Its scores and updates are kept as they are; re-open it here if one must still change.`;
      navigate(reviewsPath(plan.id));
    },
  });
  const parts: HTMLElement[] = [paragraph(closeWarning(progress, review.label), 'board-reviews__warning')];
  const waiting = progress.people.filter((p) => p.notUpdated.length > 0);
  if (waiting.length > 0 || progress.unassigned.length > 0) {
    const list = element('ul', 'board-reviews__who-list');
    for (const person of waiting) list.append(element('li', undefined, `${personWords(person)}: ${personCount(person)}`));
    if (progress.unassigned.length > 0) list.append(element('li', undefined, `Nobody leads or owns ${itemCount(progress.unassigned.length)} not updated`));
    parts.push(list);
  }
  addFields(form, ...parts);
  return form.element;
}
