// The calls of the plan contents editor: a plan's priorities, recommendations, actions and success measures (read,
// add, change, delete), people found by name or job title and added inline, what a deadline as typed is understood
// as, and undoing a delete. Built on client.ts's request(), so every change carries the antiforgery token, and every
// PUT and DELETE names the version it was based on (If-Match).

import { ifMatch, type Person, type PersonRequest } from './admin';
import { apiRoot, request, requestForHeader, type Deadline, type PersonRef } from './client';

export interface PriorityRecord {
  id: number;
  planId: number;
  number: string | null;
  title: string;
  outcomeStatement: string | null;
  sortOrder: number;
  version: number;
}

export interface PriorityBody {
  number: string | null;
  title: string;
  outcomeStatement: string | null;
  sortOrder?: number | null;
}

export interface RecommendationRecord {
  id: number;
  planId: number;
  priorityId: number | null;
  number: string | null;
  text: string;
  judgementArea: string | null;
  sourceParagraphs: string | null;
  addressees: string[];
  leads: PersonRef[];
  owners: PersonRef[];
  deadlineText: string | null;
  sortOrder: number;
  version: number;
}

export interface RecommendationBody {
  priorityId: number | null;
  number: string | null;
  text: string;
  judgementArea: string | null;
  sourceParagraphs: string | null;
  addressees: string[];
  leadIds: number[];
  ownerIds: number[];
  deadlineText: string | null;
  sortOrder?: number | null;
}

export interface ActionRecord {
  id: number;
  planId: number;
  recommendationId: number | null;
  priorityId: number | null;
  code: string | null;
  description: string;
  sourceReference: string | null;
  leads: PersonRef[];
  owners: PersonRef[];
  deadlineText: string | null;
  sortOrder: number;
  version: number;
}

export interface ActionBody {
  recommendationId: number | null;
  priorityId: number | null;
  code: string | null;
  description: string;
  sourceReference: string | null;
  leadIds: number[];
  ownerIds: number[];
  deadlineText: string | null;
  sortOrder?: number | null;
}

export interface MeasureRecord {
  id: number;
  planId: number;
  actionId: number;
  number: string | null;
  text: string;
  leads: PersonRef[];
  owners: PersonRef[];
  deadlineText: string | null;
  sortOrder: number;
  version: number;
}

export interface MeasureBody {
  number: string | null;
  text: string;
  leadIds: number[];
  ownerIds: number[];
  deadlineText: string | null;
  sortOrder?: number | null;
  /** Another action of the plan to move the measure to (it goes last there). */
  moveToActionId?: number | null;
}

const plan = (planId: number) => `${apiRoot}/plans/${encodeURIComponent(planId)}`;
const priorities = (planId: number) => `${plan(planId)}/priorities`;
const recommendations = (planId: number) => `${plan(planId)}/recommendations`;
const actions = (planId: number) => `${plan(planId)}/actions`;
const measures = (planId: number, actionId: number) => `${actions(planId)}/${encodeURIComponent(actionId)}/measures`;
const one = (base: string, id: number) => `${base}/${encodeURIComponent(id)}`;

export const listPriorities = (planId: number) => request<PriorityRecord[]>('GET', priorities(planId));
export const getPriority = (planId: number, id: number, signal?: AbortSignal) => request<PriorityRecord>('GET', one(priorities(planId), id), { signal });
export const createPriority = (planId: number, body: PriorityBody) => request<PriorityRecord>('POST', priorities(planId), { body });
export const updatePriority = (planId: number, id: number, body: PriorityBody, version: number) =>
  request<PriorityRecord>('PUT', one(priorities(planId), id), { body, ifMatch: ifMatch(version) });

export const listRecommendations = (planId: number) => request<RecommendationRecord[]>('GET', recommendations(planId));
export const getRecommendation = (planId: number, id: number, signal?: AbortSignal) => request<RecommendationRecord>('GET', one(recommendations(planId), id), { signal });
export const createRecommendation = (planId: number, body: RecommendationBody) => request<RecommendationRecord>('POST', recommendations(planId), { body });
export const updateRecommendation = (planId: number, id: number, body: RecommendationBody, version: number) =>
  request<RecommendationRecord>('PUT', one(recommendations(planId), id), { body, ifMatch: ifMatch(version) });

export const listActions = (planId: number) => request<ActionRecord[]>('GET', actions(planId));
export const getAction = (planId: number, id: number, signal?: AbortSignal) => request<ActionRecord>('GET', one(actions(planId), id), { signal });
export const createAction = (planId: number, body: ActionBody) => request<ActionRecord>('POST', actions(planId), { body });
export const updateAction = (planId: number, id: number, body: ActionBody, version: number) =>
  request<ActionRecord>('PUT', one(actions(planId), id), { body, ifMatch: ifMatch(version) });

export const listMeasures = (planId: number, actionId: number) => request<MeasureRecord[]>('GET', measures(planId, actionId));
export const getMeasure = (planId: number, actionId: number, id: number, signal?: AbortSignal) =>
  request<MeasureRecord>('GET', one(measures(planId, actionId), id), { signal });
export const createMeasure = (planId: number, actionId: number, body: MeasureBody) => request<MeasureRecord>('POST', measures(planId, actionId), { body });
export const updateMeasure = (planId: number, actionId: number, id: number, body: MeasureBody, version: number) =>
  request<MeasureRecord>('PUT', one(measures(planId, actionId), id), { body, ifMatch: ifMatch(version) });

/** The address of an item's own endpoint (a measure's goes through its action). */
export function itemUrl(planId: number, kind: 'priority' | 'recommendation' | 'action' | 'measure', id: number, actionId?: number): string {
  switch (kind) {
    case 'priority':
      return one(priorities(planId), id);
    case 'recommendation':
      return one(recommendations(planId), id);
    case 'action':
      return one(actions(planId), id);
    case 'measure':
      return one(measures(planId, actionId ?? 0), id);
  }
}

/**
 * Deletes an item (with what the API deletes with it) and answers where to undo it: the API's Undo-Location
 * (/api/plans/{planId}/deletions/{deletionId}), or null when the server offers no undo.
 */
export const deleteItem = (url: string, version: number) => requestForHeader('DELETE', url, 'Undo-Location', { ifMatch: ifMatch(version) });

/** Restores everything one delete removed. A 409 says, in a sentence, why it cannot (its parent deleted since, or already restored). */
export async function restoreDeletion(undoLocation: string): Promise<void> {
  // Only the status matters (200 restored; 409 with the reason), so the answer's body is not read.
  await requestForHeader('POST', `${undoLocation}/restore`, 'Location');
}

/** People whose name, job title or email contains `search`, in name order. */
export const searchPeople = (search: string, signal?: AbortSignal) =>
  request<Person[]>('GET', `${apiRoot}/people?search=${encodeURIComponent(search)}`, { signal });

export const addPerson = (body: PersonRequest) => request<Person>('POST', `${apiRoot}/people`, { body });

/** What the tracker understands from a deadline as written; nothing is stored. */
export const understandDeadline = (text: string, signal?: AbortSignal) =>
  request<Deadline & { dueDates: string[] }>('GET', `${apiRoot}/deadlines/understand?text=${encodeURIComponent(text)}`, { signal });
