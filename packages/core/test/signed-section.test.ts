/**
 * The signed section of the sender's copy (Awb 2:17 lid 2, 2:20): the one text builder that the
 * copy's rendering and `wmebv verify-receipt` share, and the reader and comparison of its lines.
 */
import { expect } from '@open-wc/testing';
import { buildReview, parseDefinition, parseReceipt, RECEIPT_FORMAT_V2, receiptDeclarations, type Envelope, type Receipt } from '@wmebv/core';
import { compareSignedText, signedSectionLines, textLines, type TextTree } from '@wmebv/core/signed-copy';
import { objection } from '../../../test/fixtures/objection.js';

const parsed = parseDefinition(objection);
if (!parsed.ok) throw new Error('fixture broken');
const definition = parsed.definition;

const envelope: Envelope = {
  formId: definition.id,
  formVersion: definition.version,
  locale: 'nl',
  values: { omschrijvingBesluit: 'Weigering   <b>dakkapel</b>', datumBesluit: '2026-03-15', gronden: 'Eén\n\nTwee', horen: 'ja' },
  declarations: { verklaring: '2026-04-28T00:29:00.000+02:00' },
  attachments: [{ id: 'f1', field: 'afschriftBesluit', name: 'besluit.pdf', size: 123_456, type: 'application/pdf', sha256: 'c'.repeat(64) }],
  lateReason: 'Ik lag in het ziekenhuis.\nTot 1 mei.',
};

function receiptIn(locale: string): Receipt {
  const localized = { ...envelope, locale };
  const receipt = {
    format: RECEIPT_FORMAT_V2,
    reference: 'BZW-7KX2-QD4M',
    receivedAt: '2026-04-28T00:30:15.123+02:00',
    organisation: { name: 'Gemeente Voorbeeld' },
    messageType: 'bezwaar' as const,
    formId: envelope.formId,
    formVersion: envelope.formVersion,
    locale,
    review: buildReview(definition, envelope.values, envelope.attachments, locale),
    attachments: envelope.attachments,
    declarations: receiptDeclarations(definition, localized),
    lateReason: envelope.lateReason,
    digest: { algorithm: 'SHA-256' as const, value: 'd'.repeat(64) },
    kid: 'key-1',
    signature: 'A'.repeat(86),
    log: { seq: 7, hash: 'a'.repeat(64) },
  };
  const checked = parseReceipt(receipt);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problem));
  return checked.receipt;
}

/** A tiny tree for `textLines`: an element is `[name, ...children]`, text is a string. */
type Node = string | [string, ...Node[]];
const tree: TextTree<Node> = {
  children: (node) => (typeof node === 'string' ? [] : (node.slice(1) as Node[])),
  text: (node) => (typeof node === 'string' ? node : undefined),
  element: (node) => (typeof node === 'string' ? undefined : node[0]),
};

describe("the signed section of the sender's copy (Awb 2:17 lid 2, 2:20)", () => {
  it('states the reference, the time of receipt, the receiving body, every answer, the declarations, the late reason and the attachments, all from the signed receipt', () => {
    const lines = signedSectionLines(receiptIn('nl'));
    expect(lines.slice(0, 2)).to.deep.equal([
      'Wat de ontvanger heeft ondertekend',
      'Alleen dit deel is ondertekend: het is de ontvangstbevestiging van Gemeente Voorbeeld, met de handtekening die in dit bestand zit. Met "wmebv verify-receipt" controleert u de handtekening en of de tekst van dit deel daarmee overeenkomt. Wat buiten dit deel staat, is niet ondertekend.',
    ]);
    expect(lines).to.include.members([
      'Kenmerk',
      'BZW-7KX2-QD4M',
      'Tijdstip van ontvangst',
      '28 april 2026 om 00:30 (2026-04-28T00:30:15.123+02:00)',
      'Ontvangen door',
      'Gemeente Voorbeeld',
      'bezwaar',
      'bezwaarschrift, versie 1.0.0',
      'Ik lag in het ziekenhuis.',
      'Tot 1 mei.',
      // White space collapsed as HTML shows it; markup in an answer is text.
      'Weigering <b>dakkapel</b>',
      'Eén',
      'Twee',
      'Niet ingevuld',
      'besluit.pdf, 123456 bytes, SHA-256 ' + 'c'.repeat(64),
      '7, SHA-256 ' + 'a'.repeat(64),
    ]);
    expect(lines.find((line) => line.includes('akkoord op'))).to.match(
      / \(akkoord op 28 april 2026 om 00:29 \(2026-04-28T00:29:00\.000\+02:00\) \(tijd van uw browser\)\)$/,
    );
    expect(
      lines.every((line) => line === line.trim() && !/\s\s|\n/.test(line)),
      'collapsed, one line each',
    ).to.equal(true);
  });

  it('writes times without Intl, as the moment states them, so Node and browsers agree byte for byte (Awb 2:20)', () => {
    const winter = { ...receiptIn('en'), receivedAt: '2026-01-05T09:07:00+01:00' } as Receipt;
    expect(signedSectionLines(winter)).to.include('5 January 2026 at 09:07 (2026-01-05T09:07:00+01:00)');
    expect(signedSectionLines(receiptIn('en'))).to.include.members([
      'What the receiving body signed',
      'Reference',
      'Time of receipt',
      'objection (bezwaar)',
    ]);
  });

  it('takes the declarations and the late reason of a format-1 receipt from the envelope its digest covers (Awb 2:17 lid 2)', () => {
    const {
      format: _format,
      declarations: _declarations,
      lateReason: _late,
      ...rest
    } = receiptIn('nl') as Receipt & { declarations: unknown; lateReason?: string };
    const v1 = rest as unknown as Receipt;
    expect(parseReceipt(v1).ok).to.equal(true);
    const lines = signedSectionLines(v1, envelope);
    expect(lines).to.include('Verklaring "verklaring" (akkoord op 28 april 2026 om 00:29 (2026-04-28T00:29:00.000+02:00) (tijd van uw browser))');
    expect(lines).to.include('Ik lag in het ziekenhuis.');
    expect(
      signedSectionLines(v1).some((line) => line.startsWith('Verklaring')),
      'no envelope, no declarations',
    ).to.equal(false);
  });

  it('reads lines the way the section renders them: blocks and <br> end a line, inline elements do not, comments and empty lines are left out', () => {
    const section: Node = [
      'section',
      ['h2', 'Kop'],
      '\n  ',
      ['dl', ['div', ['dt', 'Kenmerk'], ['dd', ['span', 'BZW-'], 'X']]],
      ['dd', 'a', ['br'], '  ', ['br'], 'b'],
      ['p', ['script', 'hidden text counts']],
    ];
    expect(textLines(section, tree)).to.deep.equal(['Kop', 'Kenmerk', 'BZW-X', 'a', 'b', 'hidden text counts']);
    // Moving text across a line's end is a change, though the letters are the same.
    expect(textLines(['section', ['dt', 'KenmerkB'], ['dd', 'ZW-X']], tree)).to.deep.equal(['KenmerkB', 'ZW-X']);
  });

  it('names the first line that was changed, added or removed (Awb 2:17 lid 2)', () => {
    const expected = ['a', 'b', 'c'];
    expect(compareSignedText(['a', 'b', 'c'], expected)).to.equal(undefined);
    expect(compareSignedText(['a', 'x', 'c'], expected)).to.deep.equal({ kind: 'changed', line: 2, found: 'x', expected: 'b' });
    expect(compareSignedText(['a', 'new', 'b', 'c'], expected)).to.deep.equal({ kind: 'added', line: 2, found: 'new' });
    expect(compareSignedText(['a', 'b', 'c', 'd'], expected)).to.deep.equal({ kind: 'added', line: 4, found: 'd' });
    expect(compareSignedText(['a', 'b'], expected)).to.deep.equal({ kind: 'missing', line: 3, expected: 'c' });
  });
});
