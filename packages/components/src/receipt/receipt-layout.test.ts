// What the sender sees of a receipt on a phone and at 400 % zoom (WCAG 2.2 SC 1.4.10), and what a
// screen reader reads first: the plain facts, with the checksum and signature behind a disclosure.
import { expect } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvReceipt } from '@wmebv/components';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { overflowing } from '../../../../test/support/layout.js';
import { text, until } from '../../../../test/support/user.js';
import { accessibilityTree, accessibleNode, type AXNode } from '../../test/helpers.js';
import { mountExample } from '../base/field.fixtures.js';
import { renderReceipt, receiptExamples, type ReceiptArgs } from './receipt.examples.js';

/** The sample objection's receipt (receipt.examples.ts), with a short "what happens next" the tests look for. */
const afterSubmit = 'U hoort binnen zes weken van ons.';
const receipt = receiptExamples.Dutch.args.receipt;

async function show(): Promise<WmebvReceipt> {
  return mountExample<ReceiptArgs, WmebvReceipt>(renderReceipt, receiptExamples.Dutch, { afterSubmit });
}

/** The names of the tree's nodes in reading order, as a screen reader meets them. */
function readingOrder(node: AXNode, into: string[] = []): string[] {
  if (node.name) into.push(`${node.role}: ${node.name}`);
  for (const child of node.children ?? []) readingOrder(child, into);
  return into;
}

describe('wmebv-receipt at 320 px (400 % zoom)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('keeps the reference on screen: it wraps between its groups, never inside one', async () => {
    const element = await show();
    expect(overflowing(element)).to.deep.equal([]);
    const heading = element.querySelector('h2')!;
    const groups = [...heading.querySelectorAll('.wmebv-receipt__reference-group')];
    expect(groups.map((group) => group.textContent)).to.deep.equal(['BZW-', '7KX2-', 'QD4M']);
    for (const group of groups) expect(group.getClientRects(), `"${group.textContent}" on one line`).to.have.length(1);
    // At this width the reference does not fit on one line in a 2rem heading: it really wrapped.
    const tops = new Set(groups.map((group) => Math.round(group.getBoundingClientRect().top)));
    expect(tops.size, 'the reference spans more than one line').to.be.greaterThan(1);
    // Read and copied as one unit.
    expect(text(heading)).to.equal('Ontvangen met kenmerk BZW-7KX2-QD4M');
    expect((await accessibleNode('heading'))?.name).to.equal('Ontvangen met kenmerk BZW-7KX2-QD4M');
    expect(text(element.querySelector('.wmebv-receipt__reference'))).to.equal('BZW-7KX2-QD4M');
  });

  it('has no element wider than the viewport with the check details open', async () => {
    const element = await show();
    element.querySelector('details')!.open = true;
    expect(overflowing(element)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });
});

describe('wmebv-receipt: plain facts first, the check behind a disclosure', () => {
  it('reads reference, time, what happens next and the answers; the checksum only on request', async () => {
    const element = await show();
    const order = readingOrder(await accessibilityTree()).join('\n');
    expect(order).to.include('Tijdstip van ontvangst');
    expect(order).to.include(afterSubmit);
    expect(order, 'the checksum is not read before the disclosure is opened').not.to.include(receipt.digest.value);
    expect(order).not.to.include(receipt.signature);
    const at = (needle: string): number => order.indexOf(needle);
    expect(at('Kenmerk')).to.be.lessThan(at('Wat gebeurt er nu?'));
    expect(at('Wat gebeurt er nu?')).to.be.lessThan(at('Controleer deze ontvangstbevestiging'));
    const disclosure = await accessibleNode('DisclosureTriangle', /^Controleer deze ontvangstbevestiging/);
    expect(disclosure, 'a disclosure with a name that says what it holds').to.exist;
    expect(disclosure!.expanded ?? false).to.equal(false);

    // A keyboard user opens it.
    element.querySelector<HTMLElement>('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => element.querySelector('details')!.open, 'the disclosure to open');
    const opened = readingOrder(await accessibilityTree()).join('\n');
    expect(opened).to.include('Controlegetal (SHA-256)');
    expect(opened).to.include(receipt.digest.value);
    expect(opened).to.include('Handtekening (Ed25519)');
    await expect(element).to.be.accessible();
  });
});
