import { describe, expect, it } from 'vitest';
import type { ReportReview } from '../api/report';
import {
  addresseeWords,
  asOfChoice,
  asOfNotice,
  averageText,
  capitalise,
  columnDate,
  confirmWords,
  deadlineWords,
  directionCountKeys,
  inheritedWords,
  keepReviewOnShow,
  leadHeading,
  ownerHeading,
  peopleHeading,
  planVersionWords,
  scaleWords,
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

  it('says "no date" for a review known only by its column label, never an empty date', () => {
    expect(reviewWithDate({ label: 'RAG 03/18', reviewDate: null })).toBe('RAG 03/18 (no date)');
    expect(reviewOptionText({ label: 'RAG 03/18', reviewDate: null, status: 'open' })).toBe('RAG 03/18, no date (open)');
    expect(columnDate({ reviewDate: null })).toBe('no date');
    expect(columnDate({ reviewDate: '2026-07-31' })).toBe('31 July 2026');
  });
});

describe('asOfChoice', () => {
  it.each([
    [null, { kind: 'today' }],
    ['', { kind: 'today' }],
    ['2026-08-15', { kind: 'date', asOf: '2026-08-15' }],
    [' 2026-08-15 ', { kind: 'date', asOf: '2026-08-15' }],
    ['2026-02-31', { kind: 'invalid', text: '2026-02-31' }],
    ['1989-12-31', { kind: 'invalid', text: '1989-12-31' }],
    ['15/08/2026', { kind: 'invalid', text: '15/08/2026' }],
  ])('reads %j as %j', (value, expected) => {
    expect(asOfChoice(value)).toEqual(expected);
  });
});

describe('keepReviewOnShow', () => {
  it('keeps the review when only the review changed, or nothing did', () => {
    expect(keepReviewOnShow('7', 9, null, null)).toBe(true);
    expect(keepReviewOnShow('9', 9, '2026-08-15', '2026-08-15')).toBe(true);
  });

  it('starts a new date at the latest review held by then, unless another review was chosen with it', () => {
    expect(keepReviewOnShow('9', 9, '2026-08-15', null)).toBe(false);
    expect(keepReviewOnShow('9', 9, null, '2026-08-15')).toBe(false);
    expect(keepReviewOnShow('7', 9, '2026-08-15', null)).toBe(true);
  });
});

describe('the plan’s own words', () => {
  it('gives the version with its date as the header prints it', () => {
    expect(planVersionWords({ planVersion: 'v3.2', planDate: '2026-03-01' })).toBe('Plan version v3.2 of 1 March 2026.');
    expect(planVersionWords({ planVersion: 'v3.2', planDate: null })).toBe('Plan version v3.2.');
    expect(planVersionWords({ planVersion: null, planDate: '2026-03-01' })).toBe('Plan dated 1 March 2026 (version not recorded).');
    expect(planVersionWords({ planVersion: ' ', planDate: null })).toBeNull();
  });

  it('heads the people columns with the plan’s own words, or the tracker’s', () => {
    const printed = { leadHeading: 'Assigned lead', ownerHeading: 'Responsible officer' };
    expect(peopleHeading(printed)).toBe('Assigned lead and Responsible officer');
    expect(leadHeading(printed)).toBe('Assigned lead');
    expect(ownerHeading(printed)).toBe('Responsible officer');
    const none = { leadHeading: null, ownerHeading: '  ' };
    expect(peopleHeading(none)).toBe('Lead and owners');
    expect(leadHeading(none)).toBe('Lead');
    expect(ownerHeading(none)).toBe('Owners');
    expect(peopleHeading({ leadHeading: 'Assigned lead', ownerHeading: null })).toBe('Assigned lead and Owners');
  });

  it('says the scale’s direction, or that it is not stated', () => {
    expect(scaleWords({ scaleName: 'Progress 1 to 5', higherIsBetter: true })).toBe('Scored on “Progress 1 to 5” (higher is better).');
    expect(scaleWords({ scaleName: 'Score 1 to 3', higherIsBetter: false })).toBe('Scored on “Score 1 to 3” (lower is better).');
    expect(scaleWords({ scaleName: 'Score 1 to 3', higherIsBetter: null })).toBe('Scored on “Score 1 to 3” (which end is better is not stated).');
  });

  it('counts "Changed" instead of improving and declining where the scale does not say which end is better', () => {
    expect(directionCountKeys(true)).toEqual(['improving', 'maintained', 'declining', 'new', 'noData']);
    expect(directionCountKeys(null)).toEqual(['changed', 'maintained', 'new', 'noData']);
  });
});

describe('what a row takes from the row above, and what it says as printed', () => {
  it('marks inherited people and deadlines in words', () => {
    expect(inheritedWords('action 1.1')).toBe('(from action 1.1)');
    expect(inheritedWords('the action above')).toBe('(from the action above)');
    expect(inheritedWords(null)).toBe('');
  });

  it('lists a recommendation’s addressees as printed', () => {
    expect(addresseeWords(['the local authority', 'the safeguarding partnership'])).toBe('Addressed to the local authority; the safeguarding partnership');
    expect(addresseeWords([])).toBe('');
    expect(addresseeWords([' '])).toBe('');
  });

  it('says why a date should be confirmed', () => {
    expect(confirmWords(['"01/02/2027" could be 1 February 2027 (day first) or 2 January 2027 (month first).'])).toBe(
      'Date to confirm: "01/02/2027" could be 1 February 2027 (day first) or 2 January 2027 (month first).',
    );
    expect(confirmWords([])).toBe('');
  });
});

describe('asOfNotice', () => {
  const reviews: ReportReview[] = [
    { id: 1, label: 'RAG 05/26', reviewDate: '2026-05-29', status: 'closed' },
    { id: 2, label: 'RAG 07/26', reviewDate: null, status: 'closed' },
  ];

  it('says nothing for today’s report', () => {
    expect(asOfNotice({ asOf: null, reviews })).toBeNull();
  });

  it('names the date, what is left out and the latest review shown', () => {
    expect(asOfNotice({ asOf: '2026-08-15', reviews })).toEqual({
      title: 'Figures as they stood on 15 August 2026',
      detail: 'Reviews held after that date are left out: the latest review shown is RAG 07/26 (no date).',
    });
  });

  it('says when no review had been held', () => {
    expect(asOfNotice({ asOf: '2016-01-01', reviews: [] })?.detail).toBe(
      'Reviews held after that date are left out: no review had been held by then.',
    );
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

describe('the scorecard download', () => {
  it('names the second CSV file', () => {
    expect(downloadText('scorecard/csv')).toBe('Download the scorecard as CSV (.csv)');
  });
});
