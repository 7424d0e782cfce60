import { describe, expect, it } from 'vitest';
import { copiedWords, createdFeedWords, createdWords, feedIntro, feedListHeading, noFeedsWords, outlookSteps, revokedWords, revokeQuestion } from './calendar-feeds';

describe('calendar feed words', () => {
  it('says what each kind of feed holds in one sentence', () => {
    expect(feedIntro('person')).toContain('items you lead or own');
    expect(feedIntro('plan')).toContain('review dates');
    for (const owner of ['person', 'plan'] as const) expect(feedIntro(owner).split('. ')).toHaveLength(1);
  });

  it('counts the live feeds in the list heading, and says when there are none', () => {
    expect(feedListHeading('person', 2)).toBe('Your calendar addresses (2)');
    expect(feedListHeading('plan', 0)).toBe('This plan’s calendar addresses (0)');
    expect(noFeedsWords('person')).toBe('You have no calendar addresses.');
  });

  it('shows the creation date as a date', () => {
    expect(createdWords('2026-11-23T09:30:00Z')).toBe('23 November 2026');
    expect(createdWords('not a date')).toBe('not a date');
  });

  it('tells the person to select and copy when the browser would not copy', () => {
    expect(copiedWords(true)).toBe('The address is copied. Paste it into your calendar.');
    expect(copiedWords(false)).toContain('select it and copy it');
  });

  it('names the feed when asking to revoke it and after, and says the old address stops working', () => {
    expect(revokeQuestion('Outlook on my laptop')).toContain('“Outlook on my laptop”');
    expect(revokedWords('Outlook on my laptop')).toBe('“Outlook on my laptop” is revoked: its old address no longer works.');
    expect(createdFeedWords('Phone')).toContain('shown only once');
  });

  it('gives the Outlook steps in order', () => {
    expect(outlookSteps.map((s) => s.split(' ')[0])).toEqual(['In', 'Choose', 'Paste']);
    expect(outlookSteps.join(' ')).toContain('Subscribe from web');
  });
});
