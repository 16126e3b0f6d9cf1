import type { MessageType } from '../definition/schema.js';

/**
 * The fixed words of the signed section of the sender's copy (`signedSection`), per language.
 *
 * Deliberately not the i18n catalog: `wmebv verify-receipt` rebuilds the section's text from the
 * signed receipt and compares it with the copy, years later, so these words must be the same in
 * every browser and every later version of the CLI. Changing any of them would make every copy
 * made before the change fail to verify: add a new table and a layout number instead
 * (docs/decisions.md, "The signed section of the sender's copy").
 */
export interface SignedWords {
  heading: string;
  /** Says in words which part is signed, and what is not. */
  intro: (organisation: string) => string;
  reference: string;
  receivedAt: string;
  organisation: string;
  messageType: string;
  messageTypes: Record<MessageType, string>;
  form: string;
  formVersion: (id: string, version: string) => string;
  lateReason: string;
  answers: string;
  empty: string;
  declarations: string;
  /** A declaration of a format-1 receipt: only its id and time are signed (through the envelope's digest). */
  declarationId: (id: string) => string;
  agreedAt: (time: string) => string;
  attachments: string;
  noAttachments: string;
  attachment: (name: string, bytes: number, sha256: string) => string;
  seal: string;
  digest: string;
  kid: string;
  signature: string;
  log: string;
  logEntry: (seq: number, hash: string) => string;
  /** Day, month name, year and time of day: "28 april 2026 om 00:30". */
  dateTime: (day: number, month: number, year: string, time: string) => string;
}

const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const nl: SignedWords = {
  heading: 'Wat de ontvanger heeft ondertekend',
  intro: (organisation) =>
    `Alleen dit deel is ondertekend: het is de ontvangstbevestiging van ${organisation}, met de handtekening die in dit bestand zit. ` +
    'Met "wmebv verify-receipt" controleert u de handtekening en of de tekst van dit deel daarmee overeenkomt. ' +
    'Wat buiten dit deel staat, is niet ondertekend.',
  reference: 'Kenmerk',
  receivedAt: 'Tijdstip van ontvangst',
  organisation: 'Ontvangen door',
  messageType: 'Soort bericht',
  messageTypes: {
    aanvraag: 'aanvraag',
    aanvulling: 'aanvulling',
    bezwaar: 'bezwaar',
    klacht: 'klacht',
    melding: 'melding',
    zienswijze: 'zienswijze',
    ingebrekestelling: 'ingebrekestelling',
    overig: 'overig bericht',
  },
  form: 'Formulier',
  formVersion: (id, version) => `${id}, versie ${version}`,
  lateReason: 'Reden waarom het bericht na de termijn komt',
  answers: 'Uw antwoorden',
  empty: 'Niet ingevuld',
  declarations: 'Verklaringen',
  declarationId: (id) => `Verklaring "${id}"`,
  agreedAt: (time) => `akkoord op ${time} (tijd van uw browser)`,
  attachments: 'Bijlagen',
  noAttachments: 'Geen bijlagen.',
  attachment: (name, bytes, sha256) => `${name}, ${bytes} bytes, SHA-256 ${sha256}`,
  seal: 'Handtekening',
  digest: 'Controlegetal van de verzonden gegevens (SHA-256)',
  kid: 'Sleutel (kid)',
  signature: 'Handtekening (Ed25519)',
  log: 'Plaats in het bewijslog',
  logEntry: (seq, hash) => `${seq}, SHA-256 ${hash}`,
  dateTime: (day, month, year, time) => `${day} ${NL_MONTHS[month - 1]} ${year} om ${time}`,
};

const en: SignedWords = {
  heading: 'What the receiving body signed',
  intro: (organisation) =>
    `Only this part is signed: it is the receipt of ${organisation}, with the signature this file holds. ` +
    '"wmebv verify-receipt" checks the signature and whether the text of this part matches it. ' +
    'Whatever is outside this part is not signed.',
  reference: 'Reference',
  receivedAt: 'Time of receipt',
  organisation: 'Received by',
  messageType: 'Kind of message',
  messageTypes: {
    aanvraag: 'application (aanvraag)',
    aanvulling: 'supplement (aanvulling)',
    bezwaar: 'objection (bezwaar)',
    klacht: 'complaint (klacht)',
    melding: 'notification (melding)',
    zienswijze: 'view (zienswijze)',
    ingebrekestelling: 'notice of default (ingebrekestelling)',
    overig: 'other message',
  },
  form: 'Form',
  formVersion: (id, version) => `${id}, version ${version}`,
  lateReason: 'Why the message comes after its period',
  answers: 'Your answers',
  empty: 'Not filled in',
  declarations: 'Declarations',
  declarationId: (id) => `Declaration "${id}"`,
  agreedAt: (time) => `agreed on ${time} (your browser's clock)`,
  attachments: 'Attachments',
  noAttachments: 'No attachments.',
  attachment: (name, bytes, sha256) => `${name}, ${bytes} bytes, SHA-256 ${sha256}`,
  seal: 'Signature',
  digest: 'Check value of the data sent (SHA-256)',
  kid: 'Key (kid)',
  signature: 'Signature (Ed25519)',
  log: 'Place in the proof log',
  logEntry: (seq, hash) => `${seq}, SHA-256 ${hash}`,
  dateTime: (day, month, year, time) => `${day} ${EN_MONTHS[month - 1]} ${year} at ${time}`,
};

/** The words for a receipt's `locale`: English for `en…`, else Dutch. */
export function signedWords(locale: string): SignedWords {
  return locale.toLowerCase().split('-')[0] === 'en' ? en : nl;
}
