/**
 * The articles the audit reports on: what each asks (one sentence), what a person must still check,
 * what this library does about it, and how findings of core's rules attach to it (by the article
 * the rule cites, so a rule added to core appears without a change here). `kind: 'convention'`
 * marks our own conventions (a legal basis per mandatory field), which are never called breaches of
 * law. Texts in Dutch and English; the sources are in /docs/wmebv.md and docs/rules.md.
 */
import type { FormFacts } from './facts.js';

export type Locale = 'nl' | 'en';
export type Text = Readonly<Record<Locale, string>>;

export interface ArticleEntry {
  key: string;
  /** How the article is cited in the report. */
  title: string;
  /** Matches the `article` of a rule (and of its findings) that belongs here. */
  matches: RegExp;
  kind: 'law' | 'convention';
  asks: Text;
  check: Text;
  library?: Text;
  /** What was found over these forms, one sentence. */
  found(forms: readonly FormFacts[], locale: Locale): string;
  /**
   * Only where a check settles the legal question: per form, true (complies), false (does not
   * comply) or undefined (does not apply).
   */
  settles?(form: FormFacts): boolean | undefined;
}

const count = (forms: readonly FormFacts[], pick: (form: FormFacts) => number): number => forms.reduce((sum, form) => sum + pick(form), 0);
const of = (locale: Locale, part: number, whole: number): string => (locale === 'nl' ? `${part} van ${whole}` : `${part} of ${whole}`);
const forms = (locale: Locale, n: number): string =>
  locale === 'nl' ? `${n} ${n === 1 ? 'formulier' : 'formulieren'}` : `${n} ${n === 1 ? 'form' : 'forms'}`;

export const ARTICLES: readonly ArticleEntry[] = [
  {
    key: 'awb-4-4',
    title: 'Awb 4:4 lid 2',
    matches: /Awb 4:4/,
    kind: 'convention',
    asks: {
      nl: 'Een formulier mag alleen verplicht vragen naar gegevens die nodig zijn, en zegt welke gegevens niet verplicht zijn.',
      en: 'A form may make only necessary data mandatory, and says which data is optional.',
    },
    found: (all, locale) => {
      const mandatory = count(all, (form) => form.mandatory);
      const founded = count(all, (form) => form.mandatoryWithBasis);
      return locale === 'nl'
        ? `${of(locale, founded, mandatory)} verplichte vragen in ${forms(locale, all.length)} noemen een wettelijke grondslag. Een grondslag per verplichte vraag is onze afspraak om de noodzaak aan te tonen, geen eis uit de wet.`
        : `${of(locale, founded, mandatory)} mandatory questions in ${forms(locale, all.length)} cite a legal basis. A basis per mandatory question is our convention for showing necessity, not a requirement of the law.`;
    },
    check: {
      nl: 'Of elk verplicht gegeven echt nodig is voor de behandeling; geen controle kan dat beoordelen.',
      en: 'Whether each mandatory item is really needed to handle the message; no check can judge that.',
    },
    library: {
      nl: 'wmebv-form zet "(niet verplicht)" bij elke vraag die niet verplicht is en toont een verplichte vraag zonder grondslag niet.',
      en: 'wmebv-form marks every optional question "(niet verplicht)" and does not show a mandatory question without a basis.',
    },
  },
  {
    key: 'uavg-46',
    title: 'UAVG art. 46',
    matches: /UAVG/,
    kind: 'convention',
    asks: {
      nl: 'Een BSN mag alleen worden gebruikt als een wet dat toestaat.',
      en: 'A citizen service number (BSN) may only be used where a law permits it.',
    },
    found: (all, locale) => {
      const fields = count(all, (form) => form.bsnFields);
      const founded = count(all, (form) => form.bsnWithBasis);
      if (fields === 0)
        return locale === 'nl' ? 'Geen formulier vraagt om een BSN met het veldtype bsn.' : 'No form asks for a BSN with the bsn field type.';
      return locale === 'nl'
        ? `${of(locale, founded, fields)} BSN-vragen noemen de wet die het gebruik toestaat (onze afspraak).`
        : `${of(locale, founded, fields)} BSN questions cite the law that permits it (our convention).`;
    },
    check: {
      nl: 'Of de genoemde wet het BSN voor dit doel toestaat, en of een gewoon tekstveld toch om een BSN vraagt.',
      en: 'Whether the law cited permits the BSN for this purpose, and whether a plain text field asks for a BSN after all.',
    },
  },
  {
    key: 'awb-2-8',
    title: 'Awb 2:7 lid 2, 2:8',
    matches: /Awb 2:[78]\b/,
    kind: 'law',
    asks: {
      nl: 'De organisatie antwoordt alleen elektronisch als de afzender daar zelf, per soort bericht, mee instemt; dat mag het formulier niet opleggen.',
      en: 'The body answers electronically only when the sender agrees, per kind of message; the form may not impose it.',
    },
    found: (all, locale) => {
      const fields = count(all, (form) => form.consentFields);
      const required = count(all, (form) => form.consentRequired.length);
      return locale === 'nl'
        ? `${fields} ${fields === 1 ? 'vraag' : 'vragen'} om toestemming voor een elektronisch antwoord, waarvan ${required} verplicht.`
        : `${fields} ${fields === 1 ? 'question asks' : 'questions ask'} for consent to an electronic answer, ${required} of them mandatory.`;
    },
    settles: (form) => (form.consentFields === 0 ? undefined : form.consentRequired.length === 0),
    check: {
      nl: 'Of antwoorden zonder toestemming per post gaan, en of de toestemming per soort bericht wordt bewaard.',
      en: 'Whether answers without consent go by post, and whether consent is kept per kind of message.',
    },
    library: {
      nl: 'Het veldtype consent vraagt de toestemming met het e-mailadres erbij.',
      en: 'The consent field type asks for consent and shows the e-mail address it applies to.',
    },
  },
  {
    key: 'awb-2-13',
    title: 'Awb 2:13 lid 2',
    matches: /Awb 2:13/,
    kind: 'law',
    asks: {
      nl: 'Iedereen mag een bericht elektronisch sturen via de kanalen die de organisatie daarvoor per soort bericht heeft aangewezen (aanwijzingsbesluit).',
      en: 'Anyone may send a message electronically through the channels the body designated for that kind of message (designation decision).',
    },
    found: (all, locale) => {
      const unknown = all.filter((form) => form.messageType === undefined).length;
      const formal = all.filter((form) => form.messageType !== undefined && form.messageType !== 'overig');
      const cited = formal.filter((form) => form.designation).length;
      const base =
        locale === 'nl'
          ? `${of(locale, cited, formal.length)} formulieren voor een formeel bericht verwijzen naar een aanwijzingsbesluit.`
          : `${of(locale, cited, formal.length)} forms for a formal message cite a designation decision.`;
      if (unknown === 0) return base;
      return (
        base +
        (locale === 'nl'
          ? ` Bij ${forms(locale, unknown)} is de soort bericht onbekend.`
          : ` For ${forms(locale, unknown)} the kind of message is unknown.`)
      );
    },
    check: {
      nl: 'Of het besluit bestaat, is bekendgemaakt, en dit kanaal voor deze soort bericht aanwijst.',
      en: 'Whether the decision exists, was published, and designates this channel for this kind of message.',
    },
  },
  {
    key: 'awb-2-1',
    title: 'Awb 2:1 lid 1',
    matches: /Awb 2:1 lid 1|Awb 2:1$/,
    kind: 'law',
    asks: {
      nl: 'De organisatie biedt passende ondersteuning bij elektronisch contact, afgestemd op wie het formulier gebruikt.',
      en: 'The body offers appropriate support with electronic contact, fitted to the people who use the form.',
    },
    found: (all, locale) => {
      const supported = all.filter((form) => form.support).length;
      return locale === 'nl'
        ? `${of(locale, supported, all.length)} formulieren noemen een hulproute (telefoon, e-mail of contactpagina).`
        : `${of(locale, supported, all.length)} forms give a support route (phone, e-mail or contact page).`;
    },
    check: {
      nl: 'Of die hulp past bij de doelgroep, en of er hulp buiten het formulier is (balie, telefoon, terugbellen).',
      en: 'Whether that help fits the target group, and whether help is offered outside the form (desk, phone, call-back).',
    },
    library: { nl: 'wmebv-form toont de hulproute op elke stap.', en: 'wmebv-form shows the support route on every step.' },
  },
  {
    key: 'awb-6-5',
    title: 'Awb 6:5, 9:4, 4:8',
    matches: /Awb (6:5|4:2|9:4|4:8)/,
    kind: 'law',
    asks: {
      nl: 'Een bezwaarschrift bevat de gronden van het bezwaar, een klacht een omschrijving van de gedraging, een zienswijze wat de indiener naar voren brengt.',
      en: 'An objection states its grounds, a complaint describes the conduct complained about, a view states what the sender puts forward.',
    },
    found: (all, locale) => {
      const needing = all.filter((form) => form.needsGrounds);
      const open = needing.filter((form) => form.hasTextarea).length;
      return locale === 'nl'
        ? `${of(locale, open, needing.length)} bezwaar-, klacht- en zienswijzeformulieren hebben een open tekstveld.`
        : `${of(locale, open, needing.length)} objection, complaint and view forms have a free-text field.`;
    },
    check: {
      nl: 'Of het formulier vraagt wat de wet noemt (naam, adres, datum, het besluit, de gronden) zonder meer verplicht te maken; een bezwaar zonder gronden mag later worden aangevuld (6:6).',
      en: 'Whether the form asks what the law lists (name, address, date, the decision, the grounds) without making more mandatory; grounds may follow later (6:6).',
    },
  },
  {
    key: 'avg-13',
    title: 'AVG art. 13',
    matches: /(^|[^U])AVG art\. 13/,
    kind: 'law',
    asks: {
      nl: 'Wie persoonsgegevens vraagt, vertelt waarvoor en op welke grond (privacyverklaring).',
      en: 'Whoever asks for personal data says what for and on which ground (privacy statement).',
    },
    found: (all, locale) => {
      const linked = all.filter((form) => form.privacyStatement).length;
      return locale === 'nl'
        ? `${of(locale, linked, all.length)} formulieren linken naar een privacyverklaring.`
        : `${of(locale, linked, all.length)} forms link a privacy statement.`;
    },
    check: { nl: 'Of de verklaring deze verwerking beschrijft.', en: 'Whether the statement describes this processing.' },
  },
  {
    key: 'tbdto',
    title: 'Tijdelijk besluit digitale toegankelijkheid overheid',
    matches: /toegankelijkheid|WCAG/i,
    kind: 'law',
    asks: {
      nl: 'Overheidswebsites, formulieren inbegrepen, voldoen aan EN 301 549 (WCAG 2.1 AA) en hebben een toegankelijkheidsverklaring.',
      en: 'Government websites, forms included, meet EN 301 549 (WCAG 2.1 AA) and publish an accessibility statement.',
    },
    found: (all, locale) => {
      const linked = all.filter((form) => form.accessibilityStatement).length;
      return locale === 'nl'
        ? `${of(locale, linked, all.length)} formulieren linken naar een toegankelijkheidsverklaring.`
        : `${of(locale, linked, all.length)} forms link an accessibility statement.`;
    },
    check: {
      nl: 'Of de verklaring actueel is en op een onderzoek van de hele website berust.',
      en: 'Whether the statement is current and rests on an evaluation of the whole site.',
    },
    library: {
      nl: 'De componenten worden bij elke wijziging met axe getest op WCAG 2.2 AA.',
      en: 'The components are tested with axe against WCAG 2.2 AA on every change.',
    },
  },
];

/** Whether a rule's `article` names law (Awb, AVG, a besluit, a wet) rather than the definition contract. */
export function isLegalArticle(article: string | undefined): boolean {
  return article !== undefined && /\b(Awb|AVG|UAVG|besluit|wet|Wet)\b/.test(article);
}

export function articleFor(article: string | undefined): ArticleEntry | undefined {
  return article === undefined ? undefined : ARTICLES.find((entry) => entry.matches.test(article));
}
