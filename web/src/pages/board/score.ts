// Scoring one item (/plans/{planId}/items/{kind}/{itemId}/score?review=&from=): the item, then the score form that My
// actions uses (components/score-form.ts: levels in words and shapes, the update dated today when it is new, evidence
// for a complete level, and the edit-conflict flow on 412). For board members and administrators any item, with no
// linked person needed; a manager may open it too, and the API's refusal of an item they do not lead or own is said in
// words. A closed review says so, with no form; a plan with no open review says how the board opens one.

import { ApiError, getGrid, getItemNarratives, type Grid, type Review } from '../../api/client';
import { getScore, type ScoreResponse } from '../../api/scores';
import { emptyState, notFoundState } from '../../components/page-states';
import { scoreForm } from '../../components/score-form';
import { element, paragraph } from '../../dom';
import { reviewToScore } from '../../domain/board-scoring';
import { previousScore, scoreSavedWords } from '../../domain/board-words';
import { withNarratives } from '../../domain/grid-scores';
import { displayReference, kindLabels } from '../../domain/grid-rows';
import { findItem } from '../../domain/item-find';
import { gridFrom, gridPath, itemPath, returnReviewFrom, reviewsPath, scorePath, type ScoredKindInPath } from '../../domain/routes';
import { itemFacts } from './item-facts';
import { layout, load, showSuccess, statusSlot, type BoardContext } from './shell';

export function showScorePage(ctx: BoardContext, planId: number, kind: ScoredKindInPath, itemId: number): Promise<void> {
  const item = itemPath(planId, kind, itemId);
  const page = layout(ctx, `Score the ${kindLabels[kind].toLowerCase()}`, { href: item, text: `Back to the ${kindLabels[kind].toLowerCase()}` });
  return load(ctx, page.body, `the ${kindLabels[kind].toLowerCase()}`, getGrid(planId, ctx.signal), (grid) => draw(ctx, page.body, grid, kind, itemId, page.retitle),
    'There is no plan at this address. It may have been deleted, or the link may be wrong.');
}

async function draw(ctx: BoardContext, body: HTMLElement, grid: Grid, kind: ScoredKindInPath, itemId: number, retitle: (text: string) => void): Promise<void> {
  const planId = grid.plan.id;
  const found = findItem(grid.items, kind, itemId);
  if (!found) {
    retitle('No such item');
    body.replaceChildren(notFoundState(`This plan has no ${kindLabels[kind].toLowerCase()} at this address. It may have been deleted, or the link may be wrong.`));
    return;
  }
  const it = found.item;
  const name = `${kindLabels[kind]} ${displayReference(it)}`;
  retitle(`Score ${kindLabels[kind].toLowerCase()} ${displayReference(it)}`);
  const from = gridFrom(ctx.url.searchParams, planId);
  const back = [{ href: itemPath(planId, kind, itemId), text: `Back to ${name}` }, { href: from ?? gridPath(planId), text: 'Back to the action plan' }];

  if (!it.isScored) {
    body.replaceChildren(emptyState(`${name} is not scored: ${grid.plan.title} scores its ${kindLabels[grid.plan.scoreLevel].toLowerCase()}s.`,
      undefined, back[0]));
    return;
  }
  const asked = ctx.url.searchParams.has('review') ? (returnReviewFrom(ctx.url.searchParams) ?? -1) : null;
  const choice = reviewToScore(grid.reviews, grid.currentReviewId, asked);
  const facts = itemFacts(grid, it, choice.state === 'open' || choice.state === 'closed' ? choice.review : null);
  const text = paragraph(`${grid.plan.title}.`, 'hint');

  switch (choice.state) {
    case 'unknown':
      body.replaceChildren(text, facts, emptyState('This plan has no such review.', 'The link may be wrong, or the review may have been deleted.',
        { href: scorePath(planId, kind, itemId, { from }), text: 'Score it in the open review' }));
      return;
    case 'closed':
      body.replaceChildren(text, facts, emptyState(`${choice.review.label} is closed, so its scores can no longer change.`,
        choice.open ? `${choice.open.label} is open: scores go there now.` : 'No review is open now. The board opens the next one on the plan’s review page.',
        choice.open
          ? { href: scorePath(planId, kind, itemId, { reviewId: choice.open.id, from }), text: `Score it for ${choice.open.label}` }
          : { href: reviewsPath(planId), text: 'Go to the plan’s reviews' }));
      return;
    case 'noOpen':
      body.replaceChildren(text, facts, emptyState('No review is open in this plan, so there is nowhere to record a score.',
        `${choice.current ? `${choice.current.label} is closed. ` : ''}A board member or administrator opens the next review on the plan’s review page; scores can then be recorded.`,
        { href: reviewsPath(planId), text: 'Go to the plan’s reviews to open one' }));
      return;
  }

  const review: Review = choice.review;
  let score: ScoreResponse | null = null;
  try {
    score = await getScore({ planId, reviewId: review.id, itemType: kind, itemId }, ctx.signal);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  // The grid carries only the latest two reviews' words: when the last score before this review is older, read its words.
  let scores = it.scores;
  const before = previousScore(grid.reviews, scores, review.id);
  if (before && scores.some((s) => s.reviewId === before.reviewId && s.textOmitted))
    scores = withNarratives(scores, await getItemNarratives(planId, kind, itemId, ctx.signal));
  if (ctx.signal.aborted) return;

  const done = statusSlot();
  const form = scoreForm({
    planId, reviewId: review.id, reviewLabel: review.label, itemType: kind, itemId, reference: displayReference(it), levels: grid.scale.levels,
    score, previous: previousScore(grid.reviews, scores, review.id), today: grid.today, headingLevel: 3,
  });
  form.onSaved((saved) => {
    showSuccess(done, scoreSavedWords(it, saved.level, saved.levelLabel, review.label), back);
    done.focus();
  });
  const intro = paragraph(`Scoring for ${review.label}${review.reviewDate ? '' : ' (a review with no date)'}, the open review of ${grid.plan.title}. Your name is recorded with the score.`, 'lead');
  const formHeading = element('h2', undefined, `Score and update for ${review.label}`);
  body.replaceChildren(intro, facts, done, formHeading, form.element);
}
