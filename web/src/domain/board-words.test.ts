import { describe, expect, it } from 'vitest';
import { gridItem, gridScore, review } from '../test-support/grid-fixtures';
import { computedWords, overrideAgreement, overrideChoices, overrideSavedWords, overrideWithdrawnWords, previousScore, scoreSavedWords } from './board-words';

const july = review(1, 'RAG 07/26', '2026-07-31', 1);
const september = review(2, 'RAG 09/26', '2026-09-30', 2);
const november = review(3, 'RAG 11/26', '2026-11-20', 3, { status: 'open' });

describe('previousScore', () => {
  const scores = [gridScore(1, 2, { label: 'Started', narrative: 'Advert out.', narrativeDate: '2026-07-20' }), gridScore(3, 3)];
  it('is the latest earlier review with something recorded, skipping one the item missed', () => {
    expect(previousScore([september, november, july], scores, 3)).toEqual({
      reviewId: 1, reviewLabel: 'RAG 07/26', level: 2, levelLabel: 'Started', recordedAs: null, narrative: 'Advert out.', narrativeDate: '2026-07-20',
    });
  });
  it('is null for the first review', () => {
    expect(previousScore([july, september, november], scores, 1)).toBeNull();
  });
});

describe('what the score page says after a save', () => {
  it.each([
    [3, 'On track', 'Action 2.3 scored 3 On track for RAG 11/26.'],
    [4, '4', 'Action 2.3 scored 4 for RAG 11/26.'],
    [null, null, 'Action 2.3: “no score” saved for RAG 11/26.'],
  ] as const)('level %s (%s): %s', (level, label, expected) => {
    expect(scoreSavedWords(gridItem('action', 7, '2.3', { reference: '2.3' }), level, label, 'RAG 11/26')).toBe(expected);
  });
});

describe('the direction override’s words', () => {
  it('offers the three judgements the API accepts', () => {
    expect(overrideChoices.map((c) => c.value)).toEqual(['improving', 'maintained', 'declining']);
  });
  it.each([
    ['improving', 'RAG 09/26', 'The scores say: ↑ Improving, compared with RAG 09/26.'],
    ['maintained', 'RAG 09/26', 'The scores say: → Maintained, compared with RAG 09/26.'],
    ['new', null, 'The scores say: • New (no earlier score to compare with).'],
    ['noData', null, 'The scores say: – No data (no score in this review).'],
    ['changed', 'RAG 09/26', 'The scores say: ↕ Changed, compared with RAG 09/26.'],
  ])('computed %s compared with %s', (computed, compared, expected) => {
    expect(computedWords(computed, compared)).toBe(expected);
  });
  it('notes an override that says what the scores say', () => {
    expect(overrideAgreement('maintained', 'maintained')).toBe('The scores say the same, so this override only adds your reason.');
    expect(overrideAgreement('improving', 'maintained')).toBeNull();
  });
  it('says what was saved and withdrawn', () => {
    expect(overrideSavedWords('declining', 'RAG 11/26')).toBe('Direction of travel for RAG 11/26 overridden: Declining.');
    expect(overrideWithdrawnWords('RAG 11/26', 'maintained')).toBe('Override withdrawn: the direction of travel for RAG 11/26 is the one the scores give, Maintained.');
  });
});
