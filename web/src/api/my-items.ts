// GET /api/my-items: the items the signed-in person must update in each active plan's open review.

import { apiRoot, request, type DeadlineStatus, type GridScale } from './client';
import type { ScoredItemType, ScoreResponse } from './scores';

export type MyItemReason = 'recommendationLead' | 'recommendationOwner' | 'actionLead' | 'actionOwner' | 'measureLead' | 'measureOwner';
export type StaleReason = 'noScore' | 'noUpdate' | 'updateCopiedForward';

export interface MyItemsReview {
  id: number;
  label: string;
  /** yyyy-mm-dd */
  reviewDate: string | null;
}

export interface MyItemPrevious {
  reviewId: number;
  reviewLabel: string;
  level: number | null;
  levelLabel: string | null;
  recordedAs: string | null;
  narrative: string | null;
  narrativeDate: string | null;
}

export interface MyItem {
  itemType: ScoredItemType;
  itemId: number;
  reference: string;
  text: string;
  deadlineText: string | null;
  deadlineStatus: DeadlineStatus;
  why: MyItemReason[];
  /** This review's score; null when there is none yet. */
  score: ScoreResponse | null;
  previous: MyItemPrevious | null;
  stale: StaleReason[];
  needsUpdate: boolean;
}

export interface MyItemsPlan {
  planId: number;
  planTitle: string;
  scoreLevel: ScoredItemType;
  scale: GridScale;
  review: MyItemsReview;
  previousReview: MyItemsReview | null;
  itemCount: number;
  needsUpdateCount: number;
  items: MyItem[];
}

export interface MyItems {
  personId: number | null;
  /** noPersonLinked: the account is not linked to a person, so the list is empty. */
  reason: 'noPersonLinked' | null;
  /** yyyy-mm-dd, UK: the default date of a new update. */
  today: string;
  plans: MyItemsPlan[];
  plansWithoutOpenReview: { planId: number; planTitle: string; itemCount: number }[];
}

export function getMyItems(signal?: AbortSignal): Promise<MyItems> {
  return request<MyItems>('GET', `${apiRoot}/my-items`, { signal });
}
