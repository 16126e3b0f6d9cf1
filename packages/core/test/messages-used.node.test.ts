// Every message key is used somewhere (issue 11: both languages are downloaded, so a key no code
// asks for costs every visitor bytes for nothing). Node only: it reads the source files.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nl } from '@wmebv/core/messages';

const packages = fileURLToPath(new URL('../../', import.meta.url));
const RESOURCES = /\/i18n\/((nl|en|en-browser|en-findings|resources)\.ts|nl\/\w+\.ts)$/;
const NOT_PRODUCT = /\.(test|stories|examples)\.ts$/;

/** The product's TypeScript (every package's src/, without tests, stories, examples and the resources). */
function productSource(): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !RESOURCES.test(full) && !NOT_PRODUCT.test(entry.name)) files.push(full);
    }
  };
  for (const name of readdirSync(packages)) {
    const src = path.join(packages, name, 'src');
    try {
      walk(src);
    } catch {
      // a package without src/
    }
  }
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

function keys(resource: object, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe('message resources', () => {
  it('hold no key that no code asks for (English has the same keys, checked in i18n.test.ts)', () => {
    const source = productSource();
    // Keys built at run time name their family: `deadline.weekday.${day}` in code, or
    // `$t(findings.expected.{{expected}})` in a message. Every key of such a family counts as used.
    const families = new Set(
      [...source.matchAll(/`([\w.]+\.)\$\{/g), ...JSON.stringify(nl).matchAll(/\$t\(([\w.]+\.)\{\{/g)].map((match) => match[1]!),
    );
    const unused = keys(nl).filter((key) => {
      const base = key.replace(/_(zero|one|other)$/, '');
      const family = base.slice(0, base.lastIndexOf('.') + 1);
      const quoted = new RegExp(`['"\`(]${base.replaceAll('.', '\\.')}['"\`)]`);
      return !quoted.test(source) && !quoted.test(JSON.stringify(nl)) && !families.has(family);
    });
    expect(unused, 'keys in nl.ts/en.ts that no source file uses: remove them from both').to.deep.equal([]);
    expect(keys(nl).length).to.be.greaterThan(200);
  });
});
