// @ts-check
// Test data shared by the server suite (packages/server/test), the process tests (test/process) and
// the server benchmark: one valid objection, and the limits every test server lifts.

/**
 * A complete, valid objection for the demo form `bezwaarschrift` 1.0.0, as a browser sends it: the
 * name with spaces around it and the grounds on two lines (the server normalises both), and the
 * sender's e-mail address, so that a server with mail configured queues a receipt e-mail.
 * `overrides` replace whole members (`values` too).
 *
 * @param {Record<string, unknown>} [overrides]
 */
export function objectionEnvelope(overrides = {}) {
  return {
    formId: 'bezwaarschrift',
    formVersion: '1.0.0',
    locale: 'nl',
    values: {
      omschrijvingBesluit: 'De weigering van mijn vergunning voor een dakkapel',
      datumBesluit: '2026-03-15',
      gronden: 'De dakkapel past in de straat.\nDe buren zijn akkoord.',
      horen: 'ja',
      naam: ' Jan Jansen ',
      woonland: 'nl',
      straatHuisnummer: 'Dorpsstraat 1',
      postcode: '1234ab',
      woonplaats: 'Voorbeeld',
      email: 'jan@example.org',
    },
    declarations: { verklaring: '2026-04-28T00:29:00.000+02:00' },
    /** @type {unknown[]} */
    attachments: [],
    ...overrides,
  };
}

/**
 * The per-client limits lifted: every test posts from 127.0.0.1 (the per-client and per-recipient
 * limits of issue 12 items 3 and 4 have their own process tests).
 */
export const NO_CLIENT_LIMITS = Object.freeze({ submissionsPerClient: 1_000_000, mailsPerRecipient: 1_000_000, mailsPerClient: 1_000_000 });
