import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseHighlight } from '../lib/highlight';
import { highlightParagraph } from '../../search/index';
import { HighlightedText } from './highlighted-text';

const render = (html: string) => renderToStaticMarkup(<HighlightedText parts={parseHighlight(html)} />);

describe('HighlightedText', () => {
  it('renders marks as elements and everything else as escaped text', () => {
    const html = render('&lt;script&gt;alert(1)&lt;/script&gt; <mark>Gantz</mark> &quot;ok&quot;');
    expect(html).toBe(
      '<span>&lt;script&gt;alert(1)&lt;/script&gt; </span><mark>Gantz</mark><span> &quot;ok&quot;</span>',
    );
  });

  it('never lets a raw tag through, even unescaped in the input', () => {
    const html = render('<img src=x onerror=alert(1)> <mark><b>x</b></mark>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<mark>&lt;b&gt;x&lt;/b&gt;</mark>');
  });

  it('renders query highlighting of a plain paragraph safely', () => {
    const escaped = highlightParagraph('<script>alert("Rabat")</script> à Rabat', 'rabat');
    const parts = parseHighlight(escaped);
    const html = renderToStaticMarkup(<HighlightedText parts={parts} />);
    expect(html).not.toContain('<script>');
    expect(html.match(/<mark>Rabat<\/mark>/g)).toHaveLength(2);
  });
});
