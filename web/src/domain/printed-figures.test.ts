import { describe, expect, it } from 'vitest';
import type { PrintedFigure } from '../api/printed-figures';
import {
  averageFormFrom, averageRequest, averageText, figureKinds, figuresViewFor, kindNeedsLevel, kindWords, levelChoiceWords, printedFigureFormFrom, printedFigureRequest,
  scopeWords, verdictWords,
} from './printed-figures';

const figure: PrintedFigure = {
  id: 5, planId: 1, reviewId: 3, priorityId: 8, kind: 'countAtLevel', level: 5, label: 'COMPLETED', valueText: '6', value: 6,
  claims: 'actions completed', source: 'Board report, November 2026, p.4', recordedBy: 'Bola Adeyemi', recordedAt: '2026-11-23T09:30:00Z', version: 2,
};

describe('the kinds of figure', () => {
  it('are the five the API knows, two of them needing a level', () => {
    expect(figureKinds.map((k) => k.value)).toEqual(['countAtLevel', 'percentageAtLevel', 'scoredItemCount', 'itemCount', 'other']);
    expect(figureKinds.filter((k) => kindNeedsLevel(k.value)).map((k) => k.value)).toEqual(['countAtLevel', 'percentageAtLevel']);
    expect(kindWords('percentageAtLevel')).toBe('A percentage of items at a level');
    expect(kindWords('somethingNew')).toBe('somethingNew');
  });
});

describe('verdictWords', () => {
  it.each([
    ['agrees', 'Agrees with the scores', 'active'],
    ['disagrees', 'Disagrees with the scores', 'warning'],
    ['cannotCheck', 'Cannot be checked', 'confirm'],
    [undefined, 'Not checked', 'confirm'],
  ])('%s is “%s”', (verdict, text, tag) => {
    expect(verdictWords(verdict)).toEqual({ text, tag });
  });
});

describe('the printed figure’s form', () => {
  it('starts from the figure as stored', () => {
    expect(printedFigureFormFrom(figure)).toEqual({
      reviewId: '3', priorityId: '8', kind: 'countAtLevel', level: '5', label: 'COMPLETED', valueText: '6', claims: 'actions completed',
      source: 'Board report, November 2026, p.4',
    });
  });
  it('starts a new figure at the review shown, for the whole plan', () => {
    expect(printedFigureFormFrom(null, 3)).toEqual({ reviewId: '3', priorityId: '', kind: '', level: '', label: '', valueText: '', claims: '', source: '' });
    expect(printedFigureFormFrom({ ...figure, reviewId: null, priorityId: null, level: null }).reviewId).toBe('');
  });
  it('sends what was typed, reading the value from the text on the server', () => {
    expect(printedFigureRequest(printedFigureFormFrom(figure))).toEqual({
      reviewId: 3, priorityId: 8, kind: 'countAtLevel', level: 5, label: 'COMPLETED', valueText: '6', claims: 'actions completed',
      source: 'Board report, November 2026, p.4',
    });
  });
  it('sends blanks as none, and a level only with a kind that counts one', () => {
    const form = { ...printedFigureFormFrom(figure), kind: 'scoredItemCount', priorityId: '', reviewId: '', claims: '  ', source: '' };
    expect(printedFigureRequest(form)).toEqual({ reviewId: null, priorityId: null, kind: 'scoredItemCount', level: null, label: 'COMPLETED', valueText: '6', claims: null, source: null });
    expect(printedFigureRequest({ ...form, kind: 'percentageAtLevel', level: '' }).level).toBeNull();
    expect(printedFigureRequest({ ...form, kind: 'percentageAtLevel', level: '0' }).level).toBe(0);
  });
  it('names a level in words', () => {
    const levels = [{ value: 0, label: 'Inadequate', meaning: null, colour: null, meansComplete: false }, { value: 4, label: '4', meaning: null, colour: null, meansComplete: true }];
    expect(levelChoiceWords(levels, 0)).toBe('0 Inadequate');
    expect(levelChoiceWords(levels, 4)).toBe('4');
    expect(levelChoiceWords(levels, null)).toBeNull();
  });
});

describe('the printed average’s form', () => {
  it('round-trips an average', () => {
    const average = { id: 2, reviewId: 3, priorityId: null, value: 2.8, source: 'Board report', recordedBy: 'x', recordedAt: '', version: 1 };
    expect(averageFormFrom(average)).toEqual({ priorityId: '', value: '2.8', source: 'Board report' });
    expect(averageRequest(averageFormFrom(average))).toEqual({ ok: true, request: { priorityId: null, value: 2.8, source: 'Board report' } });
  });
  it.each([
    ['3.3', 3.3],
    [' 3 ', 3],
    ['2,8', 2.8],
    ['.5', 0.5],
    ['', null],
  ])('reads “%s” as %s', (typed, value) => {
    const prepared = averageRequest({ priorityId: '4', value: typed, source: '' });
    expect(prepared).toEqual({ ok: true, request: { priorityId: 4, value, source: null } });
  });
  it.each(['2.8 (3.0)', 'about 3', '1.2.3'])('refuses “%s”, which is no number', (typed) => {
    expect(averageRequest({ priorityId: '', value: typed, source: '' })).toEqual({
      ok: false, errors: [{ field: 'value', message: 'Enter the figure as a number, as it was printed, for example 2.8.' }],
    });
  });
});

describe('scopeWords and averageText', () => {
  const priorities = [{ id: 8, number: '2', text: 'Children in care' }, { id: 9, number: null, text: 'Leadership' }];
  it.each([
    [null, 'The whole plan'],
    [8, 'Priority 2: Children in care'],
    [9, 'Unnumbered priority: Leadership'],
    [10, 'Priority (id 10)'],
  ])('priority %s is “%s”', (id, expected) => {
    expect(scopeWords(id, priorities)).toBe(expected);
  });
  it.each([
    [3, '3.0'],
    [2.8, '2.8'],
    [null, 'None'],
  ])('%s is printed “%s”', (value, expected) => {
    expect(averageText(value)).toBe(expected);
  });
});

describe('figuresViewFor', () => {
  it.each([
    ['', { view: 'list' }],
    ['/new', { view: 'newFigure' }],
    ['/12', { view: 'figure', id: 12 }],
    ['/12/delete', { view: 'deleteFigure', id: 12 }],
    ['/averages/new', { view: 'newAverage' }],
    ['/averages/3', { view: 'average', id: 3 }],
    ['/averages/3/delete', { view: 'deleteAverage', id: 3 }],
    ['/0', null],
    ['/averages', null],
    ['/12/edit', null],
  ])('%s is %o', (sub, expected) => {
    expect(figuresViewFor(sub)).toEqual(expected);
  });
});
