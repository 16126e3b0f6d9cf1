/**
 * A quick path through the definition schema for input that is valid: it reads the zod schemas'
 * own definitions (`_zod.def`: shape, options, checks) and walks the value once, with no per-value
 * payloads, closures or issue lists, and builds the same output zod would (a copy, keys in the
 * schema's order). Checks (`minLength`, `regex`, `url`, `int` ...) run as zod's own check functions,
 * so what a value must satisfy is defined once, in the schemas.
 *
 * It never decides that input is wrong: at the first doubt (a problem, an unknown key, a schema
 * kind it does not know) it answers `UNSURE`, and the caller runs zod, which reports the problems.
 * So it can only be faster, never different: a Node test compares it with zod on fuzzed input.
 *
 * Why: a first visit parses the definition with cold code. Through zod, a 200-field definition is
 * some 5,000 schema runs, each with its own payload object, and most of the first call's time went
 * to that (issue 16, "parse + lint at most 10 ms").
 */
import type * as z from '../zod.js';

/** Not shown valid here: ask zod. */
export const UNSURE: unique symbol = Symbol('unsure');

/** What the walk needs of a zod schema's definition (zod/v4/core `$ZodTypeDef` and friends). */
interface Def {
  type: string;
  coerce?: boolean;
  checks?: readonly Check[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
  element?: Schema;
  options?: readonly Schema[];
  discriminator?: string;
  keyType?: Schema;
  valueType?: Schema;
  mode?: string;
}
interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check(payload: Payload): unknown };
}
interface Schema {
  _zod: { def: Def; traits: Set<string>; values?: Set<unknown>; check?(payload: Payload): unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

/**
 * The value as `schema.safeParse(value)` returns it on success, or `UNSURE` when this walk cannot
 * show it is valid (then zod decides, and reports).
 */
export function quickParse(schema: z.ZodMiniType, value: unknown): unknown {
  return walk(schema as unknown as Schema, value);
}

/** One payload for every check (a check reads `value` and pushes to `issues`; it keeps neither). */
const scratch: Payload = { value: undefined, issues: [] };

function walk(schema: Schema, value: unknown): unknown {
  const zod = schema._zod;
  const def = zod.def;
  if (def.coerce) return UNSURE;
  let out: unknown;
  switch (def.type) {
    case 'string':
    case 'boolean':
    case 'number':
      // As zod: the type, and for numbers no NaN or Infinity.
      if (typeof value !== def.type || (def.type === 'number' && !Number.isFinite(value))) return UNSURE;
      out = value;
      break;
    case 'literal':
    case 'enum':
      // The values zod itself accepts (a Set on the schema).
      if (!zod.values!.has(value)) return UNSURE;
      out = value;
      break;
    case 'optional':
      // zod's optional passes `undefined` through unless its inner schema has a default (not used here).
      if (value === undefined) return def.innerType!._zod.def.type === 'default' ? UNSURE : undefined;
      return walk(def.innerType!, value);
    case 'object':
      out = walkObject(def, value);
      break;
    case 'array':
      out = walkArray(def, value);
      break;
    case 'union':
      if (def.discriminator !== undefined) {
        const option = optionFor(schema, value);
        if (option === undefined) return UNSURE;
        out = walk(option, value);
        break;
      }
      out = UNSURE;
      for (const option of def.options!) {
        out = walk(option, value);
        if (out !== UNSURE) break;
      }
      break;
    case 'record':
      out = walkRecord(def, value);
      break;
    default:
      return UNSURE; // a schema kind this walk does not know (pipe, transform, default, lazy ...)
  }
  if (out === UNSURE) return UNSURE;
  // The checks, as zod runs them after the type: a schema that is itself a check (`z.url()`,
  // `z.int()`) first, then those attached with `.check(...)`.
  if (zod.traits.has('$ZodCheck') && !passes(schema as unknown as Check, out)) return UNSURE;
  if (def.checks) for (const check of def.checks) if (!passes(check, out)) return UNSURE;
  return out;
}

function passes(check: Check, value: unknown): boolean {
  scratch.value = value;
  scratch.issues.length = 0;
  const when = check._zod.def.when;
  if (when && !when(scratch)) return true;
  const result = check._zod.check(scratch);
  // An async check, or one that rewrites the value (trim, lower case): zod's business.
  return result === undefined && scratch.issues.length === 0 && scratch.value === value;
}

function walkObject(def: Def, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return UNSURE;
  const shape = def.shape!;
  const input = value as Record<string, unknown>;
  // Strict objects only (the definition language reports unknown properties): any key outside the
  // shape, own or inherited, is zod's to report.
  if (def.catchall?._zod.def.type !== 'never') return UNSURE;
  for (const key in input) if (!Object.hasOwn(shape, key)) return UNSURE;
  const out: Record<string, unknown> = {};
  for (const key in shape) {
    if (key === '__proto__') return UNSURE;
    const present = key in input;
    const parsed = walk(shape[key]!, input[key]);
    if (parsed === UNSURE) return UNSURE;
    // As zod's handlePropertyResult: an absent optional key stays absent, a present one is kept.
    if (present) out[key] = parsed;
  }
  return out;
}

/** A discriminated union's option for this value, as zod picks it (by the discriminator's value). */
function optionFor(union: Schema, value: unknown): Schema | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  let byValue = optionMaps.get(union);
  if (byValue === undefined) {
    byValue = discriminatorMap(union._zod.def);
    optionMaps.set(union, byValue);
  }
  return byValue.get((value as Record<string, unknown>)[union._zod.def.discriminator!]) ?? undefined;
}

const optionMaps = new WeakMap<Schema, Map<unknown, Schema | null>>();

/** Each discriminator value's option; `null` where two options claim it (zod then refuses it). */
function discriminatorMap(def: Def): Map<unknown, Schema | null> {
  const map = new Map<unknown, Schema | null>();
  for (const option of def.options!) {
    const values = (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[def.discriminator!];
    if (!values) return new Map(); // not an object option: leave it all to zod
    for (const value of values) map.set(value, map.has(value) ? null : option);
  }
  return map;
}

function walkArray(def: Def, value: unknown): unknown {
  if (!Array.isArray(value)) return UNSURE;
  const out: unknown[] = new Array(value.length);
  for (let index = 0; index < value.length; index++) {
    const parsed = walk(def.element!, value[index]);
    if (parsed === UNSURE) return UNSURE;
    out[index] = parsed;
  }
  return out;
}

function walkRecord(def: Def, value: unknown): unknown {
  // Plain objects with plain string keys only; anything else (symbols, hidden or inherited keys,
  // a key schema with a fixed list of values) goes to zod.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return UNSURE;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return UNSURE;
  if (def.mode === 'loose' || def.keyType!._zod.def.type !== 'string') return UNSURE;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(input)) {
    if (typeof key !== 'string' || key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) return UNSURE;
    if (walk(def.keyType!, key) !== key) return UNSURE;
    const parsed = walk(def.valueType!, input[key]);
    if (parsed === UNSURE) return UNSURE;
    out[key] = parsed;
  }
  return out;
}
