/** The words of the audit report in Dutch and English, and what the audit cannot see. */
import type { Locale, Text } from './articles.js';
import type { Verdict } from './summarise.js';

export interface Words {
  title: string;
  intro: string;
  organisation: (name: string | undefined) => string;
  summary: (forms: number, errors: number, warnings: number) => string;
  byArticle: string;
  asks: string;
  found: string;
  check: string;
  library: string;
  convention: string;
  law: string;
  shortfalls: string;
  noShortfalls: string;
  verdict: Record<Verdict, string>;
  verdictHeading: string;
  byForm: string;
  where: string;
  severity: Record<'error' | 'warning', string>;
  rule: string;
  problemAndFix: string;
  noFindings: string;
  notImported: string;
  unknown: (what: string[]) => string;
  unreadable: string;
  messageType: string;
  unknownValue: string;
  cannotSee: string;
  cannotSeeIntro: string;
  contents: string;
  article: string;
}

export const WORDS: Readonly<Record<Locale, Words>> = {
  nl: {
    title: 'Wmebv-audit van de webformulieren',
    intro:
      'Dit rapport zet per wetsartikel naast elkaar wat de wet vraagt, wat in de formulierdefinities is gevonden en wat iemand nog moet nagaan. "Voldoet" of "voldoet niet" staat er alleen waar een controle de wettelijke vraag beslist; onze eigen afspraken staan als afspraak vermeld, niet als overtreding.',
    organisation: (name) => name ?? 'Onbekende organisatie',
    summary: (forms, errors, warnings) =>
      `${forms} ${forms === 1 ? 'formulier' : 'formulieren'}, ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`,
    byArticle: 'Per artikel',
    asks: 'Wat de wet vraagt',
    found: 'Wat we vonden',
    check: 'Wat iemand nog moet nagaan',
    library: 'Wat deze bibliotheek doet',
    convention: 'onze afspraak',
    law: 'wet',
    shortfalls: 'Formulieren met bevindingen',
    noShortfalls: 'Geen bevindingen.',
    verdict: { complies: 'voldoet', 'does-not-comply': 'voldoet niet', 'not-applicable': 'niet van toepassing' },
    verdictHeading: 'Oordeel (hier beslist de controle de wettelijke vraag)',
    byForm: 'Per formulier',
    where: 'Plaats',
    severity: { error: 'fout', warning: 'waarschuwing' },
    rule: 'Regel',
    problemAndFix: 'Wat er is en hoe u het oplost',
    noFindings: 'Geen bevindingen.',
    notImported: 'Niet overgenomen uit Open Forms (de audit kan dit niet zien)',
    unknown: (what) =>
      `Onbekend: ${what.map((name) => (name === 'messageType' ? 'de soort bericht' : 'de organisatie')).join(' en ')}. Geef die op (zie docs/import-open-forms.md); tot dan zijn de artikelen die ervan afhangen niet beoordeeld.`,
    unreadable: 'Dit bestand kon niet worden gelezen; het telt niet mee in de artikelen.',
    messageType: 'Soort bericht',
    unknownValue: 'onbekend',
    cannotSee: 'Wat deze audit niet kan zien',
    cannotSeeIntro: 'De audit leest alleen formulierdefinities. Wat op de server gebeurt, ziet hij niet; ga dat na bij wie de server beheert.',
    contents: 'Inhoud',
    article: 'Artikel',
  },
  en: {
    title: 'Wmebv audit of the web forms',
    intro:
      'Per article of law, this report sets what the law asks beside what was found in the form definitions and what a person must still check. It says "complies" or "does not comply" only where a check settles the legal question; our own conventions are reported as conventions, not as breaches.',
    organisation: (name) => name ?? 'Unknown organisation',
    summary: (forms, errors, warnings) =>
      `${forms} ${forms === 1 ? 'form' : 'forms'}, ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
    byArticle: 'By article',
    asks: 'What the law asks',
    found: 'What we found',
    check: 'What a person must still check',
    library: 'What this library does',
    convention: 'our convention',
    law: 'law',
    shortfalls: 'Forms with findings',
    noShortfalls: 'No findings.',
    verdict: { complies: 'complies', 'does-not-comply': 'does not comply', 'not-applicable': 'does not apply' },
    verdictHeading: 'Verdict (here the check settles the legal question)',
    byForm: 'By form',
    where: 'Position',
    severity: { error: 'error', warning: 'warning' },
    rule: 'Rule',
    problemAndFix: 'What is wrong and how to fix it',
    noFindings: 'No findings.',
    notImported: 'Not carried over from Open Forms (the audit cannot see this)',
    unknown: (what) =>
      `Unknown: ${what.map((name) => (name === 'messageType' ? 'the kind of message' : 'the organisation')).join(' and ')}. Supply it (see docs/import-open-forms.md); until then the articles that depend on it are not assessed.`,
    unreadable: 'This file could not be read; it does not count in the articles.',
    messageType: 'Kind of message',
    unknownValue: 'unknown',
    cannotSee: 'What this audit cannot see',
    cannotSeeIntro: 'The audit reads form definitions only. It cannot see what happens on the server; check that with whoever runs it.',
    contents: 'Contents',
    article: 'Article',
  },
};

/** Server-side duties: what the law asks, and what this library does for each. */
export const NOT_VISIBLE: ReadonlyArray<{ article: string; asks: Text; library: Text }> = [
  {
    article: 'Awb 2:17 lid 1',
    asks: { nl: 'De ontvangst van een elektronisch bericht wordt bevestigd.', en: 'Receipt of an electronic message is confirmed.' },
    library: {
      nl: 'De intake-server geeft een ondertekende ontvangstbevestiging (docs/receipts.md).',
      en: 'The intake server issues a signed receipt (docs/receipts.md).',
    },
  },
  {
    article: 'Awb 2:17 lid 2',
    asks: { nl: 'Wie een webformulier invult, krijgt de ingevulde gegevens.', en: 'Whoever fills in a web form gets the data entered.' },
    library: {
      nl: 'De afzender kan voor en na verzenden een kopie opslaan en printen (docs/receipts.md).',
      en: 'The sender can save and print a copy before and after sending (docs/receipts.md).',
    },
  },
  {
    article: 'Awb 2:20, 6:9',
    asks: {
      nl: 'Een bericht is ontvangen als het het systeem van de organisatie bereikt; dat tijdstip telt voor termijnen.',
      en: "A message is received when it reaches the body's system; that time counts for deadlines.",
    },
    library: {
      nl: 'Het tijdstip van ontvangst is de klok van de server, nooit die van de browser (docs/receipts.md).',
      en: "The time of receipt is the server's clock, never the browser's (docs/receipts.md).",
    },
  },
  {
    article: 'Awb 2:21',
    asks: {
      nl: 'Bij een storing mag de organisatie termijnen verlengen en maakt zij de storing snel bekend.',
      en: 'During an outage the body may extend deadlines and announces the outage promptly.',
    },
    library: {
      nl: 'Storingsmeldingen in één bestand, getoond op elk formulier, met de besloten verlenging (docs/outages.md).',
      en: 'Outage notices in one file, shown on every form, with the extension decided (docs/outages.md).',
    },
  },
  {
    article: 'Awb 2:25',
    asks: {
      nl: 'De organisatie kan ontvangst en verzending bewijzen en geeft die gegevens op verzoek.',
      en: 'The body can prove receipt and sending and gives that data on request.',
    },
    library: {
      nl: 'Ondertekende ontvangstbevestigingen die iedereen kan controleren, ook jaren later (docs/receipts.md), en een bewijslog: één hashketen van inzendingen, bevestigingen en e-mails, te controleren met wmebv-server verify-log (docs/server.md).',
      en: 'Signed receipts anyone can verify, years later too (docs/receipts.md), and a proof log: one hash chain of submissions, receipts and e-mails, checked with wmebv-server verify-log (docs/server.md).',
    },
  },
  {
    article: 'Awb 2:10',
    asks: {
      nl: 'Staat een antwoord in een berichtenbox, dan hoort de afzender dat binnen 48 uur.',
      en: 'When an answer is put in a message box, the sender is told within 48 hours.',
    },
    library: {
      nl: 'Dit doet de bibliotheek niet; ga het na bij het zaaksysteem of de berichtenbox.',
      en: 'The library does not do this; check the case system or message box.',
    },
  },
];
