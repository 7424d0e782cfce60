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
  /** yyyy-mm-dd, on or before the review date; null for none. */
  updatesDueBy: string | null;
  /** Its score column, from 1; left out (undefined) to place a new review by its date and to keep a changed one's place. */
  position?: number;
}

/** An inspection as its report printed it: the inspectorate's words kept exactly, judgements per area, the plans answering it. */
export interface Inspection {
  id: number;
  inspectorate: string;
  kind: string | null;
  title: string | null;
  /** yyyy-mm-dd */
  startedOn: string | null;
  endedOn: string | null;
  publishedOn: string | null;
  overallJudgement: string | null;
  /** Its value on the inspectorate's own scale; 0 is a judgement (HMIP's 0 Inadequate), not "no score". */
  overallLevel: number | null;
  judgementScaleId: number | null;
  judgementScaleName: string | null;
  reportReference: string | null;
  judgements: Judgement[];
  plans: { id: number; title: string }[];
  version: number;
}

/** A judgement per area (or per HMIP key question), as printed. */
export interface Judgement {
  area: string;
  judgement: string | null;
  level: number | null;
  /** A score as printed, e.g. "26/36". */
  scoreText: string | null;
  percentage: number | null;
}

export interface InspectionRequest {
  inspectorate: string;
  kind: string | null;
  title: string | null;
  startedOn: string | null;
  endedOn: string | null;
  publishedOn: string | null;
  overallJudgement: string | null;
  overallLevel: number | null;
  judgementScaleId: number | null;
  reportReference: string | null;
  /** In the report's order; an update replaces the list. */
  judgements: Judgement[];
}

/** A plan item linked to a report recommendation, from any plan that answers the inspection. */
export interface LinkedItem {
  kind: 'recommendation' | 'action' | 'priority' | string;
  itemId: number;
  planId: number;
  planTitle: string;
  /** The item's own number as the plan prints it ("7 (14)"), an action's code or a priority's number. */
  itemNumber: string;
  itemText: string;
  note: string | null;
}

/** One of the report's numbered recommendations, as printed, with the plan items that answer it. */
export interface InspectionRecommendation {
  id: number;
  inspectionId: number;
  number: string | null;
  text: string;
  /** The body it is addressed to: "the local authority", "the safeguarding partnership". */
  addressee: string | null;
  /** The report paragraphs it is drawn from: "12, 31". */
  paragraphs: string | null;
  sortOrder: number;
  links: LinkedItem[];
  version: number;
}

export interface InspectionRecommendationRequest {
  number: string | null;
  text: string;
  addressee: string | null;
  paragraphs: string | null;
}

export interface LinkRequest {
  kind: 'recommendation' | 'action' | 'priority';
  itemId: number;
  note: string | null;
}

/** Which of the report's recommendations the plans answer, and the gaps no plan item answers. */
export interface Coverage {
  recommendations: { id: number; number: string | null; text: string; addressee: string | null; paragraphs: string | null; links: LinkedItem[] }[];
  gaps: { id: number; number: string | null; text: string; addressee: string | null; paragraphs: string | null }[];
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
/** Signs the account out of every browser; its API tokens go on working. Nothing on the account changes, so no If-Match. */
export const endUserSessions = (userId: number) => request<void>('DELETE', `${apiRoot}/users/${id(userId)}/sessions`);

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

// Inspections, their report recommendations, the plan items that answer those, and the coverage
const inspections = `${apiRoot}/inspections`;
export const listInspections = (signal?: AbortSignal) => request<Inspection[]>('GET', inspections, { signal });
export const getInspection = (inspectionId: number, signal?: AbortSignal) => request<Inspection>('GET', `${inspections}/${id(inspectionId)}`, { signal });
export const createInspection = (body: InspectionRequest) => request<Inspection>('POST', inspections, { body });
export const updateInspection = (inspectionId: number, body: InspectionRequest, version: number) =>
  request<Inspection>('PUT', `${inspections}/${id(inspectionId)}`, { body, ifMatch: ifMatch(version) });
export const deleteInspection = (inspectionId: number, version: number) =>
  request<void>('DELETE', `${inspections}/${id(inspectionId)}`, { ifMatch: ifMatch(version) });
const reportRecommendations = (inspectionId: number) => `${inspections}/${id(inspectionId)}/recommendations`;
export const listInspectionRecommendations = (inspectionId: number, signal?: AbortSignal) =>
  request<InspectionRecommendation[]>('GET', reportRecommendations(inspectionId), { signal });
export const getInspectionRecommendation = (inspectionId: number, recommendationId: number, signal?: AbortSignal) =>
  request<InspectionRecommendation>('GET', `${reportRecommendations(inspectionId)}/${id(recommendationId)}`, { signal });
export const createInspectionRecommendation = (inspectionId: number, body: InspectionRecommendationRequest) =>
  request<InspectionRecommendation>('POST', reportRecommendations(inspectionId), { body });
export const updateInspectionRecommendation = (inspectionId: number, recommendationId: number, body: InspectionRecommendationRequest, version: number) =>
  request<InspectionRecommendation>('PUT', `${reportRecommendations(inspectionId)}/${id(recommendationId)}`, { body, ifMatch: ifMatch(version) });
export const deleteInspectionRecommendation = (inspectionId: number, recommendationId: number, version: number) =>
  request<void>('DELETE', `${reportRecommendations(inspectionId)}/${id(recommendationId)}`, { ifMatch: ifMatch(version) });
/** Replaces the list of plan items that answer one report recommendation. */
export const replaceLinks = (inspectionId: number, recommendationId: number, links: LinkRequest[], version: number) =>
  request<InspectionRecommendation>('PUT', `${reportRecommendations(inspectionId)}/${id(recommendationId)}/links`, { body: { links }, ifMatch: ifMatch(version) });
export const getCoverage = (inspectionId: number, signal?: AbortSignal) => request<Coverage>('GET', `${inspections}/${id(inspectionId)}/coverage`, { signal });

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
