import { describe, expect, it } from 'vitest';
import { daysBeforeNumber, kindWords, quietWords, sendingWords, untilWords, waitingWords, whenWords } from './outbox-words';

describe('outbox words', () => {
  it('names the kinds', () => {
    expect(kindWords('deadlines-digest')).toBe('Deadlines digest');
    expect(kindWords('something-new')).toBe('something-new');
  });

  it('writes times as UK time', () => {
    expect(whenWords('2026-07-01T08:05:00.000Z')).toBe('1 Jul 2026, 09:05');
    expect(whenWords(null)).toBe('');
  });

  it('says whether email goes', () => {
    expect(sendingWords(false, false)).toContain('not configured');
    expect(sendingWords(true, true)).toContain('turned off');
    expect(sendingWords(true, false)).toBe('Email is on: reminders are queued and sent.');
  });

  it('says until when quiet hours hold an email, on the UK clock in winter and summer', () => {
    expect(untilWords('2026-11-30T07:00:00.000Z')).toBe('07:00 on Monday 30 November');
    expect(untilWords('2026-07-20T06:00:00.000Z')).toBe('07:00 on Monday 20 July');
    expect(waitingWords('2026-11-27T19:05:00.000Z', '2026-11-30T07:00:00.000Z')).toBe('Waiting until 07:00 on Monday 30 November (quiet hours)');
    expect(waitingWords('2026-11-23T09:31:00.000Z', '2026-11-23T09:31:00.000Z')).toBe('23 Nov 2026, 09:31');
    expect(quietWords(null)).toBe('');
    expect(quietWords('2026-11-30T07:00:00.000Z')).toContain('until 07:00 on Monday 30 November');
  });

  it('reads the days before as a whole number, leaving the range to the API', () => {
    expect(daysBeforeNumber(' 5 ')).toBe(5);
    expect(daysBeforeNumber('0')).toBe(0);
    expect(daysBeforeNumber('')).toContain('Enter how many days');
    expect(daysBeforeNumber('2.5')).toContain('whole number');
    expect(daysBeforeNumber('three')).toContain('whole number');
  });
});
