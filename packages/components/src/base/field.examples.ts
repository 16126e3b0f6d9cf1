/**
 * Example data shared by the stories of many elements: written once here, used by stories, tests
 * and docs (GOV.UK: "examples written once"). Examples of one element sit in its own folder
 * (`<element>.examples.ts`). Dutch content first; English where a story shows the English version.
 *
 * Everything a user reads comes from core (the translator, `buildReview`), so the stories show
 * exactly what the form would show, never a hand-written imitation.
 */
import { getTranslator, type LegalBasis, type MessageKey, type SupportedLocale, type ValidationMessageKey } from '@wmebv/core';

// ---- legal bases ---------------------------------------------------------------------------------

const AWB_6_5 = 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=6:5';

/** Why a name and address are required on an objection: Awb 6:5 lid 1 onder a. */
export const legalBasisNameAddress: LegalBasis = {
  law: 'Awb',
  article: '6:5',
  paragraph: '1',
  point: 'a',
  url: AWB_6_5,
  explanation: {
    nl: 'Een bezwaarschrift moet uw naam en adres bevatten. Anders kunnen wij het niet in behandeling nemen.',
    en: 'An objection must state your name and address. Otherwise we cannot deal with it.',
  },
};

/** Why the grounds of an objection are required: Awb 6:5 lid 1 onder d. */
export const legalBasisGrounds: LegalBasis = {
  law: 'Awb',
  article: '6:5',
  paragraph: '1',
  point: 'd',
  url: AWB_6_5,
  explanation: {
    nl: 'In een bezwaarschrift moet staan waarom u het niet eens bent met het besluit.',
    en: 'An objection must say why you disagree with the decision.',
  },
};

/** Why the decision objected to must be identified: Awb 6:5 lid 1 onder c. */
export const legalBasisDecision: LegalBasis = {
  law: 'Awb',
  article: '6:5',
  paragraph: '1',
  point: 'c',
  url: AWB_6_5,
};

/** Why a representative must add an authorisation: Awb 2:1 lid 2. */
export const legalBasisAuthorisation: LegalBasis = {
  law: 'Awb',
  article: '2:1',
  paragraph: '2',
  url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=2:1',
  explanation: {
    nl: 'Maakt u bezwaar namens iemand anders? Dan mogen wij vragen om een schriftelijke machtiging.',
    en: 'If you object on behalf of someone else, we may ask for a written authorisation.',
  },
};

// ---- messages exactly as core produces them ------------------------------------------------------

/**
 * A validation message as core's validation would word it (`validation.*` keys, the resources' or a
 * field type's own), with the field's label filled in: the same text the form shows inline and in
 * the error summary.
 */
export function coreMessage(
  key: ValidationMessageKey extends `validation.${infer Rule}` ? Rule : never,
  label: string,
  params: Record<string, unknown> = {},
  locale: SupportedLocale = 'nl',
): string {
  return getTranslator(locale)(`validation.${key}` as MessageKey, { ...params, label });
}
