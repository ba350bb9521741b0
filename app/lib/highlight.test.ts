import { describe, expect, it } from 'vitest';
import { decodeEntities, parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it('splits marked and unmarked text', () => {
    expect(parseHighlight('Le ministre <mark>israélien</mark> de la Défense')).toEqual([
      { text: 'Le ministre ', marked: false },
      { text: 'israélien', marked: true },
      { text: ' de la Défense', marked: false },
    ]);
  });

  it('decodes the server escaping back to text', () => {
    expect(parseHighlight('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<mark>x</mark>&#39;')).toEqual([
      { text: '<script>alert(1)</script> & "', marked: false },
      { text: 'x', marked: true },
      { text: "'", marked: false },
    ]);
  });

  it('keeps any other tag as literal text', () => {
    const parts = parseHighlight('<img src=x onerror=alert(1)><mark>b</mark>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)>', marked: false });
  });

  it('does not double-decode', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
    expect(decodeEntities('&#60;&#x3e;&#0;&unknown;')).toBe('<>&#0;&unknown;');
  });
});
