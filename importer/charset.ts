/**
 * Bytes of a page or a feed to text. The charset comes from, in order: a byte-order mark, the
 * Content-Type header, the XML prolog or the HTML `<meta charset>` / `http-equiv` in the first
 * 2 KB; without one, UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (old French sites).
 */
export function decodeText(bytes: Uint8Array, contentType: string | null = null): string {
  const bom = bomCharset(bytes);
  const label = bom ?? charsetFromContentType(contentType) ?? charsetFromMarkup(bytes);
  const decoder = label ? decoderFor(label) : null;
  if (decoder) return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node's TextDecoder reads `windows-1252` as ISO-8859-1, leaving C1 controls where French text
// has ’ “ ” … œ € (bytes 0x80–0x9F): the WHATWG table for those bytes (undefined ones kept as is).
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

export function charsetFromContentType(contentType: string | null): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

const SNIFF_BYTES = 2048;

function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const prolog = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (prolog) return prolog[1] ?? null;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** A decoder for a label TextDecoder knows (`latin1`, `iso-8859-1`, `cp1252`…), else null. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return null;
  }
}
