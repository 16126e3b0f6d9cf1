/**
 * Message functions compiled from i18next resources: the subset of i18next's format this
 * library's resources use, turned once per message into a function of its parameters, so browsers
 * need no i18next (15 kB gzip) and a `t()` costs a map lookup and a string join.
 *
 * - `{{name}}`: the parameter as text; `null`/`undefined` give `''`, a parameter not passed at all
 *   stays `{{name}}` (as i18next does).
 * - `{{name, number}}`: `Intl.NumberFormat` of the language.
 * - `$t(other.key)`: another message of the same language, after the parameters are filled in.
 * Plurals (`key_one`, `key_other`, `key_zero`) are chosen by the caller (translate.ts).
 * A test renders every message of every locale through i18next and through these functions and
 * requires the same text.
 */

/** One message with its parameters filled in; `nest` translates a `$t(...)` reference. */
export type MessageFunction = (params: Record<string, unknown>, nest: (key: string) => string) => string;

const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}/;
const NESTING = /\$t\(([^)]+)\)/g;
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `template` in `language` as a function; a template without placeholders returns itself. */
export function compileMessage(template: string, language: string): MessageFunction {
  // split() with one capture group: even indices are text, odd indices are placeholders.
  const parts = template.split(PLACEHOLDER);
  const nests = template.includes('$t(');
  if (parts.length === 1 && !nests) return () => template;
  const slots = parts.map((part, index) => (index % 2 === 1 ? slot(part, language) : undefined));
  return (params, nest) => {
    let text = parts[0]!;
    for (let index = 1; index < parts.length; index += 2) text += slots[index]!(params) + parts[index + 1]!;
    return nests ? text.replace(NESTING, (_, key: string) => nest(key.trim())) : text;
  };
}

/** The function that fills one `{{name}}` or `{{name, format}}` placeholder. */
function slot(placeholder: string, language: string): (params: Record<string, unknown>) => string {
  const comma = placeholder.indexOf(',');
  const name = (comma < 0 ? placeholder : placeholder.slice(0, comma)).trim();
  const format = comma < 0 ? '' : placeholder.slice(comma + 1).trim();
  const literal = `{{${placeholder}}}`;
  return (params) => {
    if (!(name in params)) return literal;
    const value = params[name];
    if (value === undefined || value === null) return '';
    return format === 'number' ? numberFormat(language).format(value as number) : String(value);
  };
}

function numberFormat(language: string): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}
