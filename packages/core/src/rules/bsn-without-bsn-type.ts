import type { LocalizedString } from '../definition/localized.js';
import { localize } from '../definition/localized.js';
import { inputFields } from '../definition/walk.js';
import type { InputField } from '../definition/schema.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * The words that ask for a citizen service number, as whole words, in Dutch and English (and the
 * old name sofinummer). A nine-digit pattern alone says nothing: bank, case and phone numbers are
 * digits too.
 */
const BSN_WORDS =
  /(?<![\p{L}\p{N}])(bsn|burgerservicenummer|burger\s*service\s*nummer|sofinummer|sofi-nummer|citizen\s+service\s+number)(?![\p{L}\p{N}])/iu;

/**
 * What every match of `BSN_WORDS` starts with, with the same flags (so the same case folding). Most
 * texts have none of these, and this test is cheap where `BSN_WORDS` (a case-folded `\p{L}` look-
 * behind tried at every position) costs about 1 ms to compile and 1 ms per 600 labels on a first visit.
 */
const BSN_WORD_STARTS = /bsn|burger|sofi|citizen/iu;

function mentionsBsn(text: string): boolean {
  return BSN_WORD_STARTS.test(text) && BSN_WORDS.test(text);
}

/** An id's words: `bsnAanvrager`, `aanvrager_bsn`, `aanvrager-BSN` → "bsn Aanvrager", "aanvrager bsn". */
function idWords(id: string): string {
  return id.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
}

/** Whether any translation of a text mentions a BSN. */
function textMentionsBsn(value: LocalizedString | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return mentionsBsn(value);
  for (const locale in value) if (mentionsBsn(value[locale]!)) return true;
  return false;
}

/**
 * Whether the id, label or hint asks for a BSN. The id is split into words only when it holds a
 * possible start: splitting (spaces, `_` and `-` to spaces) can break a match but never make one.
 */
function asksForBsn(field: InputField): boolean {
  return (BSN_WORD_STARTS.test(field.id) && mentionsBsn(idWords(field.id))) || textMentionsBsn(field.label) || textMentionsBsn(field.hint);
}

/**
 * A field that asks for a BSN without the `bsn` type escapes both the 11-proef check and the rule
 * `bsn-without-legal-basis` (UAVG art. 46: a BSN only where a law allows it). Matched by whole words
 * in the label, id and hint, in every locale of the definition.
 */
export const bsnWithoutBsnType: Rule = {
  id: 'bsn-without-bsn-type',
  severity: 'warning',
  article: 'UAVG art. 46',
  messageKey: 'findings.bsnWithoutBsnType',
  check(definition, { locale }) {
    const hits: RuleHit[] = [];
    for (const { field, pointer } of inputFields(definition)) {
      if (field.type === 'bsn' || !asksForBsn(field)) continue;
      hits.push({ pointer: `${pointer}/type`, params: { id: field.id, label: localize(field.label, locale), type: field.type } });
    }
    return hits;
  },
};
