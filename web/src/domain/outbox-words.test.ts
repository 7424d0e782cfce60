import { describe, expect, it } from 'vitest';
import { kindWords, sendingWords, whenWords } from './outbox-words';

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
});
