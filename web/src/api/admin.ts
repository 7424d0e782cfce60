// The administration calls: accounts, people, rating scales, plans, reviews and the inspections a plan may answer. Built on client.ts's request(), so
// every change carries the antiforgery token, and every PUT and DELETE names the version it was based on (If-Match),
// which the API answers with 412 when someone else changed the thing in the meantime.

import { apiRoot, request, type Plan, type PlanStatus, type Review, type Role, type ScoreLevel } from './client';

/** An account as administrators see it (never a password or its hash). */
export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  personId: number | null;
  personName: string | null;
  isDisabled: boolean;
  /** Set while the account is locked after repeated failed sign-ins (UTC, ISO 8601). */
  lockedUntil: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserRequest {
  username: string;
  displayName: string;
  role: string;
  personId: number | null;
  password: string;
}

export interface UpdateUserRequest {
  displayName: string;
  role: string;
  personId: number | null;
  isDisabled: boolean;
}

/** Someone who leads recommendations or owns actions. */
export interface Person {
  id: number;
  /** Null for someone named by role only ("Head of Service"). */
  name: string | null;
  jobTitle: string | null;
  /** The name, or the role when there is no name. */
  displayName: string;
  roleOnly: boolean;
  email: string | null;
  version: number;
}

export interface PersonRequest {
  /** Null for someone the plan names by role only: then the job title is required. */
  name: string | null;
  jobTitle: string | null;
  email: string | null;
}

/** What linking a role-only person to a named one did: the named person, and how many places and accounts moved. */
export interface LinkPersonResult {
  person: Person;
  itemsMoved: number;
  accountsMoved: number;
}

export interface ScaleLevel {
  id: number;
  value: number;
  label: string;
  meaning: string | null;
  colour: string | null;
  meansComplete: boolean;
}

export interface Scale {
  id: number;
  name: string;
  description: string | null;
  /** Null when the source never said which end of the scale is good (then directionNotStated is true). */
  higherIsBetter: boolean | null;
  directionNotStated: boolean;
  isBuiltIn: boolean;
  version: number;
  /** In value order. */
  levels: ScaleLevel[];
}

export interface ScaleLevelRequest {
  /** 0 or more: inspectorate scales start at 0 (HMIP's 0 Inadequate). */
  value: number;
  label: string;
  meaning: string | null;
  /** #rrggbb; null when the plan gives the level no colour. */
  colour: string | null;
  meansComplete: boolean;
}

export interface ScaleRequest {
  name: string;
  description: string | null;
  /** Null when directionNotStated is true (or when nothing was chosen, which the API refuses). */
  higherIsBetter: boolean | null;
  /** True when the source never says which end of the scale is better. */
  directionNotStated: boolean;
  levels: ScaleLevelRequest[];
}

export interface PlanRequest {
  title: string;
  sourceType: string;
  /** yyyy-mm-dd */
  sourceReportDate: string | null;
  overallJudgement: string | null;
  planVersion: string | null;
  status: PlanStatus;
  scaleId: number;
  groupedByPriority: boolean;
  scoreLevel: ScoreLevel;
  inspectionId: number | null;
  /** yyyy-mm-dd */
  planDate: string | null;
  leadHeading: string | null;
  ownerHeading: string | null;
}

/** A review as the reviews endpoints return it (the same shape the grid uses), with its version. */
export interface AdminReview extends Review {
  version: number;
}

export interface ReviewRequest {
  label: string;
  /** yyyy-mm-dd */
  reviewDate: string | null;
  reviewer: string | null;
  status: 'open' | 'closed';
  /** Its score column, from 1; left out (undefined) to place a new review by its date and to keep a changed one's place. */
  position?: number;
}

/** An inspection as its report printed it, as GET /api/inspections lists it (only what the plan form offers). */
export interface Inspection {
  id: number;
  inspectorate: string;
  kind: string | null;
  title: string | null;
  publishedOn: string | null;
  overallJudgement: string | null;
  plans: { id: number; title: string }[];
  version: number;
}

/** The If-Match header for a thing read at `version`: its ETag, the version in quotes. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

const id = (value: number) => encodeURIComponent(value);

// Accounts (administrators only)
export const listUsers = (signal?: AbortSignal) => request<User[]>('GET', `${apiRoot}/users`, { signal });
export const getUser = (userId: number, signal?: AbortSignal) => request<User>('GET', `${apiRoot}/users/${id(userId)}`, { signal });
export const createUser = (body: CreateUserRequest) => request<User>('POST', `${apiRoot}/users`, { body });
export const updateUser = (userId: number, body: UpdateUserRequest, version: number) =>
  request<User>('PUT', `${apiRoot}/users/${id(userId)}`, { body, ifMatch: ifMatch(version) });
export const resetPassword = (userId: number, newPassword: string, version: number) =>
  request<User>('PUT', `${apiRoot}/users/${id(userId)}/password`, { body: { newPassword }, ifMatch: ifMatch(version) });
export const deleteUser = (userId: number, version: number) =>
  request<void>('DELETE', `${apiRoot}/users/${id(userId)}`, { ifMatch: ifMatch(version) });

// People
export const listPeople = (signal?: AbortSignal) => request<Person[]>('GET', `${apiRoot}/people`, { signal });
export const getPerson = (personId: number, signal?: AbortSignal) => request<Person>('GET', `${apiRoot}/people/${id(personId)}`, { signal });
export const createPerson = (body: PersonRequest) => request<Person>('POST', `${apiRoot}/people`, { body });
export const updatePerson = (personId: number, body: PersonRequest, version: number) =>
  request<Person>('PUT', `${apiRoot}/people/${id(personId)}`, { body, ifMatch: ifMatch(version) });
export const deletePerson = (personId: number, version: number) =>
  request<void>('DELETE', `${apiRoot}/people/${id(personId)}`, { ifMatch: ifMatch(version) });
/** Moves every place of `personId` (named by role only, read at `version`) to `namedPersonId`, and removes them. */
export const linkPerson = (personId: number, namedPersonId: number, version: number) =>
  request<LinkPersonResult>('POST', `${apiRoot}/people/${id(personId)}/link`, { body: { namedPersonId }, ifMatch: ifMatch(version) });

// Inspections (the plan form offers them to choose from)
export const listInspections = (signal?: AbortSignal) => request<Inspection[]>('GET', `${apiRoot}/inspections`, { signal });

// Rating scales
export const listScales = (signal?: AbortSignal) => request<Scale[]>('GET', `${apiRoot}/scales`, { signal });
export const getScale = (scaleId: number, signal?: AbortSignal) => request<Scale>('GET', `${apiRoot}/scales/${id(scaleId)}`, { signal });
export const createScale = (body: ScaleRequest) => request<Scale>('POST', `${apiRoot}/scales`, { body });
export const updateScale = (scaleId: number, body: ScaleRequest, version: number) =>
  request<Scale>('PUT', `${apiRoot}/scales/${id(scaleId)}`, { body, ifMatch: ifMatch(version) });
export const deleteScale = (scaleId: number, version: number) =>
  request<void>('DELETE', `${apiRoot}/scales/${id(scaleId)}`, { ifMatch: ifMatch(version) });

// Plans (the list is client.ts's listPlans)
export const getPlan = (planId: number, signal?: AbortSignal) => request<Plan>('GET', `${apiRoot}/plans/${id(planId)}`, { signal });
export const createPlan = (body: PlanRequest) => request<Plan>('POST', `${apiRoot}/plans`, { body });
export const updatePlan = (planId: number, body: PlanRequest, version: number) =>
  request<Plan>('PUT', `${apiRoot}/plans/${id(planId)}`, { body, ifMatch: ifMatch(version) });
export const deletePlan = (planId: number, version: number) =>
  request<void>('DELETE', `${apiRoot}/plans/${id(planId)}`, { ifMatch: ifMatch(version) });

// Reviews of one plan
const reviews = (planId: number) => `${apiRoot}/plans/${id(planId)}/reviews`;
export const listReviews = (planId: number, signal?: AbortSignal) => request<AdminReview[]>('GET', reviews(planId), { signal });
export const getReview = (planId: number, reviewId: number, signal?: AbortSignal) =>
  request<AdminReview>('GET', `${reviews(planId)}/${id(reviewId)}`, { signal });
export const createReview = (planId: number, body: ReviewRequest) => request<AdminReview>('POST', reviews(planId), { body });
export const updateReview = (planId: number, reviewId: number, body: ReviewRequest, version: number) =>
  request<AdminReview>('PUT', `${reviews(planId)}/${id(reviewId)}`, { body, ifMatch: ifMatch(version) });
export const deleteReview = (planId: number, reviewId: number, version: number) =>
  request<void>('DELETE', `${reviews(planId)}/${id(reviewId)}`, { ifMatch: ifMatch(version) });
