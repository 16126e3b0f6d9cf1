import type { LegalBasis } from '../definition/schema.js';
import { inputFields } from '../definition/walk.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * An article reference as laws number them: `6`, `4.2`, `2:10`, `6:5a`, `3a` (paragraph and point
 * have their own properties). The law itself is free text: bases often sit in bylaws (APV,
 * verordeningen) or in EU law.
 */
export const ARTICLE_REFERENCE = /^\d+[a-z]{0,3}(?:[:.]\d+[a-z]{0,3})*$/i;

/**
 * A mandatory question must point at the article that needs the data (Awb 4:4 lid 2): an `article`
 * that is not an article reference ("zie website", "AVG") lets no one check it. Checked for every
 * basis that makes something mandatory, and for `bsn` fields (UAVG art. 46). Whether the data is
 * really needed no rule can judge: that stays the form owner's work.
 */
export const legalBasisArticle: Rule = {
  id: 'legal-basis-article',
  severity: 'error',
  article: 'Awb 4:4 lid 2',
  messageKey: 'findings.legalBasisArticle',
  check(definition) {
    const hits: RuleHit[] = [];
    const check = (basis: LegalBasis | undefined, pointer: string, id: string): void => {
      if (!basis || basis.article.trim() === '' || ARTICLE_REFERENCE.test(basis.article.trim())) return;
      hits.push({ pointer: `${pointer}/legalBasis/article`, params: { id, value: basis.article } });
    };
    for (const { field, pointer } of inputFields(definition)) {
      if (field.required || field.type === 'bsn') check(field.legalBasis, pointer, field.id);
    }
    (definition.declarations ?? []).forEach((declaration, index) => {
      if (declaration.required) check(declaration.legalBasis, `/declarations/${index}`, declaration.id);
    });
    return hits;
  },
};
