import { describe, expect, it } from 'vitest';
import type { GridLevel } from '../api/client';
import type { ScoreResponse } from '../api/scores';
import { dateWhileTyping, draftFromScore, meansComplete, savedAtWords, saveBody, savedMessage, timeOfDay } from './score-draft';

const levels: GridLevel[] = [
  { value: 1, label: 'Not started', meaning: null, colour: '#d4351c', meansComplete: false },
  { value: 3, label: 'On track', meaning: null, colour: '#92d050', meansComplete: false },
  { value: 4, label: 'Complete', meaning: null, colour: '#1d70b8', meansComplete: true },
];

function score(overrides: Partial<ScoreResponse> = {}): ScoreResponse {
  return {
    id: 1, reviewId: 2, itemType: 'measure', itemId: 3, level: 3, levelLabel: 'On track', levelColour: '#92d050', meansComplete: false,
    recordedAs: null, narrative: 'Audit done.', narrativeDate: '2026-11-18', evidence: null, signOffStatus: null, signOffBy: null,
    signOffAt: null, signOffNote: null, updatedBy: 'Aisha Rahman', updatedAt: '2026-11-23T09:30:00.000Z', version: 4, ...overrides,
  };
}

describe('draftFromScore', () => {
  it('starts from the stored score', () => {
    expect(draftFromScore(score(), '2026-11-23')).toEqual({ level: 3, narrative: 'Audit done.', narrativeDate: '2026-11-18', evidence: '' });
  });
  it('starts an item with no score empty, dated today', () => {
    expect(draftFromScore(null, '2026-11-23')).toEqual({ level: null, narrative: '', narrativeDate: '2026-11-23', evidence: '' });
  });
  it('dates a new update on a stored score without one today', () => {
    expect(draftFromScore(score({ narrative: null, narrativeDate: null }), '2026-11-23').narrativeDate).toBe('2026-11-23');
  });
  it('leaves a stored update that was undated undated, so saving it again does not date it today', () => {
    expect(draftFromScore(score({ narrative: 'Copied from the March board papers.', narrativeDate: null }), '2026-11-23').narrativeDate).toBe('');
  });
});

describe('saveBody', () => {
  it.each([
    [{ level: 3, narrative: '  Audit done. ', narrativeDate: '2026-11-20', evidence: 'left over' }, { level: 3, narrative: 'Audit done.', narrativeDate: '2026-11-20', evidence: null }],
    [{ level: 4, narrative: 'Done', narrativeDate: '', evidence: ' https://intranet/audit ' }, { level: 4, narrative: 'Done', narrativeDate: null, evidence: 'https://intranet/audit' }],
    [{ level: 4, narrative: '   ', narrativeDate: '2026-11-20', evidence: '  ' }, { level: 4, narrative: null, narrativeDate: '2026-11-20', evidence: null }],
    [{ level: null, narrative: '', narrativeDate: '', evidence: '' }, { level: null, narrative: null, narrativeDate: null, evidence: null }],
  ])('%o is sent as %o', (draft, body) => {
    expect(saveBody(draft, levels)).toEqual(body);
  });
});

describe('meansComplete', () => {
  it.each([
    [4, true],
    [3, false],
    [null, false],
    [9, false],
  ])('level %s: %s', (level, expected) => {
    expect(meansComplete(levels, level)).toBe(expected);
  });
});

describe('times', () => {
  it('says the time on the UK clock, GMT in winter and BST in summer', () => {
    expect(timeOfDay('2026-11-23T09:30:00.000Z', 'Europe/London')).toBe('09:30');
    expect(timeOfDay('2026-07-01T09:30:00.000Z', 'Europe/London')).toBe('10:30');
  });
  it('says the day too, for a save by someone else', () => {
    expect(savedAtWords('2026-11-23T23:30:00.000Z', 'Europe/London')).toBe('23:30 on 23 November 2026');
    expect(savedAtWords('2026-06-30T23:30:00.000Z', 'Europe/London')).toBe('00:30 on 1 July 2026');
  });
  it('keeps text it cannot read', () => {
    expect(timeOfDay('soon')).toBe('soon');
  });
});

describe('savedMessage', () => {
  it.each([
    [null, 'Saved at 09:30.'],
    ['pending', 'Saved at 09:30 — pending sign-off by the board.'],
    ['signedOff', 'Saved at 09:30 — signed off.'],
  ] as const)('sign-off %s: %s', (signOffStatus, message) => {
    expect(savedMessage(score({ signOffStatus }), 'Europe/London')).toBe(message);
  });
});

describe('dateWhileTyping', () => {
  const stored = { level: 3, narrative: 'Audit planned.', narrativeDate: '2026-10-28', evidence: '' };
  it.each([
    ['the stored text keeps its date', stored, 'Audit planned.', '2026-10-28'],
    ['white space alone is not a new update', stored, '  Audit planned.\n', '2026-10-28'],
    ['a changed text is a new update, dated today', stored, 'Audit planned. 27 of 30 done.', '2026-11-23'],
    ['an emptied text is dated today too', stored, '', '2026-11-23'],
    ['a form that started empty stays on today', { level: null, narrative: '', narrativeDate: '2026-11-23', evidence: '' }, 'New', '2026-11-23'],
    ['a stored update without a date stays undated while unchanged', { ...stored, narrativeDate: '' }, 'Audit planned.', ''],
  ])('%s', (_, start, narrative, expected) => {
    expect(dateWhileTyping(start, narrative, '2026-11-23')).toBe(expected);
  });
});
