import { LEGAL_BASIS_INCOMPLETE } from '../definition/parser-findings.js';
import type { LegalBasis } from '../definition/schema.js';
import { inputFields } from '../definition/walk.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * A legal basis must say which law (`law`), which article (`article`) and where to read it (`url`,
 * a web address starting with https:// or http://), or the citizen cannot check why the question
 * is mandatory. A `legalBasis` whose properties are missing or not text is reported under this
 * rule's id by the parser (`parseDefinition`), with the same message.
 */
export const legalBasisIncomplete: Rule = {
  ...LEGAL_BASIS_INCOMPLETE,
  check(definition) {
    const hits: RuleHit[] = [];
    // Forms repeat one basis on many questions: each address is parsed (new URL) once.
    const addresses = new Map<string, boolean>();
    const isAddress = (url: string): boolean => addresses.get(url) ?? addresses.set(url, isWebAddress(url)).get(url)!;
    const check = (basis: LegalBasis | undefined, pointer: string, id: string): void => {
      if (!basis) return;
      if (basis.law.trim() !== '' && basis.article.trim() !== '' && isAddress(basis.url)) return;
      const missing = [
        basis.law.trim() === '' ? 'law' : undefined,
        basis.article.trim() === '' ? 'article' : undefined,
        isAddress(basis.url) ? undefined : 'url',
      ].filter((name) => name !== undefined);
      if (missing.length > 0) hits.push({ pointer: `${pointer}/legalBasis/${missing[0]}`, params: { id, missing: missing.join(', ') } });
    };
    for (const { field, pointer } of inputFields(definition)) check(field.legalBasis, pointer, field.id);
    (definition.declarations ?? []).forEach((declaration, index) => check(declaration.legalBasis, `/declarations/${index}`, declaration.id));
    return hits;
  },
};

/** An absolute http(s) address with a host name that has a dot (`https://wetten.overheid.nl/...`). */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
