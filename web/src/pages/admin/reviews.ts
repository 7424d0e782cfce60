// A plan's reviews (/admin/plans/{planId}/reviews): the review cycles in date order, each one a score column of the
// grid. Start a review, open or close one from the list (announced in a live region), change one, or delete one that
// holds no scores (the API's 409 says why otherwise).

import { createReview, deleteReview, getPlan, getReview, listReviews, updateReview, type AdminReview } from '../../api/admin';
import { ApiError, type Plan } from '../../api/client';
import { element, link, paragraph } from '../../dom';
import { isStale, reviewFormFrom, reviewRequest, reviewWithStatus } from '../../domain/admin-forms';
import { adminPaths } from '../../domain/admin-routes';
import { count, reviewStatusChoices, reviewStatusText } from '../../domain/admin-words';
import { formatDate } from '../../domain/grid-rows';
import { gridPath } from '../../domain/routes';
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
        '. Scores and updates can be recorded while a review is open; closing it keeps them as they are.',
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
      const rows = reviews.map((review) => reviewRow(plan, review, announcer, problem));
      page.body.append(adminTable(`Reviews (${count(reviews.length, 'review')}), oldest first`, ['Review', 'Date', 'Reviewer', 'Status', 'Actions'], rows));
    },
    noSuchPlan,
    () => page.retitle('No such plan'),
  );
}

function reviewRow(plan: Plan, initial: AdminReview, announcer: HTMLElement, problem: HTMLElement): HTMLTableRowElement {
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

  row.append(
    rowHeader(review.label),
    cell(formatDate(review.reviewDate)),
    cell(review.reviewer ?? ''),
    statusCell,
    actionsCell(
      toggle,
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
    Promise.all([getPlan(planId, ctx.signal), reviewId === null ? Promise.resolve(null) : getReview(planId, reviewId, ctx.signal)]),
    ([plan, review]) => {
      page.retitle(review ? `Change review ${review.label}` : `Start a review of ${plan.title}`);
      replaceCrumbs(ctx.main, reviewCrumbs(plan, planId));
      page.body.append(reviewForm(plan, review));
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

function reviewForm(plan: Plan, review: AdminReview | null): HTMLElement {
  const values = reviewFormFrom(review ?? undefined);
  const label = textField({
    name: 'label',
    label: 'Label',
    hint: 'As the plan prints it over the score column, for example RAG 11/26 or Update November 26. Each review of a plan needs its own.',
    value: values.label,
    width: 20,
    autocomplete: 'off',
  });
  const reviewDate = dateField({ name: 'reviewDate', legend: 'Date of the review', hint: 'For example, 20 11 2026', value: values.reviewDate });
  const reviewer = textField({
    name: 'reviewer',
    label: 'Reviewer (optional)',
    hint: 'Who reviewed the plan at this cycle, as the plan’s header gives it, for example Improvement board.',
    value: values.reviewer,
    autocomplete: 'off',
  });
  const status = radiosField({ name: 'status', legend: 'Status', value: values.status, choices: reviewStatusChoices });
  const fields = review ? [label, reviewDate, reviewer, status] : [label, reviewDate, reviewer];
  const current = () => ({ label: label.input.value, reviewDate: reviewDate.value(), reviewer: reviewer.input.value, status: review ? status.value() : 'open' });

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
          `Review ${review.label} of ${plan.title}, dated ${formatDate(review.reviewDate)}, will be deleted. Only a review with no scores can be deleted: scores are the plan’s history.`,
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
