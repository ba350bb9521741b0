import type { HighlightPart } from '../lib/highlight';

/** Renders highlight parts as text and `<mark>` elements: never as HTML. */
export function HighlightedText({ parts }: { parts: readonly HighlightPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
