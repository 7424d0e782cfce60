// What the administration forms send and show: each form's values (as typed, so nothing is lost when the API says
// no) to and from the API's request and response shapes, GOV.UK-style dates in three fields, and the API's field
// names mapped onto the form's. DOM-free (admin-forms.test.ts).
//
// The API owns the rules (FluentValidation) and says the same to every client, so the forms send what was typed and
// show the API's messages. The one check made here is a date, because three boxes that do not make a date cannot be
// sent as one.

import type { Inspection, Person, PersonRequest, PlanRequest, ReviewRequest, User, AdminReview, CreateUserRequest, UpdateUserRequest } from '../api/admin';
import { ApiError, type Plan, type PlanStatus, type ScoreLevel } from '../api/client';
import type { FieldError } from '../api/problems';
import { formatDate } from './grid-rows';

/** Blank optional text is sent as null, so the API stores "none" rather than an empty string. */
export function optionalText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** A select's value as an id: "" (nothing chosen) is null. */
export function idOrNull(text: string): number | null {
  return /^[1-9][0-9]*$/.test(text) ? Number(text) : null;
}

// Dates: the GOV.UK date input pattern (day, month, year in separate boxes), which councils' staff know and which
// works with every keyboard and screen reader, unlike browsers' date pickers.

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateResult =
  | { ok: true; value: string | null }
  | { ok: false; message: string; part: keyof DateParts };

export const noDate: DateParts = { day: '', month: '', year: '' };

/** The three boxes for a yyyy-mm-dd date (or empty ones for none): "2026-03-04" is 4, 3, 2026 as a person writes it. */
export function datePartsFrom(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return { ...noDate };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

/**
 * The date three boxes make, as yyyy-mm-dd; null when all are empty. `what` starts the messages
 * ("The date of the review"), which follow the GOV.UK date input's error messages.
 */
export function dateFromParts(parts: DateParts, what: string): DateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { ok: true, value: null };

  const missing = (['day', 'month', 'year'] as const).filter((p) => ({ day, month, year })[p] === '');
  if (missing.length > 0) {
    const words = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)!}`;
    return { ok: false, message: `${what} must include a ${words}.`, part: missing[0]! };
  }
  if (!/^\d{1,2}$/.test(day)) return { ok: false, message: `${what} must be a real date.`, part: 'day' };
  if (!/^\d{1,2}$/.test(month)) return { ok: false, message: `${what} must be a real date.`, part: 'month' };
  if (!/^\d{4}$/.test(year)) return { ok: false, message: `${what} must have a year with 4 numbers, like 2026.`, part: 'year' };

  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (m < 1 || m > 12) return { ok: false, message: `${what} must be a real date.`, part: 'month' };
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return { ok: false, message: `${what} must be a real date.`, part: 'day' };
  return { ok: true, value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** A form's request, or the errors that stop it being sent. */
export type Prepared<T> = { ok: true; request: T } | { ok: false; errors: FieldError[] };

// Accounts

export interface UserForm {
  username: string;
  displayName: string;
  role: string;
  personId: string;
  password: string;
  isDisabled: boolean;
}

export function userFormFrom(user?: User): UserForm {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    // No role is chosen for a new account: a preselected radio is easy to leave by mistake (GOV.UK's advice).
    role: user?.role ?? '',
    personId: user?.personId ? String(user.personId) : '',
    password: '',
    isDisabled: user?.isDisabled ?? false,
  };
}

export function createUserRequest(form: UserForm): CreateUserRequest {
  return {
    username: form.username.trim(),
    displayName: form.displayName.trim(),
    role: form.role,
    personId: idOrNull(form.personId),
    // Passwords are sent exactly as typed: a space at either end is part of it.
    password: form.password,
  };
}

export function updateUserRequest(form: UserForm): UpdateUserRequest {
  return { displayName: form.displayName.trim(), role: form.role, personId: idOrNull(form.personId), isDisabled: form.isDisabled };
}

// People

export interface PersonForm {
  name: string;
  jobTitle: string;
  email: string;
}

export function personFormFrom(person?: Person): PersonForm {
  return { name: person?.name ?? '', jobTitle: person?.jobTitle ?? '', email: person?.email ?? '' };
}

/**
 * A blank name is sent as none: plans name people by role only ("Head of Service"), and the API then needs the job title
 * (it says so at the name when both are blank).
 */
export function personRequest(form: PersonForm): PersonRequest {
  return { name: optionalText(form.name), jobTitle: optionalText(form.jobTitle), email: optionalText(form.email) };
}

/** The person chosen to link a role-only person to: an id, or 0 when none was chosen (the API asks for one at the field). */
export function namedPersonId(text: string): number {
  return idOrNull(text) ?? 0;
}

/**
 * The people a role-only person can be linked to: everyone else with a name, in the list's order. Someone named by role
 * only cannot take over another's places (the API refuses it), so they are not offered.
 */
export function linkCandidates(people: readonly Person[], personId: number): Person[] {
  return people.filter((p) => p.id !== personId && !p.roleOnly);
}

/** A person as a choice in a list: "Dana Whitfield, Head of Service". */
export function personChoiceText(person: Pick<Person, 'displayName' | 'name' | 'jobTitle'>): string {
  return person.name && person.jobTitle ? `${person.displayName}, ${person.jobTitle}` : person.displayName;
}

/**
 * What linking did, for the success message: "Head of Service is now Dana Whitfield: 3 items they led or owned and
 * 1 account moved." (the API counts each item once, however many places the person held on it).
 */
export function linkedMessage(from: string, to: string, itemsMoved: number, accountsMoved: number): string {
  const items = `${itemsMoved} ${itemsMoved === 1 ? 'item' : 'items'} they led or owned`;
  const accounts = accountsMoved > 0 ? ` and ${accountsMoved} ${accountsMoved === 1 ? 'account' : 'accounts'}` : '';
  return `${from} is now ${to}: ${items}${accounts} moved.`;
}

// Plans

export interface PlanForm {
  title: string;
  sourceType: string;
  sourceReportDate: DateParts;
  overallJudgement: string;
  planVersion: string;
  status: string;
  scaleId: string;
  groupedByPriority: boolean;
  scoreLevel: string;
  /** The inspection the plan answers, as the select's value: "" for none. */
  inspectionId: string;
  /** The date the plan's header gives beside its version. */
  planDate: DateParts;
  /** What the plan calls its people columns ("Assigned lead", "Responsible officer"); blank means the tracker's words. */
  leadHeading: string;
  ownerHeading: string;
}

export function planFormFrom(plan?: Plan): PlanForm {
  return {
    title: plan?.title ?? '',
    sourceType: plan?.sourceType ?? '',
    sourceReportDate: datePartsFrom(plan?.sourceReportDate),
    overallJudgement: plan?.overallJudgement ?? '',
    planVersion: plan?.planVersion ?? '',
    // A new plan starts as a draft, as the API's default: nobody scores it until someone makes it active.
    status: plan?.status ?? 'draft',
    scaleId: plan ? String(plan.scaleId) : '',
    groupedByPriority: plan?.groupedByPriority ?? false,
    scoreLevel: plan?.scoreLevel ?? '',
    inspectionId: plan?.inspectionId ? String(plan.inspectionId) : '',
    planDate: datePartsFrom(plan?.planDate),
    leadHeading: plan?.leadHeading ?? '',
    ownerHeading: plan?.ownerHeading ?? '',
  };
}

export function planRequest(form: PlanForm): Prepared<PlanRequest> {
  const date = dateFromParts(form.sourceReportDate, 'The report date');
  const planDate = dateFromParts(form.planDate, 'The date of this version');
  const errors: FieldError[] = [];
  if (!date.ok) errors.push({ field: 'sourceReportDate', message: date.message });
  if (!planDate.ok) errors.push({ field: 'planDate', message: planDate.message });
  if (!date.ok || !planDate.ok) return { ok: false, errors };
  return {
    ok: true,
    request: {
      title: form.title.trim(),
      sourceType: form.sourceType.trim(),
      sourceReportDate: date.value,
      overallJudgement: optionalText(form.overallJudgement),
      planVersion: optionalText(form.planVersion),
      status: form.status as PlanStatus,
      // 0 is no scale: the API answers "Choose the plan's rating scale." at the field.
      scaleId: idOrNull(form.scaleId) ?? 0,
      groupedByPriority: form.groupedByPriority,
      scoreLevel: form.scoreLevel as ScoreLevel,
      // None chosen is null: a plan need not answer an inspection held in the tracker.
      inspectionId: idOrNull(form.inspectionId),
      planDate: planDate.value,
      leadHeading: optionalText(form.leadHeading),
      ownerHeading: optionalText(form.ownerHeading),
    },
  };
}

/** An inspection as a choice for a plan: "Ofsted ILACS: Children's services inspection, published 14 March 2026". */
export function inspectionChoiceText(inspection: Pick<Inspection, 'inspectorate' | 'kind' | 'title' | 'publishedOn'>): string {
  const what = [inspection.inspectorate, inspection.kind].filter((t) => t && t.trim() !== '').join(' ');
  const title = inspection.title?.trim() ? `: ${inspection.title.trim()}` : '';
  const published = inspection.publishedOn ? `, published ${formatDate(inspection.publishedOn)}` : '';
  return `${what}${title}${published}`;
}

// Reviews

export interface ReviewForm {
  label: string;
  reviewDate: DateParts;
  reviewer: string;
  status: string;
  updatesDueBy: DateParts;
  /** Its score column, counting from 1 at the left, as typed; blank places a new review by its date. */
  position: string;
}

export function reviewFormFrom(review?: AdminReview): ReviewForm {
  return {
    label: review?.label ?? '',
    reviewDate: datePartsFrom(review?.reviewDate),
    reviewer: review?.reviewer ?? '',
    status: review?.status === 'closed' ? 'closed' : 'open',
    updatesDueBy: datePartsFrom(review?.updatesDueBy),
    position: review ? String(review.position) : '',
  };
}

export function reviewRequest(form: ReviewForm): Prepared<ReviewRequest> {
  const date = dateFromParts(form.reviewDate, 'The date of the review');
  const due = dateFromParts(form.updatesDueBy, 'The date updates are due by');
  const errors: FieldError[] = [];
  if (!date.ok) errors.push({ field: 'reviewDate', message: date.message });
  if (!due.ok) errors.push({ field: 'updatesDueBy', message: due.message });
  const position = form.position.trim();
  // A column that is not a whole number cannot be sent as one; the API judges the number itself (from 1).
  if (position !== '' && !/^\d{1,9}$/.test(position)) errors.push({ field: 'position', message: 'Enter the column as a whole number, like 2, or leave it blank.' });
  if (!date.ok || !due.ok || errors.length > 0) return { ok: false, errors };
  const request: ReviewRequest = {
    label: form.label.trim(),
    // A review may be known only by its column label ("RAG 03/18"): no date is no date, never today's.
    reviewDate: date.value,
    reviewer: optionalText(form.reviewer),
    status: form.status === 'closed' ? 'closed' : 'open',
    updatesDueBy: due.value,
  };
  if (position !== '') request.position = Number(position);
  return { ok: true, request };
}

/** The same review with its status changed: the list's "Close" and "Open" buttons send everything else unchanged. */
export function reviewWithStatus(review: AdminReview, status: 'open' | 'closed'): ReviewRequest {
  // A PUT replaces the review, so whatever it does not send is cleared: "updates due by" goes back as it was.
  return { label: review.label, reviewDate: review.reviewDate, reviewer: review.reviewer, status, updatesDueBy: review.updatesDueBy };
}

/**
 * The same review moved one column earlier (-1) or later (+1): the list's move buttons. Null when it cannot move that
 * way (the first column cannot go earlier, nor the last later).
 */
export function reviewMoved(review: AdminReview, by: -1 | 1, count: number): ReviewRequest | null {
  const position = review.position + by;
  if (position < 1 || position > count) return null;
  return { ...reviewWithStatus(review, review.status === 'closed' ? 'closed' : 'open'), position };
}

/** Where a review now sits, for the list's live region: "RAG 03/18 is now column 1 of 3, before RAG 01/18." */
export function reviewPlaceText(reviews: readonly Pick<AdminReview, 'id' | 'label'>[], reviewId: number): string {
  const index = reviews.findIndex((r) => r.id === reviewId);
  if (index < 0) return '';
  const review = reviews[index]!;
  const next = reviews[index + 1];
  const previous = reviews[index - 1];
  const neighbour = next ? `, before ${next.label}` : previous ? `, after ${previous.label}` : '';
  return `${review.label} is now column ${index + 1} of ${reviews.length}${neighbour}.`;
}

// Errors

/** True for the API's 412: the thing was changed by someone else after this page read it. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** What a person is told on a 412; `what` is the thing ("This plan"). */
export function staleMessage(what: string): string {
  return `${what} has been changed by someone else since you opened this page, so your changes have not been saved. Reload to see their version, then make your changes again.`;
}

/**
 * The same error with the API's field names renamed to the form's (e.g. "levels[1].label" to "levels.1.label"), so
 * formErrors can match them; anything that is not an API problem passes through untouched.
 */
export function renameFields(error: unknown, rename: (name: string, reason: string) => string): unknown {
  if (!(error instanceof ApiError) || !error.problem?.errors) return error;
  const errors = error.problem.errors.map((e) => ({ name: rename(e.name, e.reason), reason: e.reason }));
  return new ApiError(error.status, { ...error.problem, errors }, error.retryAfterSeconds);
}
