// The design tokens: packages/components/src/styles/tokens.json (DTCG: $type, $value, $description)
// is the one source; Style Dictionary reads it (and fails on a broken `{reference}`), this module
// writes the CSS the elements adopt and the token table of docs/theming.md from it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import StyleDictionary from 'style-dictionary';
import { repoRoot } from '../setup.mjs';
import { walk } from './others.mjs';

export const TOKENS_JSON = 'packages/components/src/styles/tokens.json';
export const TOKENS_CSS = 'packages/components/src/styles/tokens.css';
/** `$extensions` key: the NL Design System tokens for the same decision, tried in order before the default. */
const FALLBACK = 'nl.wmebv.fallback';

/** Every token, in the order of tokens.json: `{ name, type, value (CSS, default only), fallback[], description, reference? }`. */
export async function readTokens() {
  const sd = new StyleDictionary({
    source: [path.join(repoRoot, TOKENS_JSON)],
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'error', errors: { brokenReferences: 'throw' } },
    platforms: { css: { transforms: ['name/wmebv'] } },
  });
  sd.registerTransform({ name: 'name/wmebv', type: 'name', transform: (token) => token.path.join('-') });
  const { allTokens } = await sd.getPlatformTokens('css');
  return allTokens.map((token) => {
    const original = token.original.$value;
    const reference = typeof original === 'string' ? /^\{([^}]+)\}$/.exec(original)?.[1] : undefined;
    return {
      name: `--${token.name}`,
      type: token.$type,
      value: reference ? `var(--${reference.replaceAll('.', '-')})` : cssValue(original),
      resolved: cssValue(token.$value),
      reference: reference && `--${reference.replaceAll('.', '-')}`,
      fallback: token.$extensions?.[FALLBACK] ?? [],
      description: token.$description ?? '',
    };
  });
}

/** A DTCG value as CSS: font family lists quoted where needed, numbers as they are. */
function cssValue(value) {
  if (Array.isArray(value)) return value.map((name) => (/^[a-z-]+$/i.test(name) ? name : `'${name}'`)).join(', ');
  return String(value);
}

/** `var(--a, var(--b, default))`: the NL Design System tokens first, then the library's default. */
const withFallbacks = (token) => token.fallback.reduceRight((inner, name) => `var(${name}, ${inner})`, token.value);

const HEADER = `/*
 * GENERATED from tokens.json by \`pnpm tokens\` (scripts/generated/tokens.mjs): edit tokens.json.
 *
 * Design tokens of @wmebv/components: every visual decision as a custom property. The components
 * use only \`--wmebv-*\`; each of those falls back to the NL Design System token for the same
 * decision where one exists (\`--utrecht-*\` component tokens, then \`--basis-*\` common tokens), then
 * to a GOV.UK-like default whose colour pairs meet WCAG 2.2 AA. A page can set any \`--wmebv-*\`
 * itself (on :root, or on any ancestor of the form), which wins.
 *
 * The defaults are declared on \`:root\` and on NL Design System theme classes (\`.utrecht-theme\`,
 * \`.rotterdam-theme\`, … anything ending in \`-theme\`), so that a theme set on \`body\` or a wrapper
 * still reaches them. Everything is in \`@layer wmebv\`: any unlayered declaration of the page wins.
 * See docs/theming.md.
 */
`;

export function tokensCss(tokens) {
  const lines = tokens.map((token) => `    /* ${token.description.replaceAll('*/', '* /')} */\n    ${token.name}: ${withFallbacks(token)};`);
  return `${HEADER}@layer wmebv {\n  :where(:root, [class$='-theme'], [class*='-theme ']) {\n${lines.join('\n')}\n  }\n}\n`;
}

const code = (text) => `\`${text.replaceAll('|', '\\|')}\``;

/** The table of every token for docs/theming.md. */
export function tokensTable(tokens) {
  const rows = tokens.map((token) => {
    const fallback = token.fallback.map(code).join(', ');
    const value = token.reference ? `${code(token.reference)} (${code(token.resolved)})` : code(token.value);
    return `| ${code(token.name)} | ${token.type} | ${value} | ${fallback} | ${token.description.replaceAll('|', '\\|')} |`;
  });
  return ['| token | type | default | NL Design System fallback | used for |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The tokens each element uses, from custom-elements.json (`cssProperties`), for docs/theming.md. */
export function tokensPerElementTable(manifestText) {
  const manifest = JSON.parse(manifestText);
  const elements = (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
  const described = (property) =>
    property.description && !property.description.startsWith('used by its CSS')
      ? `${code(property.name)} (${property.description})`
      : code(property.name);
  const rows = elements.map((element) => `| ${code(element.tagName)} | ${(element.cssProperties ?? []).map(described).join(', ')} |`);
  return ['| element | tokens |', '|---|---|', ...rows].join('\n');
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function replaceBetween(text, name, content, file) {
  const start = `<!-- ${name}:start (generated by \`pnpm tokens\`) -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} lacks the markers ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/**
 * Every `var(--wmebv-*)` in the components' CSS (and CSS written in their TypeScript, e.g. a
 * `style` attribute) names a token of tokens.json, and none repeats a default as a fallback
 * (`var(--wmebv-x, #fff)`, `var(--wmebv-border-color, currentColor)`): the default lives in
 * tokens.json only.
 */
export function checkTokenUse(tokens) {
  const defined = new Set(tokens.map((token) => token.name));
  const src = path.join(repoRoot, 'packages/components/src');
  const problems = [];
  for (const file of walk(src).filter((f) => /\.(css|ts)$/.test(f) && !f.endsWith(`${path.sep}tokens.css`))) {
    const css = readFileSync(file, 'utf8');
    const where = path.relative(repoRoot, file);
    for (const [, name, comma] of css.matchAll(/var\((--wmebv-[a-z0-9-]+)\s*(,?)/g)) {
      if (!defined.has(name)) problems.push(`${where} uses ${name}, which ${TOKENS_JSON} does not define`);
      if (comma) problems.push(`${where} gives ${name} a fallback: its default belongs in ${TOKENS_JSON} only`);
    }
  }
  if (problems.length > 0) throw new Error(`Tokens:\n  ${[...new Set(problems)].join('\n  ')}`);
}

/** What `pnpm tokens` writes: the CSS and docs/theming.md's two tables. */
export async function tokenOutputs() {
  const tokens = await readTokens();
  checkTokenUse(tokens);
  const theming = 'docs/theming.md';
  let docs = readFileSync(path.join(repoRoot, theming), 'utf8');
  docs = replaceBetween(docs, 'tokens', tokensTable(tokens), theming);
  const manifest = readFileSync(path.join(repoRoot, 'packages/components/custom-elements.json'), 'utf8');
  docs = replaceBetween(docs, 'tokens-per-element', tokensPerElementTable(manifest), theming);
  return [
    { file: TOKENS_CSS, text: tokensCss(tokens) },
    { file: theming, text: docs },
  ];
}
