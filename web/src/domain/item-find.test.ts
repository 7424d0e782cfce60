import { describe, expect, it } from 'vitest';
import type { GridItem, GridScore, Review } from '../api/client';
import { gridItem, gridScore, person as personRef, review } from '../test-support/grid-fixtures';
import { answersWords, findItem, mayScore, scoreHistory, signOffView, timeline, understoodWords, type LogEntryIn } from './item-find';

const person = (id: number) => personRef(id, `Person ${id}`);

function item(kind: GridItem['kind'], id: number, children: GridItem[] = [], people: Partial<GridItem> = {}): GridItem {
  return gridItem(kind, id, String(id), people, children);
}

function score(reviewId: number, level: number | null, narrative: string | null = null, narrativeDate: string | null = null): GridScore {
  return gridScore(reviewId, level, {
    label: level === null ? null : `L${level}`, recordedAs: level === null ? 'update not available' : null, narrative,
    narrativeDate, updatedBy: 'Aisha Rahman', updatedAt: '2026-11-20T10:00:00.000Z',
  });
}

const reviews: Review[] = [
  review(3, 'RAG 11/26', '2026-11-20', 3, { status: 'open' }),
  review(1, 'RAG 07/26', '2026-07-31', 1),
  review(2, 'RAG 09/26', '2026-09-30', 2),
];

// Priority 1 → action 7 → measures 1 and 2; priority 2 → action 8 → measure 3. Action 7 and measure 1 share no id kind.
const tree = [
  item('priority', 1, [item('action', 7, [item('measure', 1), item('measure', 2)], { leads: [person(10)], owners: [person(11)] })]),
  item('priority', 2, [item('action', 8, [item('measure', 3)])]),
];

describe('findItem', () => {
  it('finds an item by kind and id with the rows above it, outermost first', () => {
    const found = findItem(tree, 'measure', 2);
    expect(found?.item.text).toBe('measure 2');
    expect(found?.ancestors.map((a) => `${a.kind} ${a.id}`)).toEqual(['priority 1', 'action 7']);
  });

  it('matches the kind as well as the id, since each kind numbers its own ids', () => {
    expect(findItem(tree, 'measure', 1)?.item.kind).toBe('measure');
    expect(findItem(tree, 'priority', 1)?.item.kind).toBe('priority');
    expect(findItem(tree, 'action', 1)).toBeNull();
  });

  it('gives a top-level item no ancestors, and null for an unknown item', () => {
    expect(findItem(tree, 'priority', 2)?.ancestors).toEqual([]);
    expect(findItem(tree, 'measure', 99)).toBeNull();
    expect(findItem([], 'measure', 1)).toBeNull();
  });
});

describe('scoreHistory', () => {
  it('has one point per review in date order, with gaps where there is no score', () => {
    const history = scoreHistory(reviews, [score(3, 2), score(1, 1)]);
    expect(history.map((p) => [p.reviewLabel, p.level, p.recorded])).toEqual([
      ['RAG 07/26', 1, true], ['RAG 09/26', null, false], ['RAG 11/26', 2, true],
    ]);
  });

  it('keeps an undated review in its column, between dated ones', () => {
    const columns = [review(3, 'RAG 11/26', '2026-11-20', 4), review(4, 'RAG 08/26', null, 2), review(1, 'RAG 07/26', '2026-07-31', 1), review(2, 'RAG 09/26', '2026-09-30', 3)];
    const history = scoreHistory(columns, [score(4, 2)]);
    expect(history.map((p) => [p.reviewLabel, p.reviewDate, p.level])).toEqual([
      ['RAG 07/26', '2026-07-31', null], ['RAG 08/26', null, 2], ['RAG 09/26', '2026-09-30', null], ['RAG 11/26', '2026-11-20', null],
    ]);
  });

  it('keeps what the sheet said for an explicit no score', () => {
    const history = scoreHistory(reviews, [score(2, null)]);
    expect(history[1]).toMatchObject({ level: null, recorded: true, recordedAs: 'update not available' });
  });
});

describe('timeline', () => {
  it('lists every review’s update newest first, dated by the update or else by its review', () => {
    const entries = timeline(reviews, [score(1, 1, 'Not started'), score(3, 2, 'Slipped', '2026-11-18'), score(2, null, '  ')]);
    expect(entries.map((e) => [e.reviewLabel, e.date, e.datedByReview, e.narrative])).toEqual([
      ['RAG 11/26', '2026-11-18', false, 'Slipped'],
      ['RAG 07/26', '2026-07-31', true, 'Not started'],
    ]);
    expect(entries[0]).toMatchObject({ by: 'Aisha Rahman', level: 2, label: 'L2' });
  });

  it('keeps an update of an undated review undated, in its column’s place', () => {
    const columns = [review(1, 'RAG 01/18', null, 1), review(2, 'RAG 03/18', null, 2)];
    const entries = timeline(columns, [score(1, 1, 'First'), score(2, 2, 'Second')]);
    expect(entries.map((e) => [e.reviewLabel, e.date, e.datedByReview])).toEqual([['RAG 03/18', null, false], ['RAG 01/18', null, false]]);
  });

  const logged = (id: number, reviewId: number | null, writtenOn: string | null, text: string, author: string | null = null): LogEntryIn => ({
    id, reviewId, writtenOn, text, author, sourceDocument: 'Campaign plan, progress column', position: id, enteredBy: 'Loader',
  });

  it('puts the running log among the narratives by date, an undated entry by its review’s date, and never dates it', () => {
    const entries = timeline(reviews, [score(2, 2, 'September narrative', '2026-09-28'), score(3, 3, 'November narrative', '2026-11-10')], [
      logged(1, 2, '2026-08-14', 'Launched', 'RM'),
      logged(2, 3, null, 'Leaflets to reprint'),
      logged(3, 3, '2026-10-06', 'Library events'),
      logged(4, 2, null, '  '),
    ]);
    expect(entries.map((e) => [e.source, e.reviewLabel, e.date, e.datedByReview, e.narrative])).toEqual([
      ['log', 'RAG 11/26', '2026-11-20', true, 'Leaflets to reprint'],
      ['score', 'RAG 11/26', '2026-11-10', false, 'November narrative'],
      ['log', 'RAG 11/26', '2026-10-06', false, 'Library events'],
      ['score', 'RAG 09/26', '2026-09-28', false, 'September narrative'],
      ['log', 'RAG 09/26', '2026-08-14', false, 'Launched'],
    ]);
    expect(entries.at(-1)).toMatchObject({ by: 'RM', level: null, sourceDocument: 'Campaign plan, progress column' });
    expect(entries[0]).toMatchObject({ by: 'Loader' });
  });

  it('puts an entry with no date at all below every dated one, and on a tie a log entry above its review’s narrative', () => {
    const entries = timeline(reviews, [score(3, 3, 'November narrative', '2026-11-10')], [
      logged(1, null, null, 'Written for no review'),
      logged(2, 3, '2026-11-10', 'Same day, in the log'),
    ]);
    expect(entries.map((e) => [e.reviewLabel, e.date, e.narrative])).toEqual([
      ['RAG 11/26', '2026-11-10', 'Same day, in the log'],
      ['RAG 11/26', '2026-11-10', 'November narrative'],
      [null, null, 'Written for no review'],
    ]);
  });
});

describe('signOffView', () => {
  it.each([
    [undefined, 'none'], [{ ...score(3, 3), signOffStatus: null }, 'none'], [{ ...score(3, 4), signOffStatus: 'pending' }, 'pending'],
  ] as const)('says %# is %s', (s, state) => {
    expect(signOffView(s as GridScore | undefined).state).toBe(state);
  });

  it('carries who decided, when and the note', () => {
    const s = { ...score(3, 4), signOffStatus: 'rejected', signOffBy: 'Board Member', signOffAt: '2026-11-23T09:30:00.000Z', evidence: 'Audit' };
    expect(signOffView(s, 'No audit attached')).toEqual({
      state: 'rejected', by: 'Board Member', at: '2026-11-23T09:30:00.000Z', note: 'No audit attached', evidence: 'Audit',
    });
  });
});

describe('mayScore', () => {
  const measure = findItem(tree, 'measure', 1)!;
  it.each([
    ['board', null, true], ['administrator', null, true], ['viewer', 10, false],
    ['manager', 10, true], // leads the action above
    ['manager', 11, true], // owns the action above
    ['manager', 12, false], ['manager', null, false],
  ] as const)('%s with person %s: %s', (role, personId, expected) => {
    expect(mayScore(role, personId, measure)).toBe(expected);
  });

  it('lets a manager score what they lead themselves', () => {
    const own = { item: item('measure', 5, [], { leads: [person(12)] }), ancestors: [] };
    expect(mayScore('manager', 12, own)).toBe(true);
  });

  it('lets a manager score an action whose success measure they own (named on a row below)', () => {
    const action = findItem([item('action', 9, [item('measure', 6, [], { owners: [person(13)] })])], 'action', 9)!;
    expect(mayScore('manager', 13, action)).toBe(true);
    expect(mayScore('manager', 14, action)).toBe(false);
  });
});

describe('understoodWords', () => {
  const format = (iso: string) => `[${iso}]`;
  it.each([
    [{ dueBy: '2026-09-30', state: 'none' }, 'Due by [2026-09-30].'],
    [{ dueBy: '2016-12-31', dueFrom: '2016-06-01', state: 'none' }, 'Due between [2016-06-01] and [2016-12-31].'],
    [{ dueBy: '2022-09-30', state: 'ongoing' }, 'Due by [2022-09-30], ongoing.'],
    [{ dueBy: null, state: 'ongoing' }, 'Ongoing.'],
    [{ dueBy: null, state: 'none' }, 'No date understood'],
    [{ dueBy: null, state: 'none', problems: ['A month without a year'] }, null],
  ])('%j → %s', (deadline, expected) => {
    expect(understoodWords(deadline, format)).toBe(expected);
  });
  it('says nothing when there is no deadline', () => {
    expect(understoodWords(null, format)).toBeNull();
  });
});

describe('answersWords', () => {
  it('names the report’s numbers as printed, and none when the item answers none', () => {
    expect(answersWords([{ number: '14' }])).toEqual({ term: 'Answers report recommendation', value: '14' });
    expect(answersWords([{ number: '6' }, { number: null }])).toEqual({ term: 'Answers report recommendations', value: '6, one printed without a number' });
    expect(answersWords([])).toBeNull();
  });
});
