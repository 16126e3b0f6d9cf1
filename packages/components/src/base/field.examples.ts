/**
 * Example data shared by the stories: written once here, used by every story (GOV.UK: "examples
 * written once, used by stories, tests and docs"). Dutch content first; English where a story shows
 * the English version.
 *
 * Everything a user reads comes from core (`buildReview`, the translator), so the stories show
 * exactly what the form would show, never a hand-written imitation.
 */
import {
  buildReview,
  getTranslator,
  parseDefinition,
  type Attachment,
  type Envelope,
  type FieldValues,
  type FormDefinition,
  type LegalBasis,
  type Option,
  type Receipt,
  type ReviewSection,
  type MessageKeyIn,
  type SupportedLocale,
} from '@wmebv/core';
import objection from '../../../../demo/forms/bezwaarschrift.json' with { type: 'json' };

// ---- legal bases ---------------------------------------------------------------------------------

const AWB_6_5 = 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=6:5';
const AWB_9_4 = 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=9:4';

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
 * A validation message as core's validation would word it (`validation.*` keys), with the field's
 * label filled in: the same text the form shows inline and in the error summary.
 */
export function coreMessage(
  key: MessageKeyIn<'validation'>,
  label: string,
  params: Record<string, unknown> = {},
  locale: SupportedLocale = 'nl',
): string {
  return getTranslator(locale)(`validation.${key}`, { ...params, label });
}

// ---- answers used by several field stories -------------------------------------------------------

/** The two answers of "Waar woont u?" on the objection form. */
export const residenceOptions: Option[] = [
  { value: 'nl', label: 'In Nederland' },
  { value: 'buitenland', label: 'In het buitenland' },
];

export const residenceOptionsEn: Option[] = [
  { value: 'nl', label: 'In the Netherlands' },
  { value: 'buitenland', label: 'Abroad' },
];

/** The file limits of the objection form's attachments: PDF, JPEG, PNG; 10 MB each; 5 files. */
export const attachmentLimits = {
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
  maxFileSize: 10 * 1024 * 1024,
  maxFiles: 5,
};

/** Files as the browser would hand them over (contents are zeros; only name, type and size matter). */
export function sampleFiles(): File[] {
  return [
    new File([new Uint8Array(253_952)], 'besluit-dakkapel.pdf', { type: 'application/pdf' }),
    new File([new Uint8Array(2_411_724)], 'foto-voorgevel.jpg', { type: 'image/jpeg' }),
  ];
}

/** A text of exactly `length` characters (code points), for character-count stories. */
export function textOfLength(length: number): string {
  const sentence =
    'De dakkapel aan de achterkant is vanaf de straat niet te zien en past bij de andere dakkapels in de rij. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

// ---- the objection form (demo/forms/bezwaarschrift.json) -----------------------------------------

/** The demo's objection form as JSON (what `wmebv-form` gets as its `definition`). */
export const objectionJson: unknown = objection;

function parsed(input: unknown): FormDefinition {
  const result = parseDefinition(input);
  if (!result.ok) throw new Error(`field.examples.ts: example definition does not parse: ${JSON.stringify(result.findings)}`);
  return result.definition;
}

/** The objection form, parsed by core. */
export const objectionDefinition: FormDefinition = parsed(objection);

/**
 * The attachments sent with the sample objection, as in the envelope. The SHA-256 values are those of
 * the zero-filled bytes `sampleFiles()` makes, so the two agree.
 */
export const objectionAttachments: Attachment[] = [
  {
    id: 'afschriftBesluit-1',
    field: 'afschriftBesluit',
    name: 'besluit-dakkapel.pdf',
    size: 253_952,
    type: 'application/pdf',
    sha256: '5132a24b01320fb085912c4da9e4c7cebe6c0f2a5dd43f277b4138e8d6d4e9b3',
  },
  {
    id: 'bijlagen-1',
    field: 'bijlagen',
    name: 'foto-voorgevel.jpg',
    size: 2_411_724,
    type: 'image/jpeg',
    sha256: '29188c235d4256abb7d59f19c9340840b3ba3a207e90b5c12222645266e6a1a4',
  },
  {
    id: 'bijlagen-2',
    field: 'bijlagen',
    name: 'brief-buren.pdf',
    size: 88_064,
    type: 'application/pdf',
    sha256: '9c6a5d610d09a5f6cc9322193a290f558fe7ef61678bf7d0db7e14de175af30e',
  },
];

/** Normalised answers (as core's `validateValues` returns them) of someone living in the Netherlands. */
export const objectionValuesNl: FieldValues = {
  omschrijvingBesluit: 'De weigering van mijn omgevingsvergunning voor een dakkapel aan de Dorpsstraat 12.',
  kenmerkBesluit: 'OV-2026-01234',
  datumBesluit: '2026-04-02',
  afschriftBesluit: ['afschriftBesluit-1'],
  gronden:
    'De dakkapel is aan de achterkant en vanaf de straat niet te zien.\n' +
    'Vijf huizen in dezelfde rij hebben al zo’n dakkapel.\n' +
    'De buren hebben geen bezwaar (zie hun brief).',
  bijlagen: ['bijlagen-1', 'bijlagen-2'],
  horen: 'ja',
  naam: 'Fatima el Amrani',
  woonland: 'nl',
  straatHuisnummer: 'Dorpsstraat 12',
  postcode: '1234 AB',
  woonplaats: 'Voorbeeld',
  email: 'f.elamrani@example.org',
  namensAnder: 'nee',
};

/** The same objection from someone living abroad: the Dutch address questions are hidden. */
export const objectionValuesAbroad: FieldValues = {
  omschrijvingBesluit: 'De aanslag afvalstoffenheffing 2026 voor mijn vakantiewoning aan de Zeeweg 4.',
  kenmerkBesluit: 'BEL-2026-778812',
  datumBesluit: '2026-03-16',
  gronden: 'De woning staat het hele jaar leeg en er wordt geen afval aangeboden.',
  horen: 'nee',
  naam: 'Pieter de Vries',
  woonland: 'buitenland',
  buitenlandsAdres: 'Rue de la Loi 16\n1000 Brussel\nBelgië',
  telefoon: '+32 2 123 45 67',
};

/** "Controleer uw antwoorden" for the objection, built by core. */
export function objectionReview(values: FieldValues, locale: SupportedLocale = 'nl'): ReviewSection[] {
  const attachments = objectionAttachments.filter((attachment) =>
    Object.values(values).some((value) => Array.isArray(value) && value.includes(attachment.id)),
  );
  return buildReview(objectionDefinition, values, attachments, locale);
}

/** The envelope the sample receipt confirms (its digest is over this envelope's canonical JSON). */
export function sampleEnvelope(locale: SupportedLocale = 'nl'): Envelope {
  return {
    formId: objectionDefinition.id,
    formVersion: objectionDefinition.version,
    locale,
    values: objectionValuesNl,
    declarations: { verklaring: '2026-04-28T00:29:41.000+02:00' },
    attachments: objectionAttachments,
  };
}

/** core's `envelopeDigest(sampleEnvelope(locale))`, computed once (it is async; stories render synchronously). */
const SAMPLE_DIGEST: Record<SupportedLocale, string> = {
  nl: 'cde310fd2698192b3780e816d2d394098c6d141315fc0219130676ac402b08ec',
  en: 'af7b827d014daf45f37da2062f7d49b9b4d6e0438330ac8f3928bc982b4ef8ac',
};

/**
 * The receipt the intake server answers the sample objection with (core's `Receipt`): received
 * 28 April 2026 at 00:30 Amsterdam time, just after midnight (a deadline ending on the 27th was missed
 * by half an hour, which is what a receipt must be able to prove).
 */
export function sampleReceipt(locale: SupportedLocale = 'nl'): Receipt {
  return {
    reference: 'BZW-7KX2-QD4M',
    receivedAt: '2026-04-28T00:30:00.000+02:00',
    organisation: { name: objectionDefinition.organisation.name },
    messageType: objectionDefinition.messageType,
    formId: objectionDefinition.id,
    formVersion: objectionDefinition.version,
    locale,
    review: objectionReview(objectionValuesNl, locale),
    attachments: objectionAttachments,
    // SHA-256 over the RFC 8785 canonical JSON of `sampleEnvelope(locale)`.
    digest: { algorithm: 'SHA-256', value: SAMPLE_DIGEST[locale] },
    // Placeholders, not a real signature: stories set no `keys-src`, so nothing checks them.
    kid: 'voorbeeld-sleutel',
    signature: 'A'.repeat(86),
  };
}

// ---- small and broken definitions for wmebv-form -------------------------------------------------

/** A one-step complaint form (Awb 9:4): the smallest realistic definition. */
export const complaintJson = {
  id: 'klacht',
  version: '1.0.0',
  title: { nl: 'Een klacht indienen', en: 'Make a complaint' },
  description: {
    nl: 'Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Vertel het ons.',
    en: 'Not happy with how someone at the municipality treated you? Tell us.',
  },
  organisation: {
    name: 'Gemeente Voorbeeld',
    support: { phone: '14 0999', url: 'https://www.example.org/contact' },
    privacyStatementUrl: 'https://www.example.org/privacy',
    accessibilityStatementUrl: 'https://www.example.org/toegankelijkheid',
  },
  messageType: 'klacht',
  locales: ['nl', 'en'],
  steps: [
    {
      id: 'klacht',
      title: { nl: 'Uw klacht', en: 'Your complaint' },
      fields: [
        {
          id: 'naam',
          type: 'text',
          autocomplete: 'name',
          label: { nl: 'Naam', en: 'Name' },
          required: true,
          legalBasis: { law: 'Awb', article: '9:4', paragraph: '2', point: 'a', url: AWB_9_4 },
        },
        {
          id: 'email',
          type: 'email',
          autocomplete: 'email',
          label: { nl: 'E-mailadres', en: 'Email address' },
          hint: { nl: 'Dan kunnen wij u sneller antwoorden.', en: 'Then we can answer you sooner.' },
        },
        {
          id: 'gedraging',
          type: 'textarea',
          label: { nl: 'Waar gaat uw klacht over?', en: 'What is your complaint about?' },
          hint: {
            nl: 'Wat is er gebeurd, wanneer, en wie was erbij?',
            en: 'What happened, when, and who was involved?',
          },
          required: true,
          maxLength: 2000,
          legalBasis: { law: 'Awb', article: '9:4', paragraph: '2', point: 'c', url: AWB_9_4 },
        },
      ],
    },
  ],
  afterSubmit: {
    nl: 'Wij nemen binnen 1 week contact met u op. Binnen 6 weken krijgt u een antwoord op uw klacht.',
    en: 'We will contact you within 1 week. You will get an answer to your complaint within 6 weeks.',
  },
};

/**
 * A definition that parses but breaks a Wmebv rule: "Geboortedatum" is required without a legal
 * basis (`required-without-legal-basis`, Awb 4:4 lid 2), so `wmebv-form` must not render it.
 */
export const unusableJson = {
  ...complaintJson,
  id: 'klacht-onbruikbaar',
  steps: [
    {
      id: 'gegevens',
      title: { nl: 'Uw gegevens' },
      fields: [
        {
          id: 'naam',
          type: 'text',
          label: { nl: 'Naam' },
          required: true,
          legalBasis: { law: 'Awb', article: '9:4', paragraph: '2', point: 'a', url: AWB_9_4 },
        },
        { id: 'geboortedatum', type: 'date', label: { nl: 'Geboortedatum' }, required: true },
      ],
    },
  ],
};

/** Where an intake endpoint would be; `.invalid` never resolves (RFC 6761), so sending fails as offline. */
export const UNREACHABLE_ACTION = 'https://intake.voorbeeld.invalid/api/forms/bezwaarschrift/submissions';

/**
 * The complaint form with a paragraph of text (`content`) between the questions and consent to an
 * answer by e-mail (`consent`, Awb 2:8) at the address given just before it.
 */
export const consentJson = {
  ...complaintJson,
  id: 'klacht-met-toestemming',
  steps: [
    {
      ...complaintJson.steps[0]!,
      fields: [
        complaintJson.steps[0]!.fields[0]!,
        {
          id: 'uitleg',
          type: 'content',
          text: {
            nl: 'Wij sturen ons antwoord per post, tenzij u hieronder kiest voor e-mail.',
            en: 'We send our answer by post, unless you choose e-mail below.',
          },
        },
        complaintJson.steps[0]!.fields[1]!,
        {
          id: 'antwoordPerEmail',
          type: 'consent',
          addressField: 'email',
          label: { nl: 'Stuur het antwoord naar dit e-mailadres', en: 'Send the answer to this email address' },
        },
        complaintJson.steps[0]!.fields[2]!,
      ],
    },
  ],
};
