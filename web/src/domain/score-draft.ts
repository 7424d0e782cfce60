// What a person has typed into a score form, and how it becomes a save. DOM-free (score-draft.test.ts), shared by the
// score form, the conflict view and the merge.

import type { GridLevel } from '../api/client';
import type { SaveScoreBody, ScoreResponse } from '../api/scores';
import { formatDate } from './grid-rows';

/** The form's values as typed: text is kept exactly, so nothing a person wrote is ever trimmed away before they save. */
export interface ScoreDraft {
  level: number | null;
  narrative: string;
  /** yyyy-mm-dd, or '' */
  narrativeDate: string;
  evidence: string;
}

/**
 * The form's starting values: the stored score, or an empty update dated `today` (yyyy-mm-dd). The API never dates an
 * update itself, so a new update is dated today here, explicitly; a stored update that was undated stays undated.
 */
export function draftFromScore(score: ScoreResponse | null, today: string): ScoreDraft {
  return {
    level: score?.level ?? null,
    narrative: score?.narrative ?? '',
    narrativeDate: score?.narrativeDate ?? (score?.narrative ? '' : today),
    evidence: score?.evidence ?? '',
  };
}

/**
 * The update's date while it is typed, for a person who has not chosen a date themselves: the stored update keeps its
 * date, but once the text differs from it (a new update, or last review's copied and edited) it is dated `today`, not
 * the previous update's date that pre-filled the field.
 */
export function dateWhileTyping(start: ScoreDraft, narrative: string, today: string): string {
  return narrative.trim() === start.narrative.trim() ? start.narrativeDate : today;
}

/** True when `level` is one the scale says means complete (it needs evidence and the board's sign-off). */
export function meansComplete(levels: readonly GridLevel[], level: number | null): boolean {
  return level !== null && levels.some((l) => l.value === level && l.meansComplete);
}

/** The body of the save. Evidence goes only with a complete level: the API keeps none for the others. */
export function saveBody(draft: ScoreDraft, levels: readonly GridLevel[]): SaveScoreBody {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    level: draft.level,
    narrative: text(draft.narrative),
    narrativeDate: text(draft.narrativeDate),
    evidence: meansComplete(levels, draft.level) ? text(draft.evidence) : null,
  };
}

/** "09:30": the time of an API timestamp (UTC ISO 8601) on the person's clock, or in `timeZone`. */
export function timeOfDay(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** "09:30 on 23 November 2026": when a score was saved, for "Saved by … at …". */
export function savedAtWords(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(date);
  return `${timeOfDay(iso, timeZone)} on ${formatDate(day)}`;
}

/** What the form says once a save has worked: the time, and what happens next to a claim of completion. */
export function savedMessage(score: ScoreResponse, timeZone?: string): string {
  const when = `Saved at ${timeOfDay(score.updatedAt, timeZone)}`;
  if (score.signOffStatus === 'pending') return `${when} — pending sign-off by the board.`;
  if (score.signOffStatus === 'signedOff') return `${when} — signed off.`;
  return `${when}.`;
}
