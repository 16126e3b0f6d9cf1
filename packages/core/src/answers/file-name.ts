/**
 * The name an attached file travels and is stored under (issue 12 item 6): one rule for the browser,
 * which puts it in the envelope, and the server, which applies it again to whatever it received, so
 * that the receipt's digest covers the same names on both sides. The original name is only shown
 * to the sender while choosing files (escaped, as all text), never stored.
 */
import filenamify from 'filenamify/browser';

/** The longest name kept, in UTF-16 code units (a readable name; the extension is kept). */
export const FILE_NAME_MAX_LENGTH = 120;
/** The longest name kept, in UTF-8 bytes: what common file systems allow for one name. */
export const FILE_NAME_MAX_BYTES = 255;
/** The name of a file whose name has nothing usable left (`../`, only control characters). */
export const FALLBACK_FILE_NAME = 'bestand';

/** An extension longer than this is treated as part of the name (it would not survive truncation). */
const EXTENSION_MAX_LENGTH = 16;

/**
 * Makes a file name safe to store, show, put in a header or write to any file system:
 * - the last path part only (`../../etc/passwd` → `passwd`, `C:\Users\jan\besluit.pdf` → `besluit.pdf`);
 * - Unicode NFC (a name typed on macOS and on Windows compares equal);
 * - control and format characters (NUL, CR, LF, bidirectional overrides that disguise `exe.pdf`)
 *   and the characters file systems and markup reserve (`< > : " / \ | ? *`) become `_`; Unicode
 *   spaces become one space; trailing dots and spaces go; Windows device names (`CON`, `NUL.pdf`) get `_`;
 * - at most {@link FILE_NAME_MAX_LENGTH} code units and {@link FILE_NAME_MAX_BYTES} UTF-8 bytes,
 *   cut at a grapheme boundary, keeping the extension.
 * Idempotent: a normal name comes back unchanged. Uses filenamify for the character rules.
 *
 * @returns the normal name, never empty ({@link FALLBACK_FILE_NAME} when nothing usable is left)
 */
export function normaliseFileName(name: string): string {
  const lastPart =
    name
      .normalize('NFC')
      .split(/[\\/]/)
      .filter((part) => part !== '' && !/^\.+$/.test(part))
      .at(-1) ?? '';
  let maxLength = FILE_NAME_MAX_LENGTH;
  let safe = bounded(lastPart, maxLength);
  while (utf8Bytes(safe) > FILE_NAME_MAX_BYTES) {
    maxLength -= 8;
    safe = bounded(lastPart, maxLength);
  }
  return /[\p{L}\p{N}]/u.test(safe) ? safe : FALLBACK_FILE_NAME;
}

function bounded(name: string, maxLength: number): string {
  const safe = filenamify(name, { replacement: '_', maxLength });
  if (safe.length <= maxLength) return safe;
  // filenamify keeps an extension whole even when it alone is too long: cut the whole name then.
  const dot = safe.lastIndexOf('.');
  const extension = dot > 0 && safe.length - dot <= EXTENSION_MAX_LENGTH ? safe.slice(dot) : '';
  return cutGraphemes(safe.slice(0, safe.length - extension.length), maxLength - extension.length).replace(/[. ]+$/, '') + extension;
}

function cutGraphemes(text: string, budget: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (out.length + segment.length > budget) break;
    out += segment;
  }
  return out;
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
