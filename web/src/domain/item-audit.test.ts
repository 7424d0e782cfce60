import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../api/items';
import { changedFields, describeChange, formatMoment } from './item-audit';

const reviews = new Map([[3, 'RAG 11/26']]);

function entry(entityType: string, change: AuditEntry['change'], before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditEntry {
  return { id: 1, occurredAt: '2026-11-12T10:05:00.000Z', actor: 'Aisha Rahman', entityType, entityId: 9, planId: 1, change, before, after };
}

const amber = { reviewId: 3, level: 2, levelLabel: 'Amber', narrative: 'Slipping', signOffStatus: null, version: 1 };

describe('describeChange for scores', () => {
  it('says a level changed, from what to what, by whom and when in UK time', () => {
    const words = describeChange(entry('score', 'update', amber, { ...amber, level: 1, levelLabel: 'Green', version: 2 }), reviews);
    expect(words.what).toEqual(['Score for RAG 11/26 changed from 2 Amber to 1 Green.']);
    expect(words.who).toBe('by Aisha Rahman, 12 November 2026 at 10:05');
  });

  it('says when a score was first recorded, and an explicit no score with what the sheet said', () => {
    expect(describeChange(entry('score', 'create', null, amber), reviews).what).toEqual(['Score for RAG 11/26 recorded as 2 Amber.', 'Progress update written.']);
    expect(describeChange(entry('score', 'create', null, { reviewId: 3, level: null, recordedAs: 'update not available' }), reviews).what)
      .toEqual(['No score recorded for RAG 11/26: no score (“update not available”).']);
  });

  it('names overrides, sign-off decisions with their notes, and removals', () => {
    const overridden = describeChange(entry('score', 'update', amber, { ...amber, directionOverride: 'improving', directionOverrideReason: 'Feels better' }), reviews);
    expect(overridden.what).toEqual(['Direction of travel for RAG 11/26 overridden to “Improving”, because “Feels better”.']);
    const pending = { ...amber, level: 4, levelLabel: 'Complete', signOffStatus: 'pending' };
    expect(describeChange(entry('score', 'update', pending, { ...pending, signOffStatus: 'signedOff', signOffNote: 'Audit seen' }), reviews).what)
      .toEqual(['Completion for RAG 11/26 signed off: “Audit seen”.']);
    expect(describeChange(entry('score', 'update', pending, { ...pending, signOffStatus: 'rejected', signOffNote: 'No audit' }), reviews).what)
      .toEqual(['Completion for RAG 11/26 rejected: “No audit”.']);
    expect(describeChange(entry('score', 'delete', amber, null), reviews).what).toEqual(['Score for RAG 11/26 removed (it was 2 Amber).']);
  });

  it('names a review that no longer exists as such rather than by a number', () => {
    expect(describeChange(entry('score', 'create', null, { ...amber, reviewId: 99, narrative: null }), reviews).what)
      .toEqual(['Score for a review since deleted recorded as 2 Amber.']);
  });

  it('lists several changes to one score as several sentences', () => {
    const words = describeChange(entry('score', 'update', amber, { ...amber, level: 3, levelLabel: 'Red', narrative: 'Worse' }), reviews);
    expect(words.what).toEqual(['Score for RAG 11/26 changed from 2 Amber to 3 Red.', 'Progress update for RAG 11/26 changed.']);
  });
});

describe('describeChange for items', () => {
  it('says an item was added, changed (naming the fields in words) or deleted', () => {
    const before = { id: 9, text: 'Old', deadlineText: 'Mar-27', deadline: { text: 'Mar-27' }, leads: [], version: 1, updatedAt: 'a' };
    const after = { id: 9, text: 'New', deadlineText: 'Apr-27', deadline: { text: 'Apr-27' }, leads: [{ id: 1 }], version: 2, updatedAt: 'b' };
    expect(describeChange(entry('measure', 'create', null, after), reviews).what).toEqual(['Success measure added.']);
    expect(describeChange(entry('recommendation', 'update', before, after), reviews).what).toEqual(['Recommendation’s text, deadline and leads changed.']);
    expect(describeChange(entry('action', 'delete', before, null), reviews).what).toEqual(['Action deleted.']);
  });
});

describe('changedFields', () => {
  it('ignores bookkeeping and splits unknown names into words', () => {
    expect(changedFields({ version: 1, updatedAt: 'x', judgementArea: 'a', somethingNew: 1 }, { version: 2, updatedAt: 'y', judgementArea: 'b', somethingNew: 2 }))
      .toEqual(['judgement area', 'something new']);
  });
});

describe('formatMoment', () => {
  it('shows summer times in British Summer Time', () => {
    expect(formatMoment('2026-07-01T08:00:00.000Z')).toBe('1 July 2026 at 09:00');
  });
  it('leaves text it cannot read alone', () => {
    expect(formatMoment('yesterday')).toBe('yesterday');
  });
});

describe('describeChange for the update log', () => {
  const note = { itemType: 'action', itemId: 4, writtenOn: '2026-10-15', text: 'Panel agreed the audit tool.', version: 1 };
  it.each([
    ['create', null, note, 'Update added to the log, dated 15 October 2026: “Panel agreed the audit tool.”.'],
    ['update', note, { ...note, writtenOn: null, version: 2 }, 'Update in the log corrected, undated: “Panel agreed the audit tool.”.'],
    ['delete', note, null, 'Update removed from the log: “Panel agreed the audit tool.”.'],
  ] as const)('words a %s of a log entry with its text and date as written', (change, before, after, words) => {
    expect(describeChange(entry('update', change, before, after), reviews).what).toEqual([words]);
  });
});
