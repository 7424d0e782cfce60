import { describe, expect, it } from 'vitest';
import { returnLinkWords } from './return-links';

describe('returnLinkWords', () => {
  it('offers a person their own items, and the board every item, naming the review', () => {
    const mine = returnLinkWords('RAG 11/26', true);
    expect(mine.download).toBe('Download your return (Excel)');
    expect(mine.upload).toBe('Upload your filled-in return');
    expect(mine.sentence).toContain('Download your items for RAG 11/26');
    expect(mine.sentence).toContain('before anything is saved');
    const all = returnLinkWords('RAG 11/26', false);
    expect(all.download).toBe('Download the return for all items (Excel)');
    expect(all.sentence).toContain('every item for RAG 11/26');
    expect(all.sentence).toContain('never overwritten');
  });
});
