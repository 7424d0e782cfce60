import { describe, expect, it } from 'vitest';
import { choicesFrom, savedWords, tickedFor } from './reminder-settings';

describe('reminder settings', () => {
  it('turns ticked boxes and a day into choices, and back', () => {
    const choices = choicesFrom(['deadlinesDigest', 'signOff'], 'tuesday');
    expect(choices).toEqual({ reviewReminders: false, deadlinesDigest: true, signOff: true, reviewClosed: false, digestDay: 'tuesday' });
    expect(tickedFor(choices)).toEqual(['deadlinesDigest', 'signOff']);
  });

  it('leaves an unknown day empty, for the API to refuse', () => {
    expect(choicesFrom([], 'someday').digestDay).toBe('');
  });

  it('says what was saved', () => {
    expect(savedWords(choicesFrom(['deadlinesDigest'], 'friday'))).toBe('Saved. You will receive: weekly deadlines digest. Your digest goes on Friday.');
    expect(savedWords(choicesFrom([], 'monday'))).toBe('Saved. You will receive no reminder emails.');
  });
});
