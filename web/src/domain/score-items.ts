// The words and order of the "My actions" page: which items come first, how many still need an update, why a person
// has an item, and the address that opens the page at one item. DOM-free (score-items.test.ts).

import { formatDate } from './grid-rows';
import type { MyItemReason, StaleReason } from '../api/my-items';
import type { ScoredItemType } from '../api/scores';

/** "measure-12": how the page's address and its elements name one item. */
export function itemKey(itemType: ScoredItemType, itemId: number): string {
  return `${itemType}-${itemId}`;
}

const keyPattern = /^(recommendation|action|measure)-([1-9][0-9]{0,14})$/;

/** The item an address asks for (?plan=3&item=measure-12), or null when it asks for none or names one badly. */
export function itemTarget(search: URLSearchParams): { planId: number | null; key: string } | null {
  const item = keyPattern.exec(search.get('item') ?? '');
  if (!item) return null;
  const plan = /^[1-9][0-9]{0,14}$/.test(search.get('plan') ?? '') ? Number(search.get('plan')) : null;
  return { planId: plan, key: `${item[1]}-${item[2]}` };
}

/** The page's address, optionally at one item (the item detail page links here with "Update the score"). */
export function myActionsPath(planId?: number, itemType?: ScoredItemType, itemId?: number): string {
  if (planId === undefined || itemType === undefined || itemId === undefined) return '/my-actions';
  return `/my-actions?plan=${encodeURIComponent(planId)}&item=${itemKey(itemType, itemId)}`;
}

/** Items still needing an update first, each group in the plan's order (a stable sort). */
export function orderForUpdate<T extends { needsUpdate: boolean }>(items: readonly T[]): T[] {
  return [...items.filter((i) => i.needsUpdate), ...items.filter((i) => !i.needsUpdate)];
}

/** "3 of 8 items still need an update for RAG 11/26." — or, when none do, that all are updated. */
export function progressWords(needsUpdate: number, total: number, reviewLabel: string): string {
  if (total === 0) return `You have no items in ${reviewLabel}.`;
  if (needsUpdate === 0) return total === 1 ? `Your item is updated for ${reviewLabel}.` : `All ${total} items are updated for ${reviewLabel}.`;
  if (total === 1) return `Your item still needs an update for ${reviewLabel}.`;
  return `${needsUpdate} of ${total} items still ${needsUpdate === 1 ? 'needs' : 'need'} an update for ${reviewLabel}.`;
}

/** "9 updated this review": the count over the folded items already updated. */
export function updatedCountWords(updated: number): string {
  return `${updated} updated this review`;
}

/**
 * What a folded item says it holds: "Saved: 3 On track. “Audit of 30 plans.” Dated 20 November 2026, by Aisha Rahman."
 * `levelWords` is the level as the tag says it; the narrative whole, as saved.
 */
export function savedWords(score: { narrative: string | null; narrativeDate: string | null; updatedBy: string } | null, levelWords: string | null): string[] {
  if (!score) return ['Nothing saved for this review yet.'];
  const lines = [`Saved score: ${levelWords ?? 'no score'}.`];
  const narrative = score.narrative?.trim();
  lines.push(narrative ? `Update: “${narrative}”` : 'No update written.');
  lines.push(`${score.narrativeDate ? `Dated ${formatDate(score.narrativeDate)}` : 'No date'}, saved by ${score.updatedBy}.`);
  return lines;
}

// The API says where the person is named (a lead or an owner of a recommendation, an action or a success measure); the
// words say it from where the item stands: on the item itself, on a row above it, or on a row below it.
const whyPhrases: Record<ScoredItemType, Record<MyItemReason, string>> = {
  recommendation: {
    recommendationLead: 'you lead this recommendation',
    recommendationOwner: 'you own this recommendation',
    actionLead: 'you lead one of its actions',
    actionOwner: 'you own one of its actions',
    measureLead: 'you lead one of its success measures',
    measureOwner: 'you own one of its success measures',
  },
  action: {
    recommendationLead: 'you lead the recommendation it answers',
    recommendationOwner: 'you own the recommendation it answers',
    actionLead: 'you lead this action',
    actionOwner: 'you own this action',
    measureLead: 'you lead one of its success measures',
    measureOwner: 'you own one of its success measures',
  },
  measure: {
    recommendationLead: 'you lead the recommendation its action answers',
    recommendationOwner: 'you own the recommendation its action answers',
    actionLead: 'you lead its action',
    actionOwner: 'you own its action',
    measureLead: 'you lead this success measure',
    measureOwner: 'you own this success measure',
  },
};

/** "You lead this action and you own it": why the tracker lists the item as the person's. */
export function whyWords(itemType: ScoredItemType, reasons: readonly MyItemReason[]): string {
  const phrases = reasons.map((r) => whyPhrases[itemType]?.[r]).filter((p): p is string => Boolean(p));
  if (phrases.length === 0) return '';
  const list = phrases.length === 1 ? phrases[0]! : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}.`;
}

const staleText: Record<StaleReason, string> = {
  noScore: 'no score yet',
  noUpdate: 'no update yet',
  updateCopiedForward: 'same update as last review',
};

/** What the item's tag says: "Needs an update: no score yet, no update yet", or "Updated". */
export function updateStateWords(needsUpdate: boolean, stale: readonly StaleReason[], signOffStatus: string | null | undefined): string {
  if (!needsUpdate) return 'Updated';
  const reasons = stale.map((s) => staleText[s] ?? s);
  if (signOffStatus === 'rejected') reasons.push('the board rejected the completion');
  return reasons.length > 0 ? `Needs an update: ${reasons.join(', ')}` : 'Needs an update';
}

/** The next item still needing an update after `current`, in page order, coming round from the top; null when none. */
export function nextToUpdate(items: readonly { key: string; needsUpdate: boolean }[], current: string): string | null {
  const at = items.findIndex((i) => i.key === current);
  for (let step = 1; step < items.length; step++) {
    const item = items[(Math.max(at, 0) + step) % items.length]!;
    if (item.needsUpdate && item.key !== current) return item.key;
  }
  return null;
}
