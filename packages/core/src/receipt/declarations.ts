import { localize } from '../definition/localized.js';
import type { FormDefinition } from '../definition/schema.js';
import type { Envelope } from '../submission/envelope.js';
import type { ReceiptDeclaration } from './receipt.js';

/**
 * The declarations a sender agreed to, as a receipt states them: each one the envelope names, in
 * the definition's order, its text quoted from `definition` in the envelope's locale (never text
 * from the browser), with the time the browser reported. Awb 2:17; docs/decisions.md on 2:18 and 6:6.
 *
 * @param definition - the definition version the server stored for the submission
 * @param envelope - the envelope as stored
 */
export function receiptDeclarations(definition: FormDefinition, envelope: Pick<Envelope, 'declarations' | 'locale'>): ReceiptDeclaration[] {
  return (definition.declarations ?? [])
    .filter((declaration) => envelope.declarations[declaration.id] !== undefined)
    .map((declaration) => ({
      id: declaration.id,
      text: localize(declaration.label, envelope.locale),
      agreedAt: envelope.declarations[declaration.id]!,
      agreedAtClock: 'browser',
    }));
}
