/**
 * The input of core's parse functions that take a document as JSON text or as a value already
 * parsed (`parseDefinition`, `parseDefinitionDecided`, `parseOutageNotices`, `checkOutageNotices`),
 * read once here; each words a failure in its own findings. No zod, no DOM: the lowest layer.
 */

/** What `readJsonInput` read: the value, or why the text is not JSON. */
export type JsonInput = { ok: true; value: unknown } | { ok: false; detail: string };

/**
 * `input` as a value: a string is JSON text (RFC 8259) and parsed with `JSON.parse`; anything else
 * (an object, an array, `null`, a number, `undefined` ...) is taken as it is, unchecked.
 *
 * @param input - JSON text, or a value already parsed
 * @returns `{ ok: true, value }`; for a string that is not JSON, `{ ok: false, detail }` with
 *   `JSON.parse`'s message (e.g. `Unexpected token 'x', "x" is not valid JSON`). Never throws.
 */
export function readJsonInput(input: unknown): JsonInput {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) as unknown };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
