// Calls the item detail page makes beyond the grid and the score (api/scores.ts): the item's audit trail, its own
// changes and its scores' changes in one list; and the item's running log of updates, which the grid sums up only as
// the latest.

import { apiRoot, request, type ItemKind } from './client';

/** One entry of an audit trail: who changed what, when, with the item as the API returned it before and after. */
export interface AuditEntry {
  id: number;
  occurredAt: string;
  actor: string;
  entityType: string;
  entityId: number;
  planId: number | null;
  change: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditPage {
  items: AuditEntry[];
  page: number;
  pageSize: number;
  total: number;
}

/** One page of an item's trail together with its scores' trails, newest first. */
export function getItemTrail(planId: number, kind: ItemKind, itemId: number, page: number, pageSize: number, signal?: AbortSignal): Promise<AuditPage> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  return request<AuditPage>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/items/${kind}/${encodeURIComponent(itemId)}/audit?${query}`, { signal });
}

/** One entry of an item's running log of updates, as printed (GET .../items/{kind}/{itemId}/updates). */
export interface ItemUpdate {
  id: number;
  /** The review it was written for; null when it was written for none (between reviews, or not known). */
  reviewId: number | null;
  reviewLabel: string | null;
  /** yyyy-mm-dd as printed; null when it was undated, and it stays so. */
  writtenOn: string | null;
  text: string;
  /** Who wrote it, as printed (often initials). */
  author: string | null;
  /** The document it was copied from. */
  sourceDocument: string | null;
  /** Its place in the printed log, from 1. */
  position: number;
  /** Who typed it into the tracker. */
  enteredBy: string;
}

/** The item's running log in printed order (recommendations, actions and success measures have one; priorities do not). */
export function getItemUpdates(planId: number, kind: Exclude<ItemKind, 'priority'>, itemId: number, signal?: AbortSignal): Promise<ItemUpdate[]> {
  return request<ItemUpdate[]>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/items/${kind}/${encodeURIComponent(itemId)}/updates`, { signal });
}
