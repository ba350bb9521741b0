/**
 * Corpus file names are data: one holding an escape sequence, a newline or a bidi override must
 * neither drive the terminal nor cut or disguise a log line.
 */
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const NEEDS_QUOTES = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"\\]|^\s|\s$/u;

/** `\u001b`-style escape of one character (JSON escapes for the usual ones). */
function escapeChar(char: string): string {
  const json = JSON.stringify(char).slice(1, -1);
  if (json !== char) return json;
  return `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/** Escapes control, format and line-separator characters; the rest of the text is unchanged. */
export function escapeUnsafeChars(text: string): string {
  return text.replace(UNSAFE_CHARS, escapeChar);
}

/** A path as printed in a log line: as is when harmless, else double-quoted with escapes. */
export function quotePath(file: string): string {
  if (!NEEDS_QUOTES.test(file)) return file;
  return `"${escapeUnsafeChars(file.replace(/["\\]/g, (c) => `\\${c}`))}"`;
}
