import { DefinitionError, parseValidDefinition, type CheckResult, type Finding, type FormDefinition, type ParseResult } from '@wmebv/core';
import type { DefinitionErrorDetail } from '../events.js';

/**
 * What loading a definition gave: a definition that parsed (warnings allowed), with `lint()` for the
 * Wmebv rules, or the reasons it is not usable (parse and rule findings together). `lint()` gives the
 * error findings of a definition the rules refuse (every finding in development builds: D6); of a
 * usable one only the parser's (the rules that can only warn are not run: a form reports nothing
 * about a definition it shows).
 */
export type LoadedDefinition =
  { ok: true; definition: FormDefinition; findings: Finding[]; lint: () => Promise<CheckResult> } | { ok: false; findings: Finding[]; raw?: unknown };

/**
 * Fetches (for `src`) and parses a definition with core's parser (the linter comes with `lint()`, or
 * here when the definition is not usable). Never throws: a network
 * failure, an HTTP error or non-JSON becomes a finding like any other problem.
 */
export async function loadDefinition(source: { definition?: unknown; src?: string }): Promise<LoadedDefinition> {
  let raw = source.definition;
  if (raw === undefined && source.src) {
    try {
      const response = await fetch(source.src, { headers: { accept: 'application/json' } });
      if (!response.ok) return unusable('fetch', `HTTP ${response.status} for ${source.src}`);
      raw = await response.text();
    } catch (error) {
      return unusable('fetch', `${source.src}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (raw === undefined) return unusable('fetch', 'no definition and no src given');
  const parsed = await parseOnce(raw);
  if (parsed.ok) return { ...parsed, lint: () => lintOnce(raw, parsed) };
  if (chunkFailed(parsed)) return parsed; // the parser's chunk did not load: nothing to lint
  // Not usable: the parser's findings; in development builds every finding at once, as `wmebv lint`
  // gives them (the rules run on what parsed; D6, docs/decisions.md).
  let part: typeof import('./after-render-part.js');
  try {
    part = await import('./after-render-part.js');
  } catch {
    return parsed; // offline: the parser's findings alone, still refused
  }
  return { ok: false, findings: part.findingsOfUnparsed(parsed, raw), raw: typeof raw === 'string' ? safeJson(raw) : raw };
}

/**
 * The parse and the lint of a definition, once per object: the same object given again (a second
 * form on the page, a re-attached element, a framework setting the property on each render) is not
 * checked again. Objects only: JSON text is parsed anew each time, and a caller who changes an
 * object in place must give a new one, as Lit's property bindings already require.
 *
 * Only the parse of a valid definition comes with the form's code. The Wmebv rules (core's linter, `./lint.js`) are a
 * lazy chunk with the part `summary` (`./after-render-part.js`), run after the first render: definitions are linted where they are written
 * (`wmebv lint`) and served (the server refuses them), and the browser's own run is the last net
 * (docs/decisions.md, "The linter in browsers").
 */
const parses = new WeakMap<object, ParseResult | Promise<ParseResult>>();
const lints = new WeakMap<object, Promise<CheckResult>>();
function parseOnce(raw: unknown): ParseResult | Promise<ParseResult> {
  if (typeof raw !== 'object' || raw === null) return parse(raw);
  let result = parses.get(raw);
  if (!result) {
    const parsing = (result = parse(raw));
    parses.set(raw, parsing);
    // A parser chunk that did not load (offline, a deploy that removed it) is not the definition's
    // fault: forgotten, so the next load of the same object imports it again (docs/embedding.md).
    if (parsing instanceof Promise) void parsing.then((parsed) => chunkFailed(parsed) && parses.get(raw) === parsing && parses.delete(raw));
  }
  return result;
}

/** The finding of a chunk that did not load (`chunkFailure`), not of the definition. */
function chunkFailed(result: { findings: Finding[] }): boolean {
  return result.findings[0]?.ruleId === 'fetch';
}

/**
 * Core's parse of a definition (D4, docs/decisions.md): a definition the generated validator shows
 * valid is parsed without zod (`parseValidDefinition`, on the first load); anything else (unknown
 * properties, a broken definition) goes to core's zod-based `parseDefinition`, a lazy chunk
 * (`./definition-parse.js`), which decides and reports as `wmebv lint` does.
 */
function parse(raw: unknown): ParseResult | Promise<ParseResult> {
  const definition = parseValidDefinition(raw);
  if (definition) return { ok: true, definition, findings: [] };
  return import('./definition-parse.js').then(
    ({ parseDefinition }) => parseDefinition(raw),
    // Offline, the parser's chunk may not load, as a definition's fetch may fail: reported the same way.
    (error: unknown): ParseResult => chunkFailure('the definition parser', error),
  );
}

/** A lazy chunk that did not load, reported as a failed fetch of the definition is (the citizen sees the unavailable view). */
function chunkFailure(what: string, error: unknown): { ok: false; findings: Finding[] } {
  return unusable('fetch', `${what} did not load: ${error instanceof Error ? error.message : String(error)}`);
}
function lintOnce(raw: unknown, parsed: { definition: FormDefinition; findings: Finding[] }): Promise<CheckResult> {
  const lint = async (): Promise<CheckResult> => {
    let part: typeof import('./after-render-part.js');
    try {
      part = await import('./after-render-part.js');
    } catch (error) {
      // Offline the rules' chunk may not load: the form cannot vouch for the definition (nor show
      // errors: the summary comes with it), so it is unavailable, and the next load tries again.
      if (typeof raw === 'object' && raw !== null) lints.delete(raw);
      return chunkFailure('the definition checks', error);
    }
    // `ready` waits for this: only the rules that decide whether the form is usable run (docs/decisions.md,
    // "The linter in browsers"); in development builds a refused definition is linted in full for the report (D6).
    return part.lintForForm(parsed, raw);
  };
  if (typeof raw !== 'object' || raw === null) return lint();
  let result = lints.get(raw);
  if (!result) lints.set(raw, (result = lint()));
  return result;
}

function unusable(ruleId: string, detail: string): { ok: false; findings: Finding[] } {
  return { ok: false, findings: [{ ruleId, severity: 'error', pointer: '', messageKey: 'findings.schema', params: { detail } }] };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Says that a definition is not usable: every finding on the console (for developers) and the
 * `wmebv-definition-error` event from `element`; the citizen sees the "unavailable" view instead.
 * Returns the error that `ready` rejects with.
 */
export async function reportUnusable(element: HTMLElement, src: string | undefined, findings: Finding[]): Promise<DefinitionError> {
  // One line per finding: the English sentence in development builds, rule id, pointer and
  // parameters in production ones (core's `describe-findings` entry; docs/decisions.md, "Developer
  // messages only in development builds"). It comes with the linter's lazy chunk, which every
  // unusable definition has loaded already (only a failed fetch loads it for this alone).
  const { messages, advice } = await findingLines(findings);
  const detail: DefinitionErrorDetail = { source: src ?? 'definition property', findings, messages };
  console.error(`wmebv-form: the form definition (${detail.source}) is not usable:\n${detail.messages.join('\n')}\n${advice}`);
  element.dispatchEvent(new CustomEvent('wmebv-definition-error', { detail, bubbles: true, composed: true }));
  return new DefinitionError(findings, src);
}

/** The lines of `reportUnusable` and the advice after them. */
async function findingLines(findings: Finding[]): Promise<{ messages: string[]; advice: string }> {
  try {
    const lint = await import('./after-render-part.js');
    return { messages: await lint.describeFindings(findings), advice: lint.FINDINGS_ADVICE };
  } catch {
    // Offline, where a fetch fails, the linter's chunk may not load either: each line still names
    // the rule and the message key, and the event and `ready`'s rejection still come.
    return {
      messages: findings.map((finding) => `${finding.pointer || '/'}  ${finding.severity}  ${finding.ruleId}  ${finding.messageKey}`),
      advice: 'Run `npx wmebv lint`.',
    };
  }
}
