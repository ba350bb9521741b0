/**
 * Bytes of a page or a feed to text. The charset comes from, in order: a byte-order mark, the
 * Content-Type header, the XML prolog or the HTML `<meta charset>` / `http-equiv` in the first
 * 2 KB; without one, UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (old French sites).
 */
export function decodeText(bytes: Uint8Array, contentType: string | null = null): string {
  const bom = bomCharset(bytes);
  const label = bom ?? charsetFromContentType(contentType) ?? charsetFromMarkup(bytes);
  const decoder = label ? decoderFor(label) : null;
  if (decoder) return decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
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
