// One item's score in one review: read it (with its version, which is its ETag) and save it with If-Match.
// Routes take the item type in the plural (recommendations, actions, measures); bodies name it in the singular.

import { apiRoot, request } from './client';

export type ScoredItemType = 'recommendation' | 'action' | 'measure';

/** A score as GET and PUT .../scores/{itemType}/{itemId} return it. `level` null is an explicit "no score". */
export interface ScoreResponse {
  id: number;
  reviewId: number;
  itemType: ScoredItemType;
  itemId: number;
  level: number | null;
  levelLabel: string | null;
  levelColour: string | null;
  meansComplete: boolean | null;
  recordedAs: string | null;
  narrative: string | null;
  /** yyyy-mm-dd */
  narrativeDate: string | null;
  evidence: string | null;
  /** pending (waiting for the board), signedOff or rejected; null when no sign-off applies. */
  signOffStatus: 'pending' | 'signedOff' | 'rejected' | null;
  signOffBy: string | null;
  signOffAt: string | null;
  signOffNote: string | null;
  updatedBy: string;
  /** UTC ISO 8601. */
  updatedAt: string;
  /** The row version: sent back as If-Match ("3") on the next save. */
  version: number;
}

/** A score with the direction-of-travel override a board member may have recorded beside the computed direction. */
export interface ScoreWithOverride extends ScoreResponse {
  /** improving, maintained or declining; null when nobody has overridden the computed direction. */
  directionOverride: string | null;
  directionOverrideReason: string | null;
  directionOverrideBy: string | null;
  /** UTC ISO 8601. */
  directionOverrideAt: string | null;
}

/** What a save sends. Evidence is needed at a level that means complete. */
export interface SaveScoreBody {
  level: number | null;
  narrative: string | null;
  narrativeDate: string | null;
  evidence: string | null;
}

/** Where an item's score in a review lives. */
export interface ScoreAddress {
  planId: number;
  reviewId: number;
  itemType: ScoredItemType;
  itemId: number;
}

function scoreUrl(a: ScoreAddress): string {
  return `${apiRoot}/plans/${encodeURIComponent(a.planId)}/reviews/${encodeURIComponent(a.reviewId)}/scores/${a.itemType}/${encodeURIComponent(a.itemId)}`;
}

/** The score as stored now. No score yet in that review: ApiError 404. */
export function getScore(address: ScoreAddress, signal?: AbortSignal): Promise<ScoreResponse> {
  return request<ScoreResponse>('GET', scoreUrl(address), { signal });
}

/**
 * Saves the score. `version` is the version this edit started from, or null when the item had no score then (the API
 * creates it without If-Match). Someone else saved in between: ApiError 412 (or 428 when there was none at first).
 */
export function saveScore(address: ScoreAddress, body: SaveScoreBody, version: number | null): Promise<ScoreResponse> {
  return request<ScoreResponse>('PUT', scoreUrl(address), version === null ? { body } : { body, ifMatch: `"${version}"` });
}

/**
 * The board's decision on a pending completion, with a note; `version` is the score's as read (someone changed it
 * since: ApiError 412).
 */
export function signOffScore(address: ScoreAddress, decision: 'signedOff' | 'rejected', note: string, version: number): Promise<ScoreResponse> {
  return request<ScoreResponse>('PUT', `${scoreUrl(address)}/sign-off`, { body: { decision, note }, ifMatch: `"${version}"` });
}

/** The score as stored now, with its direction-of-travel override. No score yet in that review: ApiError 404. */
export function getScoreWithOverride(address: ScoreAddress, signal?: AbortSignal): Promise<ScoreWithOverride> {
  return request<ScoreWithOverride>('GET', scoreUrl(address), { signal });
}

/**
 * Records a person's direction of travel, with the reason, beside the computed one (board members and administrators).
 * `version` is the score's as read: someone changed it since, ApiError 412. No score in that review yet: ApiError 409.
 */
export function saveDirectionOverride(address: ScoreAddress, direction: string, reason: string, version: number): Promise<ScoreWithOverride> {
  return request<ScoreWithOverride>('PUT', `${scoreUrl(address)}/direction-override`, { body: { direction, reason }, ifMatch: `"${version}"` });
}

/** Withdraws the override, leaving the computed direction; `version` is the score's as read. */
export function withdrawDirectionOverride(address: ScoreAddress, version: number): Promise<ScoreWithOverride> {
  return request<ScoreWithOverride>('DELETE', `${scoreUrl(address)}/direction-override`, { ifMatch: `"${version}"` });
}
