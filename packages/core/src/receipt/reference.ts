import type { MessageType } from '../definition/schema.js';

/** Characters that cannot be mistaken for each other when read aloud or copied: no 0/O, 1/I/L, U/V. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

const PREFIX: Record<MessageType, string> = {
  aanvraag: 'AVR',
  aanvulling: 'AVL',
  bezwaar: 'BZW',
  klacht: 'KLT',
  melding: 'MLD',
  zienswijze: 'ZWZ',
  ingebrekestelling: 'IBS',
  overig: 'BER',
};

/**
 * A new receipt reference like `BZW-7KX2-QD4M`: a prefix for the message type and eight random
 * characters from a 29-character alphabet (about 5·10^11 possibilities; the store checks uniqueness).
 */
export function createReference(messageType: MessageType): string {
  const chars: string[] = [];
  const buffer = new Uint8Array(1);
  while (chars.length < 8) {
    crypto.getRandomValues(buffer);
    const byte = buffer[0]!;
    // Rejection sampling keeps every character equally likely.
    if (byte < 256 - (256 % ALPHABET.length)) chars.push(ALPHABET[byte % ALPHABET.length]!);
  }
  return `${PREFIX[messageType]}-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** Whether `value` has the shape of a reference this library makes. */
export function isReference(value: string): boolean {
  return new RegExp(`^[A-Z]{3}-[${ALPHABET}]{4}-[${ALPHABET}]{4}$`).test(value);
}
