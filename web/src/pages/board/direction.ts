// A direction-of-travel override (/plans/{planId}/items/{kind}/{itemId}/direction?review=): the direction the scores give,
// shown first so the person sees what they override, then the judgement (improving, maintained, declining, each
// explained) and the reason, which the API requires; saved with the score's If-Match. An override already recorded can
// be changed, or withdrawn after a confirmation in the page. Board members and administrators only (SaveDirectionOverride.cs).

import { ApiError, getGrid, type Grid, type Review } from '../../api/client';
import { getScoreWithOverride, saveDirectionOverride, withdrawDirectionOverride, type ScoreAddress, type ScoreWithOverride } from '../../api/scores';
import { emptyState, notFoundState } from '../../components/page-states';
import { element, paragraph } from '../../dom';
import { computedWords, overrideAgreement, overrideChoices, overrideSavedWords, overrideWithdrawnWords } from '../../domain/board-words';
import { directionWords, displayReference, kindLabels } from '../../domain/grid-rows';
import { formatMoment } from '../../domain/item-audit';
import { findItem } from '../../domain/item-find';
import { itemPath, returnReviewFrom, scorePath, type ScoredKindInPath } from '../../domain/routes';
import { navigate } from '../../router';
import { adminForm, addFields, radiosField, textAreaField, type AdminForm } from '../admin/form';
import { itemFacts } from './item-facts';
import { layout, load, setFlash, type BoardContext } from './shell';

export function showDirectionPage(ctx: BoardContext, planId: number, kind: ScoredKindInPath, itemId: number): Promise<void> {
  const page = layout(ctx, 'Override the direction of travel', { href: itemPath(planId, kind, itemId), text: `Back to the ${kindLabels[kind].toLowerCase()}` });
  return load(ctx, page.body, `the ${kindLabels[kind].toLowerCase()}`, getGrid(planId, ctx.signal), (grid) => draw(ctx, page.body, grid, kind, itemId, page.retitle),
    'There is no plan at this address. It may have been deleted, or the link may be wrong.');
}

async function draw(ctx: BoardContext, body: HTMLElement, grid: Grid, kind: ScoredKindInPath, itemId: number, retitle: (text: string) => void): Promise<void> {
  const planId = grid.plan.id;
  const found = findItem(grid.items, kind, itemId);
  if (!found || !found.item.isScored) {
    retitle('No such item');
    body.replaceChildren(notFoundState(`This plan has no scored ${kindLabels[kind].toLowerCase()} at this address. It may have been deleted, or the link may be wrong.`));
    return;
  }
  const item = found.item;
  const name = `${kindLabels[kind]} ${displayReference(item)}`;
  retitle(`Direction of travel: ${name}`);
  const asked = ctx.url.searchParams.has('review') ? returnReviewFrom(ctx.url.searchParams) : grid.currentReviewId;
  const review = grid.reviews.find((r) => r.id === asked) ?? null;
  if (!review) {
    body.replaceChildren(emptyState(grid.reviews.length === 0 ? 'This plan has no reviews yet, so there is no direction of travel to override.' : 'This plan has no such review.',
      'The direction of travel compares a review’s score with the one before.', { href: itemPath(planId, kind, itemId), text: `Back to ${name}` }));
    return;
  }
  const facts = itemFacts(grid, item, review);
  const address: ScoreAddress = { planId, reviewId: review.id, itemType: kind, itemId };
  let score: ScoreWithOverride | null = null;
  try {
    score = await getScoreWithOverride(address, ctx.signal);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  if (ctx.signal.aborted) return;
  if (!score) {
    // SaveDirectionOverride.cs: an override sits on the review's score, so a score (or update) comes first.
    body.replaceChildren(facts, emptyState(`${name} has no score for ${review.label} yet, so there is no direction of travel to override.`,
      'Record its score first: the direction of travel is worked out from it.',
      review.status === 'open' ? { href: scorePath(planId, kind, itemId, { reviewId: review.id }), text: `Score it for ${review.label}` } : undefined));
    return;
  }

  const computed = item.scores.find((s) => s.reviewId === review.id)?.direction ?? 'noData';
  const compared = review.id === grid.currentReviewId && item.direction ? grid.reviews.find((r) => r.id === item.direction!.comparedWithReviewId)?.label ?? null : null;
  const computedLine = paragraph(computedWords(computed, compared), 'item__direction board-page__computed');
  const parts: HTMLElement[] = [paragraph(`At ${review.label}. The tracker works out the direction of travel from the scores; an override is kept beside it with its reason, never instead of it.`, 'lead'), facts, computedLine];
  if (score.directionOverride) parts.push(currentOverride(score));

  if (review.status !== 'open') {
    parts.push(emptyState(`${review.label} is closed, so its direction of travel can no longer change.`, undefined, { href: itemPath(planId, kind, itemId), text: `Back to ${name}` }));
    body.replaceChildren(...parts);
    return;
  }
  parts.push(overrideForm(review, address, score, computed));
  if (score.directionOverride) parts.push(withdrawPart(review, address, score, computed));
  body.replaceChildren(...parts);
}

function currentOverride(score: ScoreWithOverride): HTMLElement {
  const box = element('div', 'item__override');
  const p = element('p');
  p.append(element('strong', 'tag tag--override', 'Overridden'), ` ${score.directionOverrideBy ?? 'Someone'} judged it `,
    element('strong', undefined, directionWords(score.directionOverride!).word));
  if (score.directionOverrideAt) p.append(` on ${formatMoment(score.directionOverrideAt)}`);
  p.append('.');
  box.append(p);
  if (score.directionOverrideReason) box.append(paragraph(`Reason: “${score.directionOverrideReason}”`));
  return box;
}

function overrideForm(review: Review, address: ScoreAddress, score: ScoreWithOverride, computed: string): HTMLElement {
  const section = element('section', 'board-page__section');
  const h2 = element('h2', undefined, score.directionOverride ? 'Change the override' : 'Override the direction of travel');
  h2.id = 'direction-form-heading';
  section.setAttribute('aria-labelledby', h2.id);
  const direction = radiosField({
    name: 'direction', legend: `Direction of travel at ${review.label}`, value: score.directionOverride ?? '',
    hint: 'What you judge it to be. The computed direction stays beside it, and an override that contradicts the scores is flagged to the board.',
    choices: overrideChoices,
  });
  const agreement = paragraph('', 'hint board-page__agreement');
  agreement.setAttribute('aria-live', 'polite');
  const showAgreement = () => {
    agreement.textContent = overrideAgreement(direction.value(), computed) ?? '';
  };
  direction.group.addEventListener('change', showAgreement);
  showAgreement();
  direction.group.append(agreement);
  const reason = textAreaField({
    name: 'reason', label: 'Reason', value: score.directionOverrideReason ?? '', rows: 4,
    hint: 'Why the scores do not tell the whole story. The board and the scrutiny report read it.',
  });
  let version = score.version;
  const form: AdminForm = adminForm({
    fields: () => [direction, reason],
    submitText: score.directionOverride ? 'Save the changed override' : 'Save the override',
    progressText: 'Saving…',
    thing: `The score for ${review.label}`,
    submit: async () => {
      const saved = await saveDirectionOverride(address, direction.value(), reason.input.value, version);
      version = saved.version;
      setFlash(overrideSavedWords(saved.directionOverride ?? direction.value(), review.label));
      navigate(location.pathname + location.search, true);
    },
  });
  addFields(form, direction, reason);
  section.append(h2, form.element);
  return section;
}

function withdrawPart(review: Review, address: ScoreAddress, score: ScoreWithOverride, computed: string): HTMLElement {
  const section = element('section', 'board-page__section');
  const h2 = element('h2', undefined, 'Withdraw the override');
  h2.id = 'direction-withdraw-heading';
  section.setAttribute('aria-labelledby', h2.id);
  const open = element('button', 'button button--secondary', 'Withdraw the override');
  open.type = 'button';
  open.setAttribute('aria-expanded', 'false');
  const confirmSlot = element('div');
  confirmSlot.id = 'direction-withdraw-confirm';
  open.setAttribute('aria-controls', confirmSlot.id);
  section.append(h2, paragraph(`The direction of travel for ${review.label} is then the one the scores give: ${directionWords(computed).word}. The audit log keeps the override and its reason.`), open, confirmSlot);

  open.addEventListener('click', () => {
    // A confirmation in the page (not a dialog), so it works with every keyboard and screen reader.
    const title = element('h3', undefined, 'Are you sure you want to withdraw the override?');
    title.tabIndex = -1;
    const form = adminForm({
      fields: () => [],
      submitText: 'Yes, withdraw the override',
      progressText: 'Withdrawing…',
      thing: `The score for ${review.label}`,
      warningButton: true,
      submit: async () => {
        await withdrawDirectionOverride(address, score.version);
        setFlash(overrideWithdrawnWords(review.label, computed));
        navigate(location.pathname + location.search, true);
      },
    });
    const keep = element('button', 'button button--secondary', 'No, keep it');
    keep.type = 'button';
    keep.addEventListener('click', () => {
      confirmSlot.replaceChildren();
      open.hidden = false;
      open.setAttribute('aria-expanded', 'false');
      open.focus();
    });
    form.form.querySelector('.button-group')?.append(keep);
    const box = element('div', 'board-page__confirm');
    box.append(title, form.element);
    confirmSlot.replaceChildren(box);
    open.hidden = true;
    open.setAttribute('aria-expanded', 'true');
    title.focus();
  });
  return section;
}
