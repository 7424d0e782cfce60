import { describe, expect, it } from 'vitest';
import type { ReportReview } from '../api/report';
import {
  averageText,
  capitalise,
  deadlineWords,
  downloadText,
  earlierColumns,
  exceptionHeading,
  levelsOf,
  reviewChoice,
  reviewOptionText,
  reviewWithDate,
  updatedOn,
} from './report-view';

describe('reviewChoice', () => {
  it.each([
    [null, { kind: 'current' }],
    ['', { kind: 'current' }],
    ['  ', { kind: 'current' }],
    ['12', { kind: 'review', reviewId: 12 }],
    [' 7 ', { kind: 'review', reviewId: 7 }],
    ['0', { kind: 'invalid' }],
    ['-3', { kind: 'invalid' }],
    ['1.5', { kind: 'invalid' }],
    ['abc', { kind: 'invalid' }],
    ['12abc', { kind: 'invalid' }],
    ['1234567890123456', { kind: 'invalid' }],
  ])('reads %j as %j', (value, expected) => {
    expect(reviewChoice(value)).toEqual(expected);
  });
});

describe('averageText', () => {
  it.each([
    [2.3, '2.3'],
    [3, '3.0'],
    [2.25, '2.3'],
    [0, '0.0'],
    [null, 'No figure'],
    [undefined, 'No figure'],
  ])('prints %j as %s', (value, expected) => {
    expect(averageText(value)).toBe(expected);
  });
});

describe('review words', () => {
  it('names an open review with its date and says it is open', () => {
    expect(reviewOptionText({ label: 'RAG 11/26', reviewDate: '2026-11-20', status: 'open' })).toBe('RAG 11/26, 20 November 2026 (open)');
  });

  it('names a closed review with its date only', () => {
    expect(reviewOptionText({ label: 'RAG 09/26', reviewDate: '2026-09-30', status: 'closed' })).toBe('RAG 09/26, 30 September 2026');
  });

  it('puts the date in brackets for headings', () => {
    expect(reviewWithDate({ label: 'Update November 26', reviewDate: '2026-11-17' })).toBe('Update November 26 (17 November 2026)');
  });
});

describe('levelsOf', () => {
  it('keeps each level’s number, label and colour for the level tag', () => {
    expect(levelsOf([{ value: 1, label: 'Red', colour: '#d4351c', textColour: '#ffffff', count: 2 }])).toEqual([
      { value: 1, label: 'Red', colour: '#d4351c', meaning: null, meansComplete: false },
    ]);
  });
});

describe('deadlineWords', () => {
  it('says an overdue deadline as written, its date and that it is overdue', () => {
    expect(deadlineWords({ deadlineText: 'Sep-26', dueBy: '2026-09-30', deadlineStatus: 'overdue', deadlineStatusText: 'Overdue' })).toEqual({
      written: 'Sep-26',
      dueBy: 'Due by 30 September 2026',
      status: { text: 'Overdue', kind: 'overdue' },
    });
  });

  it('marks a deadline that is due soon', () => {
    expect(deadlineWords({ deadlineText: '15/12/2026', dueBy: '2026-12-15', deadlineStatus: 'dueSoon', deadlineStatusText: 'Due within 30 days' }).status).toEqual({
      text: 'Due within 30 days',
      kind: 'due-soon',
    });
  });

  it('keeps other statuses as plain words', () => {
    expect(deadlineWords({ deadlineText: 'reviewed monthly', dueBy: null, deadlineStatus: 'ongoing', deadlineStatusText: 'Ongoing' })).toEqual({
      written: 'reviewed monthly',
      dueBy: '',
      status: { text: 'Ongoing', kind: 'plain' },
    });
  });

  it('does not say a status twice when the deadline was written as it', () => {
    expect(deadlineWords({ deadlineText: 'Completed', dueBy: null, deadlineStatus: 'completed', deadlineStatusText: 'Completed' }).status).toBeNull();
    expect(deadlineWords({ deadlineText: 'ongoing', dueBy: null, deadlineStatus: 'ongoing', deadlineStatusText: 'Ongoing' }).status).toBeNull();
  });

  it('says there is no deadline rather than leaving the cell blank, without repeating "No date"', () => {
    expect(deadlineWords({ deadlineText: null, dueBy: null, deadlineStatus: 'noDate', deadlineStatusText: 'No date' })).toEqual({
      written: 'No deadline',
      dueBy: '',
      status: null,
    });
  });
});

describe('updatedOn', () => {
  it('dates an update in words', () => {
    expect(updatedOn('2026-11-08')).toBe('Updated 8 November 2026');
  });

  it('says nothing for an update without a date', () => {
    expect(updatedOn(null)).toBe('');
  });
});

describe('earlierColumns', () => {
  const reviews = (n: number): ReportReview[] =>
    Array.from({ length: n }, (_, i) => ({ id: i + 1, label: `R${i + 1}`, reviewDate: '2026-01-01', status: 'closed' }));

  it('leaves nothing off when every review fits', () => {
    expect(earlierColumns(reviews(6))).toEqual({ hidden: 0, note: '' });
    expect(earlierColumns(reviews(0))).toEqual({ hidden: 0, note: '' });
  });

  it('names the one review left off paper', () => {
    expect(earlierColumns(reviews(7))).toEqual({
      hidden: 1,
      note: 'On paper this table shows the latest 6 reviews; the earliest review, R1, is on screen and in the Excel and CSV downloads.',
    });
  });

  it('names the first and last of several reviews left off paper', () => {
    expect(earlierColumns(reviews(9)).note).toBe(
      'On paper this table shows the latest 6 reviews; the 3 earliest reviews, R1 to R3, are on screen and in the Excel and CSV downloads.',
    );
    expect(earlierColumns(reviews(9)).hidden).toBe(3);
  });
});

describe('downloadText', () => {
  it.each([
    ['docx', 'Download as Word (.docx)'],
    ['xlsx', 'Download as Excel (.xlsx)'],
    ['csv', 'Download as CSV (.csv)'],
  ] as const)('words the %s link', (format, expected) => {
    expect(downloadText(format)).toBe(expected);
  });
});

describe('exceptionHeading', () => {
  it.each([
    [0, 'Overdue: none'],
    [1, 'Overdue: 1 success measure'],
    [2, 'Overdue: 2 success measures'],
  ])('counts %i in words', (count, expected) => {
    expect(exceptionHeading('Overdue', count, 'success measure', 'success measures')).toBe(expected);
  });
});

describe('capitalise', () => {
  it('starts a heading with a capital', () => {
    expect(capitalise('success measures')).toBe('Success measures');
    expect(capitalise('')).toBe('');
  });
});
