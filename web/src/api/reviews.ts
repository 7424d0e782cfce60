// The board's review cycle: GET .../reviews/{reviewId}/progress (who has not updated yet). Listing, opening and closing
// reviews use the reviews endpoints in admin.ts, which board members may call too.

import type { AdminReview } from './admin';
import { apiRoot, request, type StaleReason } from './client';

/** An item not updated yet in the review; itemType is singular, as the item pages' addresses have it. */
export interface ProgressItem {
  itemType: 'recommendation' | 'action' | 'measure';
  itemId: number;
  /** "2 / 7 (14) / B"; parts the plan does not number are left out (may be empty). */
  reference: string;
  text: string;
  stale: StaleReason[];
  signOffRejected: boolean;
}

/** One person who answers for items at the plan's score level. */
export interface PersonProgress {
  personId: number;
  displayName: string;
  jobTitle: string | null;
  email: string | null;
  /** An account (not disabled) is linked to them, so they can update in the tracker themselves. */
  linkedUser: boolean;
  itemCount: number;
  updatedCount: number;
  notUpdated: ProgressItem[];
}

export interface ReviewProgress {
  review: AdminReview;
  previousReview: AdminReview | null;
  itemCount: number;
  updatedCount: number;
  notUpdatedCount: number;
  /** Those with something still to update first, then the rest, each by name. */
  people: PersonProgress[];
  /** Items nobody leads or owns, not updated yet. */
  unassigned: ProgressItem[];
}

const id = (n: number) => encodeURIComponent(String(n));

export const getReviewProgress = (planId: number, reviewId: number, signal?: AbortSignal) =>
  request<ReviewProgress>('GET', `${apiRoot}/plans/${id(planId)}/reviews/${id(reviewId)}/progress`, { signal });
