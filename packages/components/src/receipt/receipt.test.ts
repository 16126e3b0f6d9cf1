import { expect, fixture, html } from '@open-wc/testing';
import '@wmebv/components';
import { renderSenderCopyHtml, type WmebvReceipt } from '@wmebv/components';
import { buildSenderCopy, parseDefinition, type Envelope, type Receipt } from '@wmebv/core';
import { emulateMedia } from '@web/test-runner-commands';
import { text, until } from '../../../../test/support/user.js';

const SUBMISSIONS = '/api/forms/bezwaarschrift/submissions';
const envelope: Envelope = {
  formId: 'bezwaarschrift',
  formVersion: '1.0.0',
  locale: 'nl',
  values: {
    omschrijvingBesluit: '<img src=x onerror=alert(1)>',
    datumBesluit: '2026-03-15',
    gronden: 'Gronden',
    horen: 'nee',
    naam: 'Jan Jansen',
    woonland: 'buitenland',
    buitenlandsAdres: 'Rue 1',
  },
  declarations: { verklaring: '2026-04-28T00:29:00.000+02:00' },
  attachments: [],
};

async function realReceipt(): Promise<Receipt> {
  const response = await fetch(SUBMISSIONS, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(envelope),
  });
  expect(response.status).to.equal(201);
  return (await response.json()) as Receipt;
}

async function show(receipt: Receipt, options: { envelope?: Envelope; keysSrc?: string } = {}): Promise<WmebvReceipt> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nl">
    <wmebv-receipt .receipt=${receipt} .envelope=${options.envelope} keys-src=${options.keysSrc ?? '/api/receipt-key'}></wmebv-receipt>
  </div>`);
  return wrapper.querySelector('wmebv-receipt')!;
}

const outcome = (element: WmebvReceipt): Promise<Element> =>
  until(() => element.querySelector('[data-status]:not([data-status="checking"])'), 'the outcome of the check');

describe('wmebv-receipt: checking the receipt in the browser', () => {
  it('says plainly that an unchanged receipt is authentic and signed with the published key', async () => {
    const element = await show(await realReceipt(), { envelope: { ...envelope, values: { ...envelope.values } } });
    const status = await outcome(element);
    expect(status.getAttribute('data-status')).to.equal('valid');
    expect(text(status)).to.equal(
      'Echtheid Deze ontvangstbevestiging is echt. Er is niets aan veranderd, en ze is ondertekend met de sleutel die Gemeente Voorbeeld publiceert.',
    );
    expect(element.querySelector('[role="status"]')).to.exist;
    // Markup in an answer is text.
    expect(element.querySelector('img')).to.equal(null);
    expect(text(element)).to.include('<img src=x onerror=alert(1)>');
    await expect(element).to.be.accessible();
  });

  it('says that a changed receipt does not check out, and why', async () => {
    const receipt = await realReceipt();
    const changed = {
      ...receipt,
      receivedAt: receipt.receivedAt.replace(/:(\d)(\d)\./, (_, a: string, b: string) => `:${a}${(Number(b) + 1) % 10}.`),
    };
    const status = await outcome(await show(changed));
    expect(status.getAttribute('data-status')).to.equal('invalid');
    expect(text(status)).to.include('Let op: deze ontvangstbevestiging klopt niet.');
    expect(text(status)).to.include('De handtekening past niet bij de inhoud');
  });

  it('says that the digest does not match when the envelope differs from what was received', async () => {
    const status = await outcome(await show(await realReceipt(), { envelope: { ...envelope, values: { ...envelope.values, horen: 'ja' } } }));
    expect(text(status)).to.include('Het controlegetal past niet bij wat u heeft gestuurd.');
  });

  it('says that a receipt signed with another key is not signed with a published key', async () => {
    const receipt = await realReceipt();
    const status = await outcome(await show({ ...receipt, kid: 'another-key' }));
    expect(text(status)).to.include('een sleutel die Gemeente Voorbeeld niet publiceert');
  });

  it('says it could not check (never "not authentic") when the keys cannot be fetched', async () => {
    const status = await outcome(await show(await realReceipt(), { keysSrc: '/api/no-such-keys' }));
    expect(status.getAttribute('data-status')).to.equal('unavailable');
    expect(text(status)).to.not.include('klopt niet');
    expect(text(status)).to.include('Dat zegt niets over de echtheid.');
  });
});

describe("the sender's copy of a long form", () => {
  it('prints 200 answers legibly: every answer present, nothing wider than the page', async () => {
    const fields = Array.from({ length: 200 }, (_, index) => ({
      id: `v${index}`,
      type: 'text',
      label: { nl: `Vraag ${index + 1} met een wat langere vraagtekst` },
    }));
    const parsed = parseDefinition({
      id: 'lang',
      version: '1.0.0',
      title: { nl: 'Lang formulier' },
      organisation: {
        name: 'Gemeente Voorbeeld',
        privacyStatementUrl: 'https://example.org/p',
        accessibilityStatementUrl: 'https://example.org/a',
        support: { phone: '14 0999' },
      },
      messageType: 'melding',
      locales: ['nl'],
      steps: [{ id: 's', title: { nl: 'Alles' }, fields }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    const values = Object.fromEntries(
      fields.map((field, index) => [field.id, index % 7 === 0 ? 'Zeer'.repeat(60) + ' lang woord' : `Antwoord ${index + 1}`]),
    );
    const source = renderSenderCopyHtml(buildSenderCopy({ definition: parsed.definition, values }), 'nl');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 700px; height: 900px; border: 0';
    document.body.append(frame);
    try {
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.srcdoc = source;
      });
      await emulateMedia({ media: 'print' });
      const doc = frame.contentDocument!;
      expect(doc.querySelectorAll('[data-field-id]')).to.have.length(200);
      expect(doc.documentElement.scrollWidth, 'no horizontal overflow').to.be.at.most(doc.documentElement.clientWidth);
      const fontSize = parseFloat(getComputedStyle(doc.body).fontSize);
      expect(fontSize).to.be.at.least(13);
    } finally {
      await emulateMedia({ media: 'screen' });
      frame.remove();
    }
  });
});
