// "My actions": the service manager's fastest path to score and save. Every item the signed-in person leads or owns in
// each plan's open review, grouped by plan, those still needing an update first, each with its score form. Saving moves
// focus to the next item that needs an update; a save that meets someone else's opens the conflict view (score-form.ts).
// ?plan={planId}&item={kind}-{id} opens the page at one item (the item detail page's "Update the score" link).

import './my-actions.css';
import { getMyItems, type MyItem, type MyItems, type MyItemsPlan } from '../api/my-items';
import type { ScoreResponse } from '../api/scores';
import { levelTag } from '../components/level-tag';
import { returnLinks } from '../components/return-links';
import { emptyState, failedState, loadingState } from '../components/page-states';
import { scoreForm, type ScoreForm } from '../components/score-form';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { deadlineBadge, formatDate, kindLabels } from '../domain/grid-rows';
import { itemKey, itemTarget, nextToUpdate, orderForUpdate, progressWords, savedWords, updatedCountWords, updateStateWords, whyWords } from '../domain/score-items';
import { levelWords, scaleDirectionWords } from '../domain/levels';
import { gridPath, scorecardValuesPath } from '../domain/routes';
import { listIndicators } from '../api/scorecard';
import { getSession } from '../session';

// A navigation away while the list loads must not let the old request draw over the new page.
let pending: AbortController | null = null;

const what = 'the items you must update';

export function showMyActionsPage(main: HTMLElement, url: URL): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;

  document.title = `My actions – ${serviceName}`;
  const heading = pageHeading('My actions');
  const view = element('div', 'my-actions');
  view.append(loadingState('Loading your items…'));
  main.replaceChildren(heading, view);

  getMyItems(controller.signal).then(
    (data) => {
      if (controller.signal.aborted) return;
      new MyActionsView(view, data, url, controller.signal).draw();
    },
    (error: unknown) => {
      if (controller.signal.aborted) return;
      view.replaceChildren(failedState(error, what, location.pathname + location.search, 'There is nothing at this address.'));
    },
  );
}

interface Card {
  key: string;
  plan: PlanSection;
  item: MyItem;
  needsUpdate: boolean;
  state: HTMLElement;
  heading: HTMLElement;
  element: HTMLElement;
  form: ScoreForm;
  /** The fold around the form of an item already updated when the page opened; null for an item drawn open. */
  fold: HTMLDetailsElement | null;
}

interface PlanSection {
  plan: MyItemsPlan;
  progress: HTMLElement;
  cards: Card[];
}

class MyActionsView {
  private readonly cards: Card[] = [];
  private readonly sections: PlanSection[] = [];
  private readonly overall = paragraph('', 'my-actions__overall');
  private refreshes = 0;

  constructor(private readonly root: HTMLElement, private readonly data: MyItems, private readonly url: URL, private readonly signal: AbortSignal) {}

  draw(): void {
    const { data } = this;
    const intro = paragraph('The items you lead or own, in each plan’s open review. Choose a score, say what has changed, and save: your name is recorded with it.', 'lead');
    if (data.reason === 'noPersonLinked') {
      this.root.replaceChildren(emptyState('Your account is not linked to your name, so the tracker cannot tell which items are yours.',
        'Ask your administrator to link your account to your name. Your items will then be listed here.', { href: '/', text: 'Go to the plans' }));
      return;
    }
    if (data.plans.length === 0) {
      const waiting = data.plansWithoutOpenReview.map((p) => p.planTitle);
      this.root.replaceChildren(emptyState('You have nothing to update at the moment.',
        waiting.length > 0
          ? `No review is open in ${listWords(waiting)}. Your items there will be listed here when the board opens the next review.`
          : 'You do not lead or own any item in an active plan with an open review.',
        { href: '/', text: 'Go to the plans' }));
      return;
    }

    const parts: HTMLElement[] = [intro, this.overall];
    const target = itemTarget(this.url.searchParams);
    const notice = element('div');
    parts.push(notice);
    for (const plan of data.plans) parts.push(this.planSection(plan));
    if (data.plansWithoutOpenReview.length > 0) {
      parts.push(paragraph(`No review is open in ${listWords(data.plansWithoutOpenReview.map((p) => p.planTitle))}, so your items there are not listed.`, 'hint'));
    }
    this.root.replaceChildren(...parts);
    this.updateCounts();

    if (target) {
      const card = this.cards.find((c) => c.key === target.key && (target.planId === null || c.plan.plan.planId === target.planId));
      if (card) {
        card.element.classList.add('my-item--target');
        if (card.fold) card.fold.open = true;
        card.heading.scrollIntoView({ block: 'start' });
        card.heading.focus({ preventScroll: true });
      } else {
        const box = element('div', 'notice', 'The item in the link is not one of yours in an open review, so it is not listed here.');
        box.setAttribute('role', 'status');
        notice.replaceChildren(box);
      }
    }
  }

  private planSection(plan: MyItemsPlan): HTMLElement {
    const section = element('section', 'my-actions__plan');
    const headingId = `plan-${plan.planId}-heading`;
    section.setAttribute('aria-labelledby', headingId);
    const h2 = element('h2', undefined, plan.planTitle);
    h2.id = headingId;
    const progress = paragraph('', 'my-actions__progress');
    // Focus lands here when the last item of the page is saved, so the person hears that everything is done.
    progress.tabIndex = -1;
    // A review known only by its label says so rather than printing an empty date.
    const when = plan.review.reviewDate ? `the review of ${formatDate(plan.review.reviewDate)}` : 'a review with no date';
    const about = paragraph(`${plan.review.label}, ${when}. Scored on “${plan.scale.name}” (${scaleDirectionWords(plan.scale.higherIsBetter)}). `, 'hint');
    about.append(link(gridPath(plan.planId), 'Open the action plan'));
    const state: PlanSection = { plan, progress, cards: [] };
    this.sections.push(state);

    // For people who update offline: the same items as a workbook to fill in and upload (the monthly return).
    const offline = returnLinks({ planId: plan.planId, reviewId: plan.review.id, reviewLabel: plan.review.label, mine: true, context: `for ${plan.planTitle}` });

    // The items still to do, open; then those already updated this review, folded to what was saved (each opens to its
    // form), so a person with many items is not scrolling past forms they have finished with. Sorted once, when the
    // page opens: nothing moves or folds while the person works.
    const ordered = orderForUpdate(plan.items);
    const toDo = ordered.filter((i) => i.needsUpdate);
    const done = ordered.filter((i) => !i.needsUpdate);
    section.append(h2, progress, about, offline, indicatorLink(plan.planId));
    if (toDo.length > 0) {
      const list = element('ol', 'my-actions__items');
      for (const item of toDo) list.append(this.card(state, item, false));
      section.append(list);
    }
    if (done.length > 0) {
      const count = paragraph(updatedCountWords(done.length), 'my-actions__updated-count');
      const hint = paragraph('Each shows what was saved. Open “Change the score or update” to change one.', 'hint');
      const list = element('ol', 'my-actions__items my-actions__items--updated');
      for (const item of done) list.append(this.card(state, item, true));
      section.append(count, hint, list);
    }
    return section;
  }

  private card(section: PlanSection, item: MyItem, folded: boolean): HTMLElement {
    const { plan } = section;
    const key = itemKey(item.itemType, item.itemId);
    const li = element('li', 'my-item');
    li.id = `item-${key}`;
    const heading = element('h3', 'my-item__title', `${kindLabels[item.itemType]} ${item.reference}`);
    heading.tabIndex = -1;
    heading.id = `item-${key}-heading`;
    const state = element('strong', 'tag');
    const stateLine = element('p', 'my-item__state');
    stateLine.append(state);

    const meta = element('dl', 'my-item__meta');
    const deadline = element('dd');
    deadline.append(item.deadlineText ?? 'None written');
    const badge = deadlineBadge(item.deadlineStatus);
    if (badge) deadline.append(' ', element('strong', `tag tag--${badge.kind}`, badge.text));
    meta.append(element('dt', undefined, 'Deadline'), deadline, element('dt', undefined, 'Why it is yours'), element('dd', undefined, whyWords(item.itemType, item.why)));
    if (item.score?.signOffStatus === 'rejected' || item.score?.signOffStatus === 'pending') {
      const dd = element('dd');
      dd.append(levelTag(plan.scale.levels, item.score.level, item.score.levelLabel), ' ',
        item.score.signOffStatus === 'pending' ? 'waiting for the board’s sign-off' : `rejected by ${item.score.signOffBy ?? 'the board'}${item.score.signOffNote ? `: “${item.score.signOffNote}”` : ''}`);
      meta.append(element('dt', undefined, 'Completion'), dd);
    }

    const form = scoreForm({
      planId: plan.planId, reviewId: plan.review.id, reviewLabel: plan.review.label, itemType: item.itemType, itemId: item.itemId,
      reference: item.reference, levels: plan.scale.levels, score: item.score, previous: item.previous, today: this.data.today,
    });
    li.append(heading, stateLine, paragraph(item.text, 'my-item__text'), meta);
    let fold: HTMLDetailsElement | null = null;
    let saved: HTMLElement | null = null;
    if (folded) {
      saved = element('div', 'my-item__saved');
      showSaved(saved, item.score, plan);
      fold = element('details', 'my-item__fold');
      const summary = element('summary', 'my-item__change', 'Change the score or update');
      summary.append(element('span', 'visually-hidden', ` for ${item.reference}`));
      fold.append(summary, form.element);
      // Opened, the form is where the person is going: its level first, as on the items still to do.
      fold.addEventListener('toggle', () => {
        if (fold?.open && document.activeElement === summary) form.focus();
      });
      li.classList.add('my-item--folded');
      li.append(saved, fold);
    } else {
      li.append(form.element);
    }

    const card: Card = { key, plan: section, item, needsUpdate: item.needsUpdate, state, heading, element: li, form, fold };
    section.cards.push(card);
    this.cards.push(card);
    this.showState(card, item.needsUpdate ? updateStateWords(true, item.stale, item.score?.signOffStatus) : 'Updated');
    form.onSaved((score, how) => {
      if (saved) showSaved(saved, score, plan);
      this.saved(card, how);
    });
    return li;
  }

  private showState(card: Card, words: string): void {
    card.state.textContent = words;
    card.state.className = `tag ${card.needsUpdate ? 'tag--needs-update' : 'tag--active'}`;
  }

  private saved(card: Card, how: 'saved' | 'resolved'): void {
    // Counted as updated at once; the tracker's own rule (is it stale?) is asked again just below and has the last word.
    card.needsUpdate = false;
    this.showState(card, 'Updated');
    this.updateCounts();
    if (how === 'saved') {
      const next = nextToUpdate(this.cards, card.key);
      const nextCard = next ? this.cards.find((c) => c.key === next) : undefined;
      if (nextCard) {
        nextCard.heading.scrollIntoView({ block: 'start' });
        nextCard.form.focus();
      } else {
        card.plan.progress.focus();
      }
    }
    void this.refresh();
  }

  /** Asks the API which items still need an update (a copied update does not count); changes no form. */
  private async refresh(): Promise<void> {
    const mine = ++this.refreshes;
    let data: MyItems;
    try {
      data = await getMyItems(this.signal);
    } catch {
      return; // the optimistic state stays; the next load puts it right
    }
    if (mine !== this.refreshes || this.signal.aborted) return;
    const fresh = new Map(data.plans.flatMap((p) => p.items.map((i) => [itemKey(i.itemType, i.itemId), i] as const)));
    for (const card of this.cards) {
      const item = fresh.get(card.key);
      if (!item) continue;
      card.needsUpdate = item.needsUpdate;
      this.showState(card, item.needsUpdate ? updateStateWords(true, item.stale, item.score?.signOffStatus) : 'Updated');
    }
    this.updateCounts();
  }

  private updateCounts(): void {
    for (const section of this.sections) {
      const needs = section.cards.filter((c) => c.needsUpdate).length;
      section.progress.textContent = progressWords(needs, section.cards.length, section.plan.review.label);
      section.progress.classList.toggle('my-actions__progress--done', needs === 0);
    }
    const needs = this.cards.filter((c) => c.needsUpdate).length;
    const plans = this.sections.length;
    this.overall.textContent = needs === 0
      ? `All your ${this.cards.length === 1 ? 'item is' : `${this.cards.length} items are`} updated. You can still change them until the board closes the review.`
      : `You have ${needs} ${needs === 1 ? 'item' : 'items'} to update${plans > 1 ? ` in ${plans} plans` : ''}. Those are listed first in each plan.`;
  }
}

/** A folded item's saved level, update, date and author, in words (the level as its tag too). */
function showSaved(box: HTMLElement, score: ScoreResponse | null, plan: MyItemsPlan): void {
  const words = savedWords(score, score && score.level !== null ? levelWords(score.level, score.levelLabel) : null);
  const lines = words.map((line, i) => paragraph(line, i === 1 ? 'my-item__saved-update' : i === 2 ? 'hint' : undefined));
  if (score && score.level !== null && lines[0]) {
    // The tag carries the level's shape and colour with its words; the sentence keeps it readable without them.
    lines[0].replaceChildren('Saved score: ', levelTag(plan.scale.levels, score.level, score.levelLabel));
  }
  box.replaceChildren(...lines);
}

function listWords(items: readonly string[]): string {
  const quoted = items.map((i) => `“${i}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/**
 * "Enter this month's values for your 2 indicators": a link to the scorecard's values form under a plan's heading,
 * shown once the plan's indicators are read and only when the person owns one (an empty slot otherwise).
 */
function indicatorLink(planId: number): HTMLElement {
  const slot = element('p', 'my-actions__indicators');
  slot.hidden = true;
  const personId = getSession()?.personId ?? null;
  if (personId === null) return slot;
  void listIndicators(planId).then((indicators) => {
    const mine = indicators.filter((i) => i.owners.some((o) => o.id === personId));
    if (mine.length === 0) return;
    slot.append(link(scorecardValuesPath(planId), `Enter the scorecard values for your ${mine.length === 1 ? 'indicator' : `${mine.length} indicators`} (${mine.map((i) => i.reference).join(', ')})`));
    slot.hidden = false;
  }, () => undefined);
  return slot;
}
