// Calls the item detail page makes beyond the grid and the score (api/scores.ts): the item's audit trail, its own
// changes and its scores' changes in one list.

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
