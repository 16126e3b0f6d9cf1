import type { LocalizedString } from '../definition/localized.js';
import { localize } from '../definition/localized.js';
import { inputFields } from '../definition/walk.js';
import type { Rule } from './rule.js';

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

function texts(value: LocalizedString | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : Object.values(value);
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
    return inputFields(definition)
      .filter(({ field }) => field.type !== 'bsn')
      .filter(({ field }) => [idWords(field.id), ...texts(field.label), ...texts(field.hint)].some(mentionsBsn))
      .map(({ field, pointer }) => ({
        pointer: `${pointer}/type`,
        params: { id: field.id, label: localize(field.label, locale), type: field.type },
      }));
  },
};
