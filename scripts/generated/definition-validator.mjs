// The definition validator (packages/core/src/definition/validate.generated.ts), generated from
// core's zod schemas (`FormDefinitionSchema`): straight-line code per object shape, no zod at run
// time. It may only ever say "valid, and this is what zod would give" or "not sure" (then zod
// decides and reports), so it is only a faster way through a valid definition (issue 16, D4 in
// docs/decisions.md). A schema kind or check this generator does not know fails the generation:
// extend it here (and the fuzz test in packages/core/test/validate-generated.node.test.ts proves
// the extension against zod).
import { header } from './definition-validator-header.mjs';
import { importFromSources } from './others.mjs';

export const VALIDATOR = 'packages/core/src/definition/validate.generated.ts';

/** The generated validator, from the sources (no build needed). */
export async function definitionValidatorOutputs() {
  const { FormDefinitionSchema } = await importFromSources("export { FormDefinitionSchema } from './packages/core/src/definition/schema.ts';");
  return [{ file: VALIDATOR, text: generate(FormDefinitionSchema) }];
}

/** A string or number as a TypeScript literal, single-quoted as the repository writes them. */
const quote = (value) =>
  typeof value === 'string' ? `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'` : JSON.stringify(value);
const access = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${quote(key)}]`);

/** zod's `httpProtocol` (zod/v4/core regexes): with it, zod requires `://` after the scheme. */
const HTTP_PROTOCOL_SOURCE = '^https?$';

function generate(root) {
  const constants = []; // module-level constants: regular expressions, sets
  const constantNames = new Map();
  const functions = new Map(); // schema -> { name, body }
  const order = [];
  let counter = 0;

  const constant = (code) => {
    if (!constantNames.has(code)) {
      const name = `C${constantNames.size}`;
      constantNames.set(code, name);
      constants.push(`const ${name} = ${code};`);
    }
    return constantNames.get(code);
  };
  const regex = (pattern) => {
    if (/[gy]/.test(pattern.flags)) throw new Error(`a pattern with flags ${pattern.flags}: lastIndex matters, extend the generator`);
    return constant(`/${pattern.source}/${pattern.flags}`);
  };
  const fail = (what) => {
    throw new Error(`the definition validator does not know ${what}: extend scripts/generated/definition-validator.mjs`);
  };

  /** The condition a check puts on `x` (already of the schema's type). */
  function checkCondition(check, x, type) {
    const def = check._zod.def;
    if (def.when && !(def.check === 'min_length' && def.when.name === '_whenHasLength')) fail(`a check with its own \`when\` (${def.check})`);
    switch (def.check) {
      case 'min_length':
        if (type === 'array') return `${x}.length >= ${def.minimum}`;
        if (type === 'string') return def.minimum === 1 ? `${x}.length > 0` : `codePointsAtLeast(${x}, ${def.minimum})`;
        return fail(`min_length on ${type}`);
      case 'greater_than':
        if (typeof def.value !== 'number') return fail('greater_than with a non-number');
        return `${x} ${def.inclusive ? '>=' : '>'} ${def.value}`;
      case 'number_format':
        if (def.format === 'safeint') return `Number.isSafeInteger(${x})`;
        return fail(`number format ${def.format}`);
      case 'string_format':
        if (def.format === 'url') {
          if (def.hostname || def.normalize || !def.protocol) fail('a url check with hostname, normalize or without protocol');
          return `isUrl(${x}, ${regex(def.protocol)}, ${def.protocol.source === HTTP_PROTOCOL_SOURCE})`;
        }
        if ((def.format === 'regex' || def.format === 'email') && def.pattern) return `${regex(def.pattern)}.test(${x})`;
        return fail(`string format ${def.format}`);
      default:
        return fail(`check ${def.check}`);
    }
  }

  /** The checks of a schema: itself when it is a check (`z.url()`, `z.int()`), then those attached. */
  function checks(schema, x, type) {
    const zod = schema._zod;
    const all = [...(zod.traits.has('$ZodCheck') ? [schema] : []), ...(zod.def.checks ?? [])];
    return all.map((check) => checkCondition(check, x, type));
  }

  /** For a schema whose output is its input: the condition on `x`; else undefined. */
  function leaf(schema, x) {
    const def = schema._zod.def;
    if (def.coerce) fail('coercion');
    switch (def.type) {
      case 'string':
      case 'boolean':
        return [`typeof ${x} === '${def.type}'`, ...checks(schema, x, def.type)].join(' && ');
      case 'number':
        return [`typeof ${x} === 'number'`, `Number.isFinite(${x})`, ...checks(schema, x, 'number')].join(' && ');
      case 'literal':
      case 'enum': {
        const values = [...schema._zod.values];
        if (values.some((value) => !['string', 'number', 'boolean'].includes(typeof value)))
          fail('a literal that is not a string, number or boolean');
        const own =
          values.length <= 3
            ? `(${values.map((value) => `${x} === ${quote(value)}`).join(' || ')})`
            : `${constant(`new Set<unknown>(${JSON.stringify(values)})`)}.has(${x})`;
        return [own, ...checks(schema, x, def.type)].join(' && ');
      }
      default:
        return undefined;
    }
  }

  /**
   * One line: `x` becomes the schema's output for `source`, and `target` gets it, or the function
   * returns U. For an optional property (`present` is its `in` test), as zod: absent stays absent,
   * present is kept (undefined too).
   */
  function assign(schema, source, target, present) {
    let def = schema._zod.def;
    const optional = def.type === 'optional';
    if (optional) {
      schema = def.innerType;
      def = schema._zod.def;
      if (def.type === 'default' || def.type === 'optional') fail('an optional with a default or an optional inside');
    }
    if (optional && !present) fail('an optional outside an object');
    // An optional property (most of them): one shared helper, with the property's check as a function.
    if (optional) return `if (optional(value, out, ${quote(present)}, ${checker(schema)})) return U;`;
    return `if ((${target} = ${checker(schema)}(${source})) === U) return U;`;
  }

  /** A function for the schema's check: its own, or for a leaf one that returns the value or U. */
  const leafFunctions = new Map();
  function checker(schema) {
    const condition = leaf(schema, 'x');
    if (condition === undefined) return functionFor(schema);
    if (!leafFunctions.has(condition)) {
      const name = `l${leafFunctions.size}`;
      leafFunctions.set(condition, name);
    }
    return leafFunctions.get(condition);
  }

  function functionFor(schema) {
    let entry = functions.get(schema);
    if (entry) return entry.name;
    entry = { name: `v${counter++}`, body: '' };
    functions.set(schema, entry);
    order.push(entry);
    entry.body = body(schema);
    return entry.name;
  }

  function body(schema) {
    const def = schema._zod.def;
    if (def.coerce) fail('coercion');
    const after = (type, result) => {
      const conditions = checks(schema, result, type);
      return conditions.length ? `  if (!(${conditions.join(' && ')})) return U;\n` : '';
    };
    switch (def.type) {
      case 'object': {
        if (def.catchall?._zod.def.type !== 'never') fail('an object that is not strict');
        const keys = Object.keys(def.shape);
        if (keys.includes('__proto__')) fail('a property named __proto__');
        const lines = [
          '  if (!isObject(value)) return U;',
          `  for (const key in value) switch (key) { ${keys.map((key) => `case ${quote(key)}:`).join(' ')} break; default: return U; }`,
          '  const out: Obj = {};',
          ...keys.map((key) => `  ${assign(def.shape[key], `value${access(key)}`, `out${access(key)}`, key)}`),
        ];
        return `${lines.join('\n')}\n${after('object', 'out')}  return out;`;
      }
      case 'array':
        return [
          '  if (!Array.isArray(value)) return U;',
          '  const out: unknown[] = new Array(value.length);',
          `  for (let index = 0; index < value.length; index++) {\n    ${assign(def.element, 'value[index]', 'out[index]')}\n  }`,
          `${after('array', 'out')}  return out;`,
        ].join('\n');
      case 'union': {
        if (checks(schema, 'x', 'union').length) fail('a union with checks');
        if (def.discriminator !== undefined) {
          const byValue = new Map();
          for (const option of def.options) {
            const values = option._zod.propValues?.[def.discriminator];
            if (!values) fail('a discriminated union with an option that is not an object');
            for (const value of values) byValue.set(value, byValue.has(value) ? null : option);
          }
          const cases = [...byValue].filter(([, option]) => option !== null);
          return [
            '  if (!isObject(value)) return U;',
            `  switch (value${access(def.discriminator)}) {`,
            ...cases.map(([value, option]) => `    case ${quote(value)}: return ${functionFor(option)}(value);`),
            '  }',
            '  return U;',
          ].join('\n');
        }
        // zod tries the options in order; the first that takes the value gives the output.
        const lines = [];
        for (const option of def.options) {
          const condition = leaf(option, 'value');
          if (condition !== undefined) lines.push(`  if (${condition}) return value;`);
          else lines.push(`  {\n    const x = ${functionFor(option)}(value);\n    if (x !== U) return x;\n  }`);
        }
        return `${lines.join('\n')}\n  return U;`;
      }
      case 'record': {
        if (def.mode === 'loose' || def.keyType._zod.def.type !== 'string') fail('a record that is loose or without string keys');
        const keyCondition = leaf(def.keyType, 'key');
        return [
          // Plain objects with plain string keys only, as zod takes them without a doubt.
          '  if (!isObject(value)) return U;',
          '  const prototype: unknown = Object.getPrototypeOf(value);',
          '  if (prototype !== Object.prototype && prototype !== null) return U;',
          '  const out: Obj = {};',
          '  for (const key of Reflect.ownKeys(value)) {',
          "    if (typeof key !== 'string' || key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) return U;",
          `    if (!(${keyCondition})) return U;`,
          `    ${assign(def.valueType, 'value[key]', 'out[key]')}`,
          '  }',
          `${after('record', 'out')}  return out;`,
        ].join('\n');
      }
      default: {
        const condition = leaf(schema, 'value');
        if (condition === undefined) fail(`schema kind ${def.type}`);
        return `  return ${condition} ? value : U;`;
      }
    }
  }

  const rootName = functionFor(root);
  // The same code for different schema objects (a `z.optional(LocalizedStringSchema)` per rule of
  // each `errorMessages`): one function.
  for (let merged = true; merged;) {
    merged = false;
    const byBody = new Map();
    for (const entry of order) {
      const same = byBody.get(entry.body);
      if (same === undefined) {
        byBody.set(entry.body, entry);
        continue;
      }
      const pattern = new RegExp(`\\b${entry.name}\\b`, 'g');
      for (const other of order) other.body = other.body.replace(pattern, same.name);
      order.splice(order.indexOf(entry), 1);
      merged = true;
      break;
    }
  }
  // The same run of properties at the start of several objects (every question's `fieldBase`): one
  // function, called from each.
  const OUT = '  const out: Obj = {};\n';
  const propertyLines = (entry) =>
    entry.body.includes(OUT)
      ? entry.body
          .split(OUT)[1]
          .split('\n')
          .filter((line) => line.startsWith('  if ('))
      : [];
  // The run that saves most: shared by at least three objects, at least four properties long.
  const runs = new Map();
  for (const entry of order) {
    const lines = propertyLines(entry);
    for (let length = 4; length <= lines.length; length++) {
      const run = lines.slice(0, length).join('\n');
      runs.set(run, [...(runs.get(run) ?? []), entry]);
    }
  }
  let best;
  for (const [run, entries] of runs) {
    const saving = (entries.length - 1) * run.length;
    if (entries.length >= 3 && (!best || saving > best.saving)) best = { run, entries, saving };
  }
  const shared = [];
  if (best) {
    const body = best.run.replace(/return U;$/gm, 'return true;');
    shared.push(`\nfunction p0(value: Obj, out: Obj): boolean {\n${body}\n  return false;\n}`);
    for (const entry of best.entries) entry.body = entry.body.replace(best.run, '  if (p0(value, out)) return U;');
  }
  const names = new Map(order.map((entry, index) => [entry.name, `v${index}`]));
  const rename = (text) => text.replace(/\bv\d+\b/g, (match) => names.get(match));
  const leaves = [...leafFunctions].map(([condition, name]) => `\nfunction ${name}(x: unknown): unknown {\n  return ${condition} ? x : U;\n}`);
  const code = [...order.map((entry) => rename(entry.body)), ...leaves, ...shared.map(rename)].join('\n');
  const parts = [
    header(code),
    constants.join('\n'),
    '',
    '/**',
    ' * What `FormDefinitionSchema.safeParse(value)` gives on success, or UNSURE when this code cannot',
    ' * show that the value is valid (then zod decides, and reports).',
    ' */',
    `export function validateDefinition(value: unknown): unknown {\n  return ${rename(rootName)}(value);\n}`,
    ...order.map((entry) => `\nfunction ${names.get(entry.name)}(value: unknown): unknown {\n${rename(entry.body)}\n}`),
    ...shared.map(rename),
    ...leaves,
  ];
  return `${parts.join('\n')}\n`;
}
