// Where a review's monthly return downloads from. Apart from returns.ts because My actions and the dashboard, in the
// app everyone downloads, need only this address; the rest of the return's client loads with its pages.

import { apiRoot } from './client';

/** Every return address of a plan starts here. */
export function returnsPath(planId: number): string {
  return `${apiRoot}/plans/${encodeURIComponent(planId)}/returns`;
}

/**
 * Where a review's return downloads from: a plain link (with the download attribute), since the browser sends the
 * session cookie with it. `mine`: only the items the signed-in person leads or owns (always so for a manager).
 */
export function returnDownloadUrl(planId: number, reviewId: number, mine: boolean): string {
  return `${returnsPath(planId)}/${encodeURIComponent(reviewId)}${mine ? '?mine=true' : ''}`;
}
