// An audit entry in words a board member reads: "Score for RAG 11/26 changed from 2 Started with some delay to 1 Not
// started", then who and when. The log keeps each thing as the API returned it before and after the change, so the
// sentence comes from comparing the two. DOM-free (item-audit.test.ts).

import type { AuditEntry } from '../api/items';
import { directionWords, formatDate, kindLabels } from './grid-rows';
import { levelWords } from './levels';

/** A readable change: what happened (one or more sentences) and who did it when. */
export interface ChangeWords {
  what: string[];
  /** "by Aisha Rahman, 12 November 2026 at 09:30" (UK time). */
  who: string;
}

// Fields every saved thing carries that say nothing to a reader.
const bookkeeping = new Set(['id', 'version', 'createdAt', 'updatedAt', 'updatedBy', 'planId', 'understood', 'deadline']);

// Item fields in a reader's words; anything not listed is split from its camelCase name.
const fieldWords: Record<string, string> = {
  text: 'text',
  title: 'title',
  description: 'description',
  number: 'number',
  code: 'code',
  deadlineText: 'deadline',
  leads: 'leads',
  owners: 'owners',
  lead: 'lead',
  leadId: 'lead',
  responsibleOfficer: 'responsible officer',
  responsibleOfficerId: 'responsible officer',
  priorityId: 'priority',
  recommendationId: 'recommendation',
  actionId: 'action',
  outcomeStatement: 'outcome statement',
  sourceReference: 'source reference',
  judgementArea: 'judgement area',
  sourceParagraphs: 'source paragraphs',
  sortOrder: 'place in the order',
  position: 'place in the order',
};

function words(field: string): string {
  return fieldWords[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function levelText(state: Record<string, unknown> | null): string {
  const level = state?.level;
  if (typeof level !== 'number') {
    const recorded = text(state?.recordedAs);
    return recorded ? `no score (“${recorded}”)` : 'no score';
  }
  // A label that is just the number is said once ("4", not "4 4").
  return levelWords(level, text(state?.levelLabel));
}

/** The names of the fields that differ between before and after, in a reader's words, without repeats. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const names: string[] = [];
  for (const key of keys) {
    if (bookkeeping.has(key) || /Name$|JobTitle$/.test(key)) continue;
    if (!same(before?.[key], after?.[key])) {
      const name = words(key);
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

function scoreSentences(entry: AuditEntry, reviewLabel: string): string[] {
  const { before, after } = entry;
  const where = `for ${reviewLabel}`;
  if (entry.change === 'create') {
    const sentences = [after?.level == null ? `No score recorded ${where}: ${levelText(after)}.` : `Score ${where} recorded as ${levelText(after)}.`];
    if (text(after?.narrative)) sentences.push('Progress update written.');
    if (text(after?.evidence)) sentences.push('Evidence of completion given; waiting for the board’s sign-off.');
    return sentences;
  }
  if (entry.change === 'delete') return [`Score ${where} removed (it was ${levelText(before)}).`];

  const sentences: string[] = [];
  if (!same(before?.level, after?.level)) sentences.push(`Score ${where} changed from ${levelText(before)} to ${levelText(after)}.`);
  else if (!same(before?.recordedAs, after?.recordedAs)) sentences.push(`Score ${where} now recorded as ${levelText(after)}.`);
  if (!same(before?.narrative, after?.narrative)) sentences.push(text(after?.narrative) ? `Progress update ${where} changed.` : `Progress update ${where} removed.`);
  if (!same(before?.narrativeDate, after?.narrativeDate) && same(before?.narrative, after?.narrative)) sentences.push(`Date of the update ${where} changed.`);
  if (!same(before?.evidence, after?.evidence)) sentences.push(text(after?.evidence) ? 'Evidence of completion given.' : 'Evidence of completion removed.');
  if (!same(before?.directionOverride, after?.directionOverride) || !same(before?.directionOverrideReason, after?.directionOverrideReason)) {
    const override = text(after?.directionOverride);
    const reason = text(after?.directionOverrideReason);
    sentences.push(override
      ? `Direction of travel ${where} overridden to “${directionWords(override).word}”${reason ? `, because “${reason}”` : ''}.`
      : `Direction-of-travel override ${where} withdrawn.`);
  }
  if (!same(before?.signOffStatus, after?.signOffStatus)) {
    const note = text(after?.signOffNote);
    switch (after?.signOffStatus) {
      case 'signedOff':
        sentences.push(`Completion ${where} signed off${note ? `: “${note}”` : ''}.`);
        break;
      case 'rejected':
        sentences.push(`Completion ${where} rejected${note ? `: “${note}”` : ''}.`);
        break;
      case 'pending':
        sentences.push('Marked complete; waiting for the board’s sign-off.');
        break;
      default:
        if (before?.signOffStatus) sentences.push('No longer marked complete, so no sign-off is needed.');
    }
  }
  return sentences.length > 0 ? sentences : [`Score ${where} saved with nothing changed.`];
}

// An entry of the item's running log: its text is what the board wants to see, quoted, with the date as written.
function updateSentences(entry: AuditEntry): string[] {
  const body = entry.after ?? entry.before;
  const quoted = text(body?.text) ? ` “${text(body?.text)}”` : '';
  const dated = text(body?.writtenOn) ? `, dated ${formatDate(text(body?.writtenOn))}` : ', undated';
  if (entry.change === 'create') return [`Update added to the log${dated}:${quoted}.`.replace(':.', '.')];
  if (entry.change === 'delete') return [`Update removed from the log:${quoted}.`.replace(':.', '.')];
  return [`Update in the log corrected${dated}:${quoted}.`.replace(':.', '.')];
}

function itemSentences(entry: AuditEntry): string[] {
  const kind = kindLabels[entry.entityType as keyof typeof kindLabels] ?? entry.entityType;
  if (entry.change === 'create') return [`${kind} added.`];
  if (entry.change === 'delete') return [`${kind} deleted.`];
  const fields = changedFields(entry.before, entry.after);
  if (fields.length === 0) return [`${kind} saved with nothing changed.`];
  const list = fields.length === 1 ? fields[0]! : `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
  return [`${kind}’s ${list} changed.`];
}

/** When a change was saved, as the UK reads it: "12 November 2026 at 09:30" in UK time. */
export function formatMoment(isoUtc: string): string {
  const date = new Date(isoUtc);
  if (Number.isNaN(date.getTime())) return isoUtc;
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/London' }).format(date);
  return `${day} at ${time}`;
}

/** The entry in words. `reviewLabels` names reviews by id, for score entries. */
export function describeChange(entry: AuditEntry, reviewLabels: ReadonlyMap<number, string>): ChangeWords {
  let what: string[];
  if (entry.entityType === 'update') {
    what = updateSentences(entry);
  } else if (entry.entityType === 'score') {
    const reviewId = (entry.after?.reviewId ?? entry.before?.reviewId) as number | undefined;
    const label = (reviewId !== undefined && reviewLabels.get(reviewId)) || 'a review since deleted';
    what = scoreSentences(entry, label);
  } else {
    what = itemSentences(entry);
  }
  return { what, who: `by ${entry.actor}, ${formatMoment(entry.occurredAt)}` };
}
