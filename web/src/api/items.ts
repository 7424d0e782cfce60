// Calls the item detail page makes beyond the grid: one score with its sign-off note and version, the board's sign-off
// decision, and the item's audit trail (its own changes and its scores' changes in one list).

import { apiRoot, request, type ItemKind } from './client';

/** The route names a score's item type by (plural), as the scores endpoints expect it. */
export type ScoredItemRoute = 'recommendations' | 'actions' | 'measures';

export const scoredItemRoutes: Partial<Record<ItemKind, ScoredItemRoute>> = {
  recommendation: 'recommendations',
  action: 'actions',
  measure: 'measures',
};

export type SignOffStatus = 'pending' | 'signedOff' | 'rejected';

/** One item's score in one review, as GET .../scores/{itemType}/{itemId} returns it. */
export interface ScoreDetail {
  id: number;
  reviewId: number;
  itemType: string;
  itemId: number;
  level: number | null;
  levelLabel: string | null;
  narrative: string | null;
  narrativeDate: string | null;
  evidence: string | null;
  signOffStatus: SignOffStatus | null;
  signOffBy: string | null;
  signOffAt: string | null;
  signOffNote: string | null;
  updatedBy: string;
  updatedAt: string;
  /** Sent back, in quotes, as If-Match when changing the score. */
  version: number;
}

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

function scoreUrl(planId: number, reviewId: number, route: ScoredItemRoute, itemId: number): string {
  return `${apiRoot}/plans/${encodeURIComponent(planId)}/reviews/${encodeURIComponent(reviewId)}/scores/${route}/${encodeURIComponent(itemId)}`;
}

/** The score of an item in one review. No score yet: ApiError 404. */
export function getScore(planId: number, reviewId: number, route: ScoredItemRoute, itemId: number, signal?: AbortSignal): Promise<ScoreDetail> {
  return request<ScoreDetail>('GET', scoreUrl(planId, reviewId, route, itemId), { signal });
}

/** The board's decision on a pending completion; `version` is the score's as read (412 if someone changed it since). */
export function signOffScore(
  planId: number, reviewId: number, route: ScoredItemRoute, itemId: number,
  decision: 'signedOff' | 'rejected', note: string, version: number,
): Promise<ScoreDetail> {
  return request<ScoreDetail>('PUT', `${scoreUrl(planId, reviewId, route, itemId)}/sign-off`, {
    body: { decision, note },
    ifMatch: `"${version}"`,
  });
}

/** One page of an item's trail together with its scores' trails, newest first. */
export function getItemTrail(planId: number, kind: ItemKind, itemId: number, page: number, pageSize: number, signal?: AbortSignal): Promise<AuditPage> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  return request<AuditPage>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/items/${kind}/${encodeURIComponent(itemId)}/audit?${query}`, { signal });
}

/** What the grid endpoint sends about a score beyond what the grid page reads (api/Features/Grid/GridResponse.cs). */
export interface GridScoreMore {
  evidence?: string | null;
  signOffBy?: string | null;
  signOffAt?: string | null;
  version?: number;
}

/** What the grid endpoint sends about an item's direction beyond what the grid page reads. */
export interface GridDirectionMore {
  comparedWithReviewId?: number | null;
  skippedGap?: boolean;
  overrideBy?: string | null;
  overrideAt?: string | null;
}

/** What the grid endpoint sends about an item beyond what the grid page reads. */
export interface GridItemMore {
  outcomeStatement?: string | null;
  judgementArea?: string | null;
  sourceParagraphs?: string | null;
  /** On actions carried over from an inspection: "Ofsted rec 14". */
  sourceReference?: string | null;
}
