import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { articleIdOfParagraph } = await import('./article-page');

describe('article id of a paragraph id', () => {
  it('reads the article from the id, with or without a repeat suffix', () => {
    expect(articleIdOfParagraph('06_gaz-algerie-espagne-0123456789')).toBe('06_gaz-algerie-espagne');
    expect(articleIdOfParagraph('a-b-0123456789abcdef'.slice(0, 14))).toBe('a-b');
    expect(articleIdOfParagraph('art-abcdef0123-2')).toBe('art');
  });

  it('refuses other shapes', () => {
    expect(articleIdOfParagraph('art-xyz')).toBeNull();
    expect(articleIdOfParagraph('-0123456789')).toBeNull();
    expect(articleIdOfParagraph('art-ABCDEF0123')).toBeNull();
  });
});
