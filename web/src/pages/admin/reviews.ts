// A plan's reviews (/admin/plans/{planId}/reviews): the review cycles in column order, each one a score column of the
// grid. A review may have no date (a column known only by its label, "RAG 03/18"), so the order is its own: a new
// review is placed by its date (an undated one last) or at the column asked for, and "Move earlier" / "Move later"
// buttons move one a column at a time. Start a review, open or close one from the list (announced in a live region),
// change one, or delete one that holds no scores (the API's 409 says why otherwise). Opening, closing or moving one
// removes the success message the last page left ("Review … started"), so the page never says "started" beside
// "now closed" (issue 12, defect 10).

import { createReview, deleteReview, getPlan, getReview, listReviews, updateReview, type AdminReview } from '../../api/admin';
import { ApiError, type Plan } from '../../api/client';
import { element, link, paragraph } from '../../dom';
import { isStale, reviewFormFrom, reviewMoved, reviewPlaceText, reviewRequest, reviewWithStatus } from '../../domain/admin-forms';
import { adminPaths } from '../../domain/admin-routes';
import { count, reviewStatusChoices, reviewStatusText } from '../../domain/admin-words';
import { formatDate, reviewDateText } from '../../domain/grid-rows';
import { gridPath, reviewsPath } from '../../domain/routes';
import { navigate } from '../../router';
import { addFields, adminForm, dateField, deleteForm, FormProblems, radiosField, textField } from './form';
import { actionLink, actionsCell, adminTable, buttonLink, cell, crumbsTo, layout, load, rowHeader, setFlash, tag, type AdminContext, type Crumb } from './shell';

const noSuchPlan = 'There is no plan at this address. It may have been deleted.';
const noSuchReview = 'This plan has no review at this address. It may have been deleted.';

function reviewCrumbs(plan: Plan | null, planId: number): Crumb[] {
  return crumbsTo({ href: adminPaths.plans(), text: 'Plans and reviews' }, { href: adminPaths.reviews(planId), text: plan ? `Reviews of ${plan.title}` : 'Reviews' });
}

export function showReviews(ctx: AdminContext, planId: number): void {
  const page = layout(ctx, 'Reviews', crumbsTo({ href: adminPaths.plans(), text: 'Plans and reviews' }));
  void load(
    ctx,
    page.body,
    'the reviews',
    Promise.all([getPlan(planId, ctx.signal), listReviews(planId, ctx.signal)]),
    ([plan, reviews]) => {
      page.retitle(`Reviews of ${plan.title}`);
      const actions = element('p', 'admin-actions-bar');
      actions.append(buttonLink(adminPaths.reviewNew(plan.id), 'Start a review'));
      const intro = element('p');
      intro.append(
        'Each review is one score column of ',
        link(gridPath(plan.id), 'the plan’s grid'),
        '. Scores and updates can be recorded while a review is open; closing it keeps them as they are. ',
        link(reviewsPath(plan.id), 'Who has not updated yet'),
        ' is on the board’s page of this plan’s reviews.',
      );
      // Empty at first and always in the page, so what is written into it is announced.
      const announcer = element('div', 'admin-announcer');
      announcer.setAttribute('role', 'status');
      const problem = element('div');
      page.body.append(intro, actions, problem, announcer);
      if (reviews.length === 0) {
        page.body.append(paragraph('This plan has no reviews yet.'));
        return;
      }
      const slot = element('div');
      page.body.append(slot);
      // Moving a review renumbers the others, so the list is read again and drawn afresh; focus then goes back to the
      // button that was pressed, on the row of the review that moved (or its other button, at either end).
      const draw = (list: AdminReview[], focus?: { reviewId: number; action: 'earlier' | 'later' }) => {
        const moves: Moves = {
          count: list.length,
          move: async (review, by) => {
            const body = reviewMoved(review, by, list.length);
            if (!body) return;
            problem.replaceChildren();
            announcer.textContent = '';
            page.clearSuccess();
            try {
              await updateReview(plan.id, review.id, body, review.version);
              const fresh = await listReviews(plan.id);
              draw(fresh, { reviewId: review.id, action: by < 0 ? 'earlier' : 'later' });
              announcer.textContent = reviewPlaceText(fresh, review.id);
            } catch (error) {
              problem.replaceChildren(toggleProblem(error, review));
            }
          },
        };
        const rows = list.map((review) => reviewRow(plan, review, announcer, problem, moves, page.clearSuccess));
        slot.replaceChildren(
          adminTable(`Reviews (${count(list.length, 'review')}), in column order, left to right in the grid`, ['Review', 'Column', 'Date', 'Updates due by', 'Reviewer', 'Status', 'Actions'], rows),
        );
        if (focus) {
          const row = rows[list.findIndex((r) => r.id === focus.reviewId)];
          const buttons = [...(row?.querySelectorAll<HTMLButtonElement>('button[data-move]') ?? [])];
          (buttons.find((b) => b.dataset.move === focus.action) ?? buttons[0])?.focus();
        }
      };
      draw(reviews);
    },
    noSuchPlan,
    () => page.retitle('No such plan'),
  );
}

interface Moves {
  count: number;
  move(review: AdminReview, by: -1 | 1): Promise<void>;
}

/**
 * "Move earlier<hidden> review RAG 03/18</hidden>"; none at either end (the first column cannot go earlier), rather than
 * a disabled button that focus could land on and that does nothing.
 */
function moveButton(current: () => AdminReview, by: -1 | 1, moves: Moves): HTMLButtonElement | null {
  const review = current();
  if (by < 0 ? review.position <= 1 : review.position >= moves.count) return null;
  const which = by < 0 ? 'earlier' : 'later';
  const button = element('button', 'button button--secondary button--small');
  button.type = 'button';
  button.dataset.move = which;
  button.append(`Move ${which}`, element('span', 'visually-hidden', ` review ${review.label}`));
  let pending = false;
  button.addEventListener('click', async () => {
    if (pending) return;
    pending = true;
    button.setAttribute('aria-disabled', 'true');
    try {
      // The review as it is now: opening or closing it from the list has given it a new version since the row was drawn.
      await moves.move(current(), by);
    } finally {
      pending = false;
      button.removeAttribute('aria-disabled');
    }
  });
  return button;
}

function reviewRow(plan: Plan, initial: AdminReview, announcer: HTMLElement, problem: HTMLElement, moves: Moves, clearSuccess: () => void): HTMLTableRowElement {
  let review = initial;
  const row = element('tr');
  const statusCell = cell();
  const toggle = element('button', 'button button--secondary button--small');
  toggle.type = 'button';

  const draw = () => {
    statusCell.replaceChildren(tag(reviewStatusText(review.status), review.status === 'open' ? 'active' : 'closed'));
    const next = review.status === 'open' ? 'Close' : 'Open';
    toggle.replaceChildren(next, element('span', 'visually-hidden', ` review ${review.label}`));
  };
  draw();

  let pending = false;
  toggle.addEventListener('click', async () => {
    if (pending) return;
    pending = true;
    toggle.setAttribute('aria-disabled', 'true');
    problem.replaceChildren();
    announcer.textContent = '';
    clearSuccess();
    try {
      const next = review.status === 'open' ? 'closed' : 'open';
      review = await updateReview(plan.id, review.id, reviewWithStatus(review, next), review.version);
      draw();
      announcer.textContent = `${review.label} is now ${next}.`;
    } catch (error) {
      problem.replaceChildren(toggleProblem(error, review));
    } finally {
      pending = false;
      toggle.removeAttribute('aria-disabled');
    }
  });

  // Said in words: an undated review is a column known only by its label, never given a date.
  const date = review.reviewDate ? formatDate(review.reviewDate) : 'No date';
  row.append(
    rowHeader(review.label),
    cell(String(review.position)),
    cell(date),
    cell(review.updatesDueBy ? formatDate(review.updatesDueBy) : 'None set'),
    cell(review.reviewer ?? ''),
    statusCell,
    actionsCell(
      toggle,
      ...[moveButton(() => review, -1, moves), moveButton(() => review, 1, moves)].filter((b): b is HTMLButtonElement => b !== null),
      actionLink(adminPaths.reviewEdit(plan.id, review.id), 'Change', `review ${review.label}`),
      actionLink(adminPaths.reviewDelete(plan.id, review.id), 'Delete', `review ${review.label}`),
    ),
  );
  return row;
}

/** Why opening or closing did not work, announced at once, with the way forward when someone else changed it. */
function toggleProblem(error: unknown, review: AdminReview): HTMLElement {
  const box = element('div', 'error-summary');
  box.setAttribute('role', 'alert');
  const title = element('h2', 'error-summary__title', 'There is a problem');
  const text = isStale(error)
    ? `${review.label} has been changed by someone else since you opened this page, so it has not been changed. Reload to see their version, then try again.`
    : error instanceof ApiError
      ? (error.problem?.errors?.[0]?.reason ?? error.problem?.detail ?? `The server answered ${error.status}.`)
      : 'The tracker could not be reached. Check your connection and try again.';
  box.append(title, paragraph(text));
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

/** Starts a review (reviewId null) or changes one. */
export function showReviewForm(ctx: AdminContext, planId: number, reviewId: number | null): void {
  const page = layout(ctx, reviewId === null ? 'Start a review' : 'Change a review', reviewCrumbs(null, planId));
  void load(
    ctx,
    page.body,
    reviewId === null ? 'the plan' : 'the review',
    Promise.all([getPlan(planId, ctx.signal), reviewId === null ? Promise.resolve(null) : getReview(planId, reviewId, ctx.signal), listReviews(planId, ctx.signal)]),
    ([plan, review, reviews]) => {
      page.retitle(review ? `Change review ${review.label}` : `Start a review of ${plan.title}`);
      replaceCrumbs(ctx.main, reviewCrumbs(plan, planId));
      page.body.append(reviewForm(plan, review, reviews.length));
    },
    reviewId === null ? noSuchPlan : noSuchReview,
    () => page.retitle(reviewId === null ? 'No such plan' : 'No such review'),
  );
}

/** The breadcrumbs learn the plan's title once it has loaded. */
function replaceCrumbs(main: HTMLElement, crumbs: readonly Crumb[]): void {
  const links = main.querySelectorAll<HTMLAnchorElement>('.breadcrumbs a');
  crumbs.forEach((crumb, i) => {
    const a = links[i];
    if (a) a.textContent = crumb.text;
  });
}

function reviewForm(plan: Plan, review: AdminReview | null, reviewCount: number): HTMLElement {
  const values = reviewFormFrom(review ?? undefined);
  const label = textField({
    name: 'label',
    label: 'Label',
    hint: 'As the plan prints it over the score column, for example RAG 11/26 or Update November 26. Each review of a plan needs its own.',
    value: values.label,
    width: 20,
    autocomplete: 'off',
  });
  const reviewDate = dateField({
    name: 'reviewDate',
    legend: 'Date of the review (optional)',
    hint: 'For example, 20 11 2026. Leave it blank when the plan prints only the column’s label, such as RAG 03/18: the review then says “no date”, and is never given one.',
    value: values.reviewDate,
  });
  const position = textField({
    name: 'position',
    label: 'Column (optional)',
    hint: review
      ? `Which score column of the grid this review is, counting from 1 at the left: now ${review.position} of ${reviewCount}. The other reviews move along to make room.`
      : `Which score column of the grid this review is, counting from 1 at the left${reviewCount > 0 ? ` (the plan has ${count(reviewCount, 'review')} now)` : ''}. Leave it blank to place it by its date, after the last review dated on or before it; a review without a date goes last.`,
    value: values.position,
    width: 3,
    inputMode: 'numeric',
    autocomplete: 'off',
  });
  const reviewer = textField({
    name: 'reviewer',
    label: 'Reviewer (optional)',
    hint: 'Who reviewed the plan at this cycle, as the plan’s header gives it, for example Improvement board.',
    value: values.reviewer,
    autocomplete: 'off',
  });
  const updatesDueBy = dateField({
    name: 'updatesDueBy',
    legend: 'Updates due by (optional)',
    hint: 'The date by which the people who lead or own the items should have recorded their update, on or before the date of the review. For example, 13 11 2026.',
    value: values.updatesDueBy,
  });
  const status = radiosField({ name: 'status', legend: 'Status', value: values.status, choices: reviewStatusChoices });
  const fields = review ? [label, reviewDate, updatesDueBy, position, reviewer, status] : [label, reviewDate, updatesDueBy, position, reviewer];
  const current = () => ({
    label: label.input.value,
    reviewDate: reviewDate.value(),
    reviewer: reviewer.input.value,
    updatesDueBy: updatesDueBy.value(),
    status: review ? status.value() : 'open',
    position: position.input.value,
  });

  const form = adminForm({
    fields: () => fields,
    submitText: review ? 'Save changes' : 'Start review',
    progressText: 'Saving…',
    cancel: { href: adminPaths.reviews(plan.id), text: 'Cancel' },
    thing: 'This review',
    submit: async () => {
      const prepared = reviewRequest(current());
      if (!prepared.ok) throw new FormProblems(prepared.errors);
      const saved = review
        ? await updateReview(plan.id, review.id, prepared.request, review.version)
        : await createReview(plan.id, prepared.request);
      setFlash(review ? `Changes to review ${saved.label} saved.` : `Review ${saved.label} started. It is open for scores.`);
      navigate(adminPaths.reviews(plan.id));
    },
  });
  addFields(form, ...fields);
  return form.element;
}

export function showReviewDelete(ctx: AdminContext, planId: number, reviewId: number): void {
  const page = layout(ctx, 'Delete a review', reviewCrumbs(null, planId));
  void load(
    ctx,
    page.body,
    'the review',
    Promise.all([getPlan(planId, ctx.signal), getReview(planId, reviewId, ctx.signal)]),
    ([plan, review]) => {
      page.retitle(`Delete review ${review.label}?`);
      replaceCrumbs(ctx.main, reviewCrumbs(plan, planId));
      const form = deleteForm({
        explain: [
          `Review ${review.label} of ${plan.title} (${reviewDateText(review.reviewDate)}) will be deleted. Only a review with no scores can be deleted: scores are the plan’s history.`,
        ],
        submitText: 'Delete review',
        cancel: { href: adminPaths.reviews(plan.id), text: 'No, keep it' },
        thing: 'This review',
        submit: async () => {
          await deleteReview(plan.id, review.id, review.version);
          setFlash(`Review ${review.label} has been deleted.`);
          navigate(adminPaths.reviews(plan.id));
        },
      });
      page.body.append(form.element);
    },
    noSuchReview,
    () => page.retitle('No such review'),
  );
}
