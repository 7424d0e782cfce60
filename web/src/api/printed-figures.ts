// The figures a plan or a board report printed, kept to check against the scores: counts and percentages at a level,
// counts of items (GET/POST /api/plans/{planId}/printed-figures, PUT and DELETE .../{printedFigureId}), and the
// averages printed for a review (/api/plans/{planId}/reviews/{reviewId}/reported-averages). The summary says what each
// agrees with (summary.ts: printedFigures, reportedAverages). Checked against the OpenAPI document in contract.ts.

import { apiRoot, request } from './client';

export type PrintedFigureKind = 'countAtLevel' | 'percentageAtLevel' | 'scoredItemCount' | 'itemCount' | 'other';

/** A figure as printed, as the API returns it. */
export interface PrintedFigure {
  id: number;
  planId: number;
  /** The review it was printed for; null when it was printed for none (it cannot then be checked). */
  reviewId: number | null;
  /** The priority it is about; null for the whole plan. */
  priorityId: number | null;
  kind: PrintedFigureKind | string;
  /** The level on the plan's scale a count or percentage at a level counts. */
  level: number | null;
  label: string;
  /** Exactly as printed ("45%"). */
  valueText: string;
  value: number | null;
  claims: string | null;
  source: string | null;
  recordedBy: string;
  recordedAt: string;
  version: number;
}

/** What recording or correcting a printed figure sends; `value` is left out, so the API reads it from valueText. */
export interface PrintedFigureRequest {
  reviewId: number | null;
  priorityId: number | null;
  kind: string;
  level: number | null;
  label: string;
  valueText: string;
  claims: string | null;
  source: string | null;
}

/** An average as printed for a review, as the API returns it. */
export interface ReportedAverage {
  id: number;
  reviewId: number;
  /** Null for the whole plan's figure. */
  priorityId: number | null;
  value: number;
  source: string | null;
  recordedBy: string;
  recordedAt: string;
  version: number;
}

export interface ReportedAverageRequest {
  priorityId: number | null;
  /** Null when nothing was typed: the API then says what it needs. */
  value: number | null;
  source: string | null;
}

const plan = (planId: number) => `${apiRoot}/plans/${encodeURIComponent(planId)}`;
const figures = (planId: number) => `${plan(planId)}/printed-figures`;
const averages = (planId: number, reviewId: number) => `${plan(planId)}/reviews/${encodeURIComponent(reviewId)}/reported-averages`;

export function listPrintedFigures(planId: number, reviewId: number | null, signal?: AbortSignal): Promise<PrintedFigure[]> {
  return request<PrintedFigure[]>('GET', `${figures(planId)}${reviewId ? `?reviewId=${encodeURIComponent(reviewId)}` : ''}`, { signal });
}

export function getPrintedFigure(planId: number, id: number, signal?: AbortSignal): Promise<PrintedFigure> {
  return request<PrintedFigure>('GET', `${figures(planId)}/${encodeURIComponent(id)}`, { signal });
}

export function recordPrintedFigure(planId: number, body: PrintedFigureRequest): Promise<PrintedFigure> {
  return request<PrintedFigure>('POST', figures(planId), { body });
}

export function changePrintedFigure(planId: number, id: number, body: PrintedFigureRequest, version: number): Promise<PrintedFigure> {
  return request<PrintedFigure>('PUT', `${figures(planId)}/${encodeURIComponent(id)}`, { body, ifMatch: `"${version}"` });
}

export function deletePrintedFigure(planId: number, id: number, version: number): Promise<void> {
  return request<void>('DELETE', `${figures(planId)}/${encodeURIComponent(id)}`, { ifMatch: `"${version}"` });
}

export function listReportedAverages(planId: number, reviewId: number, signal?: AbortSignal): Promise<ReportedAverage[]> {
  return request<ReportedAverage[]>('GET', averages(planId, reviewId), { signal });
}

export function getReportedAverage(planId: number, reviewId: number, id: number, signal?: AbortSignal): Promise<ReportedAverage> {
  return request<ReportedAverage>('GET', `${averages(planId, reviewId)}/${encodeURIComponent(id)}`, { signal });
}

export function recordReportedAverage(planId: number, reviewId: number, body: ReportedAverageRequest): Promise<ReportedAverage> {
  return request<ReportedAverage>('POST', averages(planId, reviewId), { body });
}

export function changeReportedAverage(planId: number, reviewId: number, id: number, body: ReportedAverageRequest, version: number): Promise<ReportedAverage> {
  return request<ReportedAverage>('PUT', `${averages(planId, reviewId)}/${encodeURIComponent(id)}`, { body, ifMatch: `"${version}"` });
}

export function deleteReportedAverage(planId: number, reviewId: number, id: number, version: number): Promise<void> {
  return request<void>('DELETE', `${averages(planId, reviewId)}/${encodeURIComponent(id)}`, { ifMatch: `"${version}"` });
}
