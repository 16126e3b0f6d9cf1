import { HttpError } from './http-error.js';

/** The most entries any one JSON object or array in a request may have; an envelope needs far fewer. */
export const MAX_JSON_ENTRIES = 1000;

/** The deepest nesting a request's JSON may have; an envelope needs 4. */
export const MAX_JSON_DEPTH = 16;

/**
 * Scans JSON text once, without building anything, and refuses it when an object or array has more
 * than `MAX_JSON_ENTRIES` entries or nests deeper than `MAX_JSON_DEPTH` (issue 12 item 5). Building
 * 40,000 members just to refuse them cost more than the scan of the whole 1 MiB body. The text need
 * not be valid JSON: `JSON.parse` judges that afterwards.
 *
 * @throws HttpError 400 `invalid-envelope`
 */
export function assertJsonWithinBudget(text: string, maxEntries = MAX_JSON_ENTRIES, maxDepth = MAX_JSON_DEPTH): void {
  const commas: number[] = [];
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index += 1; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      commas.push(0);
      if (commas.length > maxDepth) throw refuse(`The JSON nests deeper than ${maxDepth} levels.`);
    } else if (code === 0x7d || code === 0x5d) {
      commas.pop();
    } else if (code === 0x2c && commas.length > 0) {
      const count = commas[commas.length - 1]! + 1;
      commas[commas.length - 1] = count;
      if (count >= maxEntries) throw refuse(`An object or list in the JSON has more than ${maxEntries} entries.`);
    }
  }
}

function refuse(message: string): HttpError {
  return new HttpError(400, 'invalid-envelope', 'The envelope is larger than any submission of this form.', {
    details: { problems: [{ pointer: '', message }] },
  });
}
