/**
 * Example definitions for `wmebv-form`: the demo's objection form with sample answers (also the
 * source of the review's and receipt's examples), a small report form (the tests' starting point), a
 * small complaint form, and broken ones.
 */
import { parseDefinition, type Attachment, type FieldValues, type FormDefinition } from '@wmebv/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { examplesOf } from '../base/field-controls.examples.js';
import objection from '../../../../demo/forms/bezwaarschrift.json' with { type: 'json' };

const AWB_9_4 = 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=9:4';

// ---- the objection form (demo/forms/bezwaarschrift.json) -----------------------------------------

/** The demo's objection form as JSON (what `wmebv-form` gets as its `definition`). */
export const objectionJson: unknown = objection;

function parsed(input: unknown): FormDefinition {
  const result = parseDefinition(input);
  if (!result.ok) throw new Error(`form.examples.ts: example definition does not parse: ${JSON.stringify(result.findings)}`);
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

// ---- small and broken definitions for wmebv-form -------------------------------------------------

/** The municipality of the small example forms: help by phone and a contact page, and both statements. */
const exampleOrganisation = {
  name: 'Gemeente Voorbeeld',
  support: { phone: '14 0999', url: 'https://www.example.org/contact' },
  privacyStatementUrl: 'https://www.example.org/privacy',
  accessibilityStatementUrl: 'https://www.example.org/toegankelijkheid',
};

/**
 * "Melding doen": one step with one optional text question ("Omschrijving"), the definition the
 * form's tests start from (`form.fixtures.ts` mounts it); a test replaces `steps` for what it needs.
 */
export const reportJson = {
  id: 'melding',
  version: '1.0.0',
  title: { nl: 'Melding doen', en: 'Make a report' },
  organisation: exampleOrganisation,
  messageType: 'melding',
  locales: ['nl', 'en'],
  steps: [
    {
      id: 'een',
      title: { nl: 'Wat wilt u melden?', en: 'What do you want to report?' },
      fields: [{ id: 'wat', type: 'text', label: { nl: 'Omschrijving', en: 'Description' } }],
    },
  ],
};

/** Where `reportJson` saves its progress in sessionStorage (`wmebv-form:<id>@<version>`). */
export const REPORT_SESSION_KEY = 'wmebv-form:melding@1.0.0';

/** A one-step complaint form (Awb 9:4): the smallest realistic definition. */
export const complaintJson = {
  id: 'klacht',
  version: '1.0.0',
  title: { nl: 'Een klacht indienen', en: 'Make a complaint' },
  description: {
    nl: 'Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Vertel het ons.',
    en: 'Not happy with how someone at the municipality treated you? Tell us.',
  },
  organisation: exampleOrganisation,
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

// ---- the form's named examples: its stories ---------------------------------------------------

export interface FormArgs {
  definition: unknown;
  action: string;
  locale?: string;
  lang?: string;
  /** URL of the outage notices (`outages` attribute). */
  outages?: string;
  /** Story only: listens to `wmebv-definition-error`. */
  onDefinitionError?: (event: Event) => void;
  /** Story only: listens to `wmebv-submitted`. */
  onSubmitted?: (event: Event) => void;
}

/** `<wmebv-form>` with `args` as its attributes and properties (the stories' render). */
export const renderForm = (args: FormArgs) => html`<wmebv-form
  .definition=${args.definition}
  action=${args.action}
  locale=${ifDefined(args.locale)}
  lang=${ifDefined(args.lang)}
  outages=${ifDefined(args.outages)}
  @wmebv-definition-error=${args.onDefinitionError}
  @wmebv-submitted=${args.onSubmitted}
></wmebv-form>`;

const objectionForm: FormArgs = { definition: objectionJson, action: UNREACHABLE_ACTION };
const complaintForm: FormArgs = { definition: complaintJson, action: 'https://intake.voorbeeld.invalid/api/forms/klacht/submissions' };

export const formExamples = examplesOf<FormArgs>()({
  Objection: {
    description:
      "The demo's objection form (`demo/forms/bezwaarschrift.json`, Awb 6:5): three steps and the review. Sending fails with the network-error message, as there is no server here.",
    args: objectionForm,
  },
  WithErrors: {
    description:
      '"Volgende stap" on the empty first step: the error summary takes focus and links to the required question; the same message shows at the field; the page title starts with "Fout: ".',
    args: objectionForm,
  },
  SmallForm: { description: 'A one-step complaint form (Awb 9:4): the step, then "Controleer uw antwoorden".', args: complaintForm },
  ConsentAndContent: {
    description:
      'A paragraph of text between the questions (`content`) and consent to an answer by e-mail (`consent`, Awb 2:8): a tick box whose label names the address typed just before it.',
    args: { definition: consentJson, action: 'https://intake.voorbeeld.invalid/api/forms/klacht-met-toestemming/submissions' },
  },
  SendingFails: {
    description:
      'The small form filled in and sent with no intake server reachable: "Uw bericht is niet verstuurd" with the network-error message; the answers stay and "Verstuur" can be pressed again (the same `Idempotency-Key`, so a retry never sends twice).',
    args: complaintForm,
  },
  Unusable: {
    description:
      'A definition with a required question without a legal basis (rule `required-without-legal-basis`, Awb 4:4 lid 2). The citizen sees "Dit formulier werkt op dit moment niet" and the support route the page put inside the element as fallback content; the developer gets the findings on the console and as a `wmebv-definition-error` event.',
    args: { ...objectionForm, definition: unusableJson },
  },
  English: { description: 'The objection form on an English page section.', args: { ...objectionForm, lang: 'en' } },
});
