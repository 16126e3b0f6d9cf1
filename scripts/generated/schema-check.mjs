// Checks generated from core's zod schemas: straight-line code per object shape, no zod at run time.
// Two kinds (issue 16 D4, issue 11 D8 in docs/decisions.md):
// - `unsure` (the definition validator, validate.generated.ts): it may only ever say "valid, and
//   this is what zod would give" or UNSURE (then zod decides and reports), so it is only a faster
//   way through a valid definition.
// - `decide` (what a browser receives or stores: receipts, keys, saved progress, outage notices,
//   a 422's errors): it gives what `schema.safeParse` gives, success with zod's output or refusal
//   with the JSON pointer of zod's first issue, because a browser has no zod to fall back to.
// A schema kind or check this generator does not know fails the generation: extend it here (the
// fuzz tests, packages/core/test/validate-generated.node.test.ts and generated-checks.node.test.ts,
// prove the extension against zod).
import { header } from './schema-check-header.mjs';
import { compact } from './schema-check-compact.mjs';

/** A string or number as a TypeScript literal, single-quoted as the repository writes them. */
export const quote = (value) =>
  typeof value === 'string' ? `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'` : JSON.stringify(value);
const access = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${quote(key)}]`);

/** zod's `httpProtocol` (zod/v4/core regexes): with it, zod requires `://` after the scheme. */
const HTTP_PROTOCOL_SOURCE = '^https?$';

/**
 * The module text for `entries` ({ name, schema, doc }). `decide`: the `decide` kind (above);
 * `functions`: Map from a function a refinement or `z.custom` calls to { name, from } (its import);
 * `title`: the header's first lines.
 */
export function generate({ entries, decide = false, warnUnknown = false, functions = new Map(), title }) {
  const constants = []; // module-level constants: regular expressions, sets
  const constantNames = new Map();
  const functionBodies = new Map(); // schema -> { name, body }
  const order = [];
  const imports = new Map(); // from -> Set of names
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
    throw new Error(`the schema checks do not know ${what}: extend scripts/generated/schema-check.mjs`);
  };
  /** The name of a function a refinement calls, imported from its zod-free module. */
  const named = (fn) => {
    const known = functions.get(fn);
    if (!known) fail(`the function ${fn.name || '(anonymous)'} of a refinement: name it in a zod-free module and list it`);
    if (!imports.has(known.from)) imports.set(known.from, new Set());
    imports.get(known.from).add(known.name);
    return known.name;
  };
  /** `return` a refusal: in `decide`, with the way to it (innermost segment first). */
  const refuse = (...segments) => (decide && segments.length ? `return at(${segments.map(quote).join(', ')});` : 'return U;');

  /** The condition a check puts on `x` (already of the schema's type). */
  function checkCondition(check, x, type) {
    const def = check._zod.def;
    const lengthCheck = def.check === 'min_length' || def.check === 'max_length';
    if (def.when && !(lengthCheck && def.when.name === '_whenHasLength')) fail(`a check with its own \`when\` (${def.check})`);
    switch (def.check) {
      case 'min_length':
        if (type === 'array') return `${x}.length >= ${def.minimum}`;
        if (type === 'string') return def.minimum === 1 ? `${x}.length > 0` : `codePointsAtLeast(${x}, ${def.minimum})`;
        return fail(`min_length on ${type}`);
      case 'max_length':
        if (!decide) return fail('max_length in a definition');
        if (type === 'array') return `${x}.length <= ${def.maximum}`;
        if (type === 'string') return `codePointsAtMost(${x}, ${def.maximum})`;
        return fail(`max_length on ${type}`);
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
        // zod's ISO formats are their pattern alone (zod/v4/core $ZodISODateTime, $ZodISODate).
        if (decide && (def.format === 'datetime' || def.format === 'date') && def.pattern) return `${regex(def.pattern)}.test(${x})`;
        return fail(`string format ${def.format}`);
      case 'custom':
        if (!decide) return fail('a refinement in a definition');
        // The shape is checked by then; the function's parameter names it (the generated code types it `Obj`).
        return ['object', 'array', 'record'].includes(type) ? `${named(def.fn)}(${x} as never)` : `${named(def.fn)}(${x})`;
      default:
        return fail(`check ${def.check}`);
    }
  }

  /** The checks of a schema: itself when it is a check (`z.url()`, `z.int()`), then those attached. */
  const allChecks = (schema) => [...(schema._zod.traits.has('$ZodCheck') ? [schema] : []), ...(schema._zod.def.checks ?? [])];
  const checks = (schema, x, type) => allChecks(schema).map((check) => checkCondition(check, x, type));
  /** In `decide`, a url check changes the value (zod trims it): not a leaf. */
  const changesValue = (schema) => decide && allChecks(schema).some((check) => check._zod.def.format === 'url');

  /** For a schema whose output is its input: the condition on `x`; else undefined. */
  function leaf(schema, x) {
    const def = schema._zod.def;
    if (def.coerce) fail('coercion');
    if (changesValue(schema)) return undefined;
    switch (def.type) {
      case 'string':
      case 'boolean':
        return [`typeof ${x} === '${def.type}'`, ...checks(schema, x, def.type)].join(' && ');
      case 'number':
        return [`typeof ${x} === 'number'`, `Number.isFinite(${x})`, ...checks(schema, x, 'number')].join(' && ');
      case 'undefined':
        if (!decide) return fail('z.undefined() in a definition');
        return [`${x} === undefined`, ...checks(schema, x, def.type)].join(' && ');
      case 'custom':
        if (!decide) return fail('z.custom() in a definition');
        return `${named(def.fn)}(${x})`;
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
  function assign(schema, source, target, present, segment) {
    let def = schema._zod.def;
    const optional = def.type === 'optional';
    if (optional) {
      schema = def.innerType;
      def = schema._zod.def;
      if (def.type === 'default' || def.type === 'optional') fail('an optional with a default or an optional inside');
    }
    if (optional && !present) fail('an optional outside an object');
    const refusal = decide ? `return at(${segment});` : 'return U;';
    // An optional property (most of them): one shared helper, with the property's check as a function.
    if (optional) return `if (optional(value, out, ${quote(present)}, ${checker(schema)})) ${refusal}`;
    return `if ((${target} = ${checker(schema)}(${source})) === U) ${refusal}`;
  }

  /** A function for the schema's check: its own, or for a leaf one that returns the value or U. */
  const leafFunctions = new Map();
  function checker(schema) {
    const condition = leaf(schema, 'x');
    if (condition === undefined) return functionFor(schema);
    if (!leafFunctions.has(condition)) leafFunctions.set(condition, `l${leafFunctions.size}`);
    return leafFunctions.get(condition);
  }

  function functionFor(schema) {
    let entry = functionBodies.get(schema);
    if (entry) return entry.name;
    entry = { name: `v${counter++}`, body: '' };
    functionBodies.set(schema, entry);
    order.push(entry);
    entry.body = body(schema);
    return entry.name;
  }

  /** After an object, array or record is built in `result`: its own checks (refinements with their path). */
  function after(schema, result, type) {
    if (!decide) {
      const conditions = checks(schema, result, type);
      return conditions.length ? `  if (!(${conditions.join(' && ')})) return U;\n` : '';
    }
    return allChecks(schema)
      .map((check) => `  if (!(${checkCondition(check, result, type)})) ${refuse(...[...(check._zod.def.path ?? [])].reverse())}\n`)
      .join('');
  }

  function objectBody(schema) {
    const def = schema._zod.def;
    const strict = def.catchall?._zod.def.type === 'never';
    if (!strict && !(decide && def.catchall === undefined)) fail('an object that is not strict (or, in `decide`, not stripping)');
    const keys = Object.keys(def.shape);
    if (keys.includes('__proto__')) fail('a property named __proto__');
    // `warnUnknown`: as parseDefinition takes them, an unknown key is noted (zod's unrecognized_keys) and dropped.
    const onUnknown = warnUnknown ? 'unknown.push([value, key]);' : 'return U;';
    const unknownKeys = `  for (const key in value) switch (key) { ${keys.map((key) => `case ${quote(key)}:`).join(' ')} break; default: ${onUnknown} }`;
    const properties = keys.map((key) => `  ${assign(def.shape[key], `value${access(key)}`, `out${access(key)}`, key, quote(key))}`);
    // zod reports a property's problem before an unknown key (at the object): so does `decide`.
    const lines = [
      '  if (!isObject(value)) return U;',
      ...(strict && !decide ? [unknownKeys] : []),
      '  const out: Obj = {};',
      ...properties,
      ...(strict && decide ? [unknownKeys] : []),
    ];
    return `${lines.join('\n')}\n${after(schema, 'out', 'object')}  return out;`;
  }

  function unionBody(schema) {
    const def = schema._zod.def;
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
        // zod: "No matching discriminator", at the discriminator.
        `  ${refuse(def.discriminator)}`,
      ].join('\n');
    }
    // zod tries the options in order; the first that takes the value gives the output. Refused
    // everywhere, zod's issue is at the union (the way into an option is forgotten).
    const marks = warnUnknown ? '  const mark = path.length;\n  const noted = unknown.length;' : '  const mark = path.length;';
    const lines = decide && def.options.some((option) => leaf(option, 'value') === undefined) ? [marks] : [];
    for (const option of def.options) {
      const condition = leaf(option, 'value');
      if (condition !== undefined) lines.push(`  if (${condition}) return value;`);
      else
        lines.push(
          `  {\n    const x = ${functionFor(option)}(value);\n    if (x !== U) return x;${decide ? '\n    path.length = mark;' : ''}${warnUnknown ? '\n    unknown.length = noted;' : ''}\n  }`,
        );
    }
    return `${lines.join('\n')}\n  return U;`;
  }

  function recordBody(schema) {
    const def = schema._zod.def;
    if (def.mode === 'loose' || def.keyType._zod.def.type !== 'string') fail('a record that is loose or without string keys');
    const keyCondition = leaf(def.keyType, 'key');
    if (decide) {
      // As zod's record: a plain object; `__proto__` and keys that are not enumerable are skipped.
      return [
        '  if (!isPlainObject(value)) return U;',
        '  const out: Obj = {};',
        '  for (const key of Reflect.ownKeys(value)) {',
        "    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;",
        `    if (typeof key !== 'string' || !(${keyCondition})) return at(String(key));`,
        `    ${assign(def.valueType, 'value[key]', 'out[key]', undefined, 'key')}`,
        '  }',
        `${after(schema, 'out', 'record')}  return out;`,
      ].join('\n');
    }
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
      `${after(schema, 'out', 'record')}  return out;`,
    ].join('\n');
  }

  function body(schema) {
    const def = schema._zod.def;
    if (def.coerce) fail('coercion');
    switch (def.type) {
      case 'object':
        return objectBody(schema);
      case 'array':
        return [
          '  if (!Array.isArray(value)) return U;',
          '  const out: unknown[] = new Array(value.length);',
          `  for (let index = 0; index < value.length; index++) {\n    ${assign(def.element, 'value[index]', 'out[index]', undefined, 'index')}\n  }`,
          `${after(schema, 'out', 'array')}  return out;`,
        ].join('\n');
      case 'union':
        return unionBody(schema);
      case 'record':
        return recordBody(schema);
      default: {
        if (changesValue(schema)) {
          // zod's url check gives the value trimmed, without tabs and line breaks (zod/v4/core $ZodURL).
          const [check, ...rest] = allChecks(schema);
          if (def.type !== 'string' || rest.length) fail('a url check with other checks');
          const { protocol } = check._zod.def;
          checkCondition(check, 'value', 'string'); // the same restrictions as in `unsure`
          return `  return typeof value === 'string' ? urlValue(value, ${regex(protocol)}, ${protocol.source === HTTP_PROTOCOL_SOURCE}) : U;`;
        }
        const condition = leaf(schema, 'value');
        if (condition === undefined) fail(`schema kind ${def.type}`);
        return `  return ${condition} ? value : U;`;
      }
    }
  }

  const roots = entries.map((entry) => ({ ...entry, function: functionFor(entry.schema) }));
  const { code, functionsText, rename } = compact(order, leafFunctions);
  const exported = roots.map(({ name, doc, function: root }) =>
    decide
      ? `\n${doc}\nexport function ${name}(value: unknown): Checked {\n  path.length = 0;${warnUnknown ? '\n  unknown.length = 0;' : ''}\n  return result(${rename(root)}(value));\n}`
      : `\n${doc}\nexport function ${name}(value: unknown): unknown {\n  return ${rename(root)}(value);\n}`,
  );
  const importLines = [...imports].map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${from}';`);
  const parts = [
    header(code + exported.join('\n'), { title, decide, warnUnknown, imports: importLines }),
    constants.join('\n'),
    ...exported,
    functionsText,
  ];
  return `${parts.join('\n')}\n`;
}
