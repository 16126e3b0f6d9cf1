/**
 * The signed section of the HTML copy (Awb 2:17 lid 2, 2:20) as the browser renders it: its text,
 * read from the saved file, is exactly core's `signedSectionLines`, the text `wmebv verify-receipt`
 * rebuilds from the signed receipt.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { renderSenderCopyHtml } from '@wmebv/components';
import {
  buildReview,
  buildSenderCopy,
  loadMessages,
  parseDefinition,
  RECEIPT_FORMAT_V2,
  receiptDeclarations,
  type Envelope,
  type Receipt,
} from '@wmebv/core';
import { SIGNED_SECTION_ID, signedSectionLines, textLines, type TextTree } from '@wmebv/core/signed-copy';
import { objection } from '../../../../test/fixtures/objection.js';

const parsed = parseDefinition(objection);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
const definition = parsed.definition;
const hostile = 'Weigering </script><p>extra</p> <b>dakkapel</b> &   "meer"';

/** How `textLines` reads a DOM (the CLI reads a parse5 tree the same way). */
const dom: TextTree<Node> = {
  children: (node) => [...node.childNodes, ...(node instanceof HTMLTemplateElement ? [...node.content.childNodes] : [])],
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node as Text).data : undefined),
  element: (node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName : undefined),
};

function receivedCopy(locale: string): { doc: Document; receipt: Receipt; envelope: Envelope } {
  const envelope: Envelope = {
    formId: definition.id,
    formVersion: definition.version,
    locale,
    values: { omschrijvingBesluit: hostile, datumBesluit: '2026-03-16', gronden: 'Regel één\nRegel twee', horen: 'ja' },
    declarations: { verklaring: '2026-04-27T22:29:00.000Z' },
    attachments: [{ id: 'f1', field: 'afschriftBesluit', name: 'besluit <i>.pdf', size: 2048, type: 'application/pdf', sha256: 'b'.repeat(64) }],
    lateReason: 'Ik lag in het ziekenhuis.',
  };
  const receipt: Receipt = {
    format: RECEIPT_FORMAT_V2,
    reference: 'BZW-7KX2-QD4M',
    receivedAt: '2026-04-28T00:30:00.000+02:00',
    organisation: { name: 'Gemeente Voorbeeld' },
    messageType: 'bezwaar',
    formId: envelope.formId,
    formVersion: envelope.formVersion,
    locale,
    review: buildReview(definition, envelope.values, envelope.attachments, locale),
    attachments: envelope.attachments,
    declarations: receiptDeclarations(definition, envelope),
    lateReason: envelope.lateReason,
    digest: { algorithm: 'SHA-256', value: 'd'.repeat(64) },
    kid: 'key-1',
    signature: 'A'.repeat(86),
    log: { seq: 3, hash: 'a'.repeat(64) },
  };
  const copy = buildSenderCopy({ definition, envelope, receipt, madeAt: '2026-04-28T10:00:00+02:00' });
  return { doc: new DOMParser().parseFromString(renderSenderCopyHtml(copy, locale), 'text/html'), receipt, envelope };
}

describe('the signed section of the HTML copy (Awb 2:17 lid 2, 2:20)', () => {
  it('renders exactly the text signedSectionLines builds from the signed receipt, markup in answers as text', () => {
    const { doc, receipt, envelope } = receivedCopy('nl');
    const sections = doc.querySelectorAll(`#${SIGNED_SECTION_ID}`);
    expect(sections).to.have.length(1);
    expect(textLines<Node>(sections[0]!, dom)).to.deep.equal(signedSectionLines(receipt, envelope));
    expect(sections[0]!.querySelector('p p, b, i'), 'answers and file names stay text').to.equal(null);
    expect(sections[0]!.querySelector('[data-field-id="omschrijvingBesluit"] dd')!.textContent).to.equal(hostile);
  });

  it("renders the same text in English, the receipt's language (Awb 2:17 lid 2)", async () => {
    await loadMessages('en');
    const { doc, receipt, envelope } = receivedCopy('en');
    const lines = textLines<Node>(doc.getElementById(SIGNED_SECTION_ID)!, dom);
    expect(lines).to.deep.equal(signedSectionLines(receipt, envelope));
    expect(lines[0]).to.equal('What the receiving body signed');
  });

  it('says in words that this section is what was signed, and holds all the received copy shows of the answers', () => {
    const { doc } = receivedCopy('nl');
    const section = doc.getElementById(SIGNED_SECTION_ID)!;
    expect(section.getAttribute('aria-labelledby')).to.equal(section.querySelector('h2')!.id);
    expect(section.querySelector('p')!.textContent).to.include('Alleen dit deel is ondertekend');
    // Outside the section: the status, the title, when the copy was made; no unsigned second list of answers.
    const outside = [...doc.querySelectorAll('[data-field-id], [data-declaration-id], [data-attachment-id]')].filter(
      (node) => !section.contains(node),
    );
    expect(outside).to.have.length(0);
  });

  it('passes axe, opened on its own', async () => {
    const { doc } = receivedCopy('nl');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.append(document.importNode(doc.querySelector('main')!, true));
    await expect(host).to.be.accessible();
  });
});
