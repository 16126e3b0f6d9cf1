/**
 * The receipt and the sender's copy as a citizen gets them (Awb 2:17, 2:20, 2:25), against the real
 * intake endpoint: the signature checked in the browser, the copy downloaded (and parsed back),
 * the receipt kept over a reload, and a message sent exactly once whatever the user does.
 */
import { expect } from '@open-wc/testing';
import { wmebv } from '../../packages/cli/test/support/run-cli-browser.js';
import { envelopeDigest, verifyReceipt, type Receipt, type SenderCopy } from '@wmebv/core';
import { download, FORM_KEY, keys, openForm, parseHtmlCopy, prefill, RECEIPT_KEY, send } from '../support/sender-copy.js';
import { text, until } from '../support/user.js';

describe("receipt and sender's copy, end to end", () => {
  beforeEach(() => sessionStorage.clear());

  it('offers a copy marked "not yet sent" on the review step, with every answer as text', async () => {
    prefill();
    const form = await openForm();
    expect(text(form.querySelector('.wmebv-form__step-heading'))).to.include('Controleer uw antwoorden');
    const page = await download(form, 'html');
    expect(page.type).to.match(/^text\/html/);
    expect(page.name).to.match(/^kopie-bezwaarschrift-\d{8}-\d{4}\.html$/);
    const { doc, data } = parseHtmlCopy(page.text);
    expect(doc.documentElement.lang).to.equal('nl');
    expect(text(doc.querySelector('.status'))).to.include('Nog niet verzonden');
    expect(doc.querySelectorAll('link, img, script[src], iframe')).to.have.length(0);
    expect(doc.querySelector('style')!.textContent).to.include('@media print');
    // Markup in an answer is text, never elements.
    const answer = doc.querySelector('[data-field-id="omschrijvingBesluit"] dd')!;
    expect(answer.textContent).to.equal('Weigering <b>dakkapel</b> & meer');
    expect(answer.querySelector('b')).to.equal(null);
    expect(text(doc.querySelector('[data-field-id="datumBesluit"] dd'))).to.equal('16 maart 2026');
    expect(text(doc.querySelector('[data-field-id="kenmerkBesluit"] dd'))).to.equal('Niet ingevuld');
    expect(doc.querySelector('[data-field-id="buitenlandsAdres"]'), 'hidden fields are not in the copy').to.equal(null);
    expect([...doc.querySelectorAll('h3')].map(text)).to.deep.equal(['Het besluit', 'Uw bezwaar', 'Uw gegevens']);
    expect(text(doc.querySelector('[data-declaration-id="verklaring"]'))).to.include('akkoord op 28 april 2026 om 00:29');
    expect(data).to.include({ status: 'not-sent', format: 'wmebv-sender-copy/1' });
    expect(data.receipt).to.equal(undefined);

    const json = await download(form, 'json');
    expect(json.type).to.match(/^application\/json/);
    const parsed = JSON.parse(json.text) as SenderCopy;
    expect(parsed.envelope.values['omschrijvingBesluit']).to.equal('Weigering <b>dakkapel</b> & meer');
    expect(parsed.review).to.deep.equal(data.review);
  });

  it('sends, checks the signed receipt in the browser, and offers a copy with the receipt', async () => {
    prefill();
    const form = await openForm();
    await send(form);
    const receiptElement = form.querySelector('wmebv-receipt')!;
    const status = await until(
      () => receiptElement.querySelector('[data-status="valid"], [data-status="invalid"], [data-status="unavailable"]'),
      'the check',
    );
    expect(status.getAttribute('data-status')).to.equal('valid');
    expect(text(status)).to.include('Deze ontvangstbevestiging is echt');
    expect(text(status)).to.include('Gemeente Voorbeeld');
    const reference = receiptElement.receipt!.reference;

    const page = await download(receiptElement, 'html');
    expect(page.name).to.equal(`kopie-bezwaarschrift-${reference}.html`);
    const { doc, data } = parseHtmlCopy(page.text);
    expect(text(doc.querySelector('.status'))).to.include(`Ontvangen met kenmerk ${reference}`);
    expect(doc.title).to.include(reference);
    expect(text(doc.querySelector('time[datetime]'))).to.match(/^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/);
    // `wmebv verify-receipt` reads the signed receipt and the envelope back out of the HTML file.
    const check = await wmebv(['verify-receipt', 'copy.html', '--keys', 'keys.json'], {
      'copy.html': page.text,
      'keys.json': JSON.stringify(await keys()),
    });
    expect(check.code, check.stdout + check.stderr).to.equal(0);
    expect(check.stdout).to.include(`VALID: receipt ${reference}`).and.include('The envelope in the copy matches its digest.');
    const json = JSON.parse((await download(receiptElement, 'json')).text) as SenderCopy;
    expect({ ...json, madeAt: '' }).to.deep.equal({ ...data, madeAt: '' });
    expect(json.status).to.equal('received');
    // Anyone can check the copy later: the receipt's signature, and the envelope against its digest.
    expect(await verifyReceipt(json.receipt, await keys(), { envelope: json.envelope })).to.deep.include({ status: 'valid', digest: 'matches' });
    expect(json.receipt!.digest.value).to.equal(await envelopeDigest(json.envelope));
  });

  it('shows the same receipt after a reload, kept in sessionStorage only', async () => {
    prefill();
    const first = await openForm();
    await send(first);
    const reference = first.querySelector('wmebv-receipt')!.receipt!.reference;
    expect(sessionStorage.getItem(FORM_KEY), 'answers are cleared after sending').to.equal(null);
    expect(JSON.parse(sessionStorage.getItem(RECEIPT_KEY)!).receipt.reference).to.equal(reference);
    expect(localStorage.length).to.equal(0);

    const again = await openForm();
    const heading = await until(() => again.querySelector('wmebv-receipt h2'), 'the receipt after reload');
    expect(text(heading)).to.equal(`Ontvangen met kenmerk ${reference}`);
    await until(() => again.querySelector('wmebv-receipt [data-status="valid"]'), 'the check after reload');
  });

  it('sends once on a double click, and gets the same receipt when resending after a lost answer and a reload', async () => {
    prefill();
    const form = await openForm();
    const { send: realSend, setRequestHeader: realSetHeader } = XMLHttpRequest.prototype;
    const posts: string[] = [];
    let loseAnswer = true;
    // Holds the first request back until the test has seen the progress state, which a fast local
    // server would otherwise end before anyone could look. The form sends with XMLHttpRequest
    // (upload progress, issue 15 item 14): its key is read as it is set, and a lost answer is a
    // request that reached the server but reports status 0, as a network failure does.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    XMLHttpRequest.prototype.setRequestHeader = function (this: XMLHttpRequest, name: string, value: string) {
      if (name.toLowerCase() === 'idempotency-key') posts.push(value);
      realSetHeader.call(this, name, value);
    };
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      if (!loseAnswer) return realSend.call(this, body);
      Object.defineProperty(this, 'status', { get: () => 0 }); // stored, but the answer is lost
      void held.then(() => realSend.call(this, body));
    };
    try {
      const button = [...form.querySelectorAll('button')].find((candidate) => text(candidate) === 'Verstuur')!;
      button.click();
      button.click();
      await until(
        () => [...form.querySelectorAll('button')].some((candidate) => text(candidate) === 'Bezig met versturen…'),
        'progress on the button',
      );
      release();
      const alert = await until(() => form.querySelector<HTMLElement>('.wmebv-form__notice[role="alert"]'), 'the failure notice');
      expect(text(alert)).to.include('Uw antwoorden zijn bewaard');
      expect(posts, 'one request for two clicks').to.have.length(1);
      const again = [...form.querySelectorAll('button')].find((candidate) => text(candidate) === 'Verstuur');
      expect(again, 'the send button is usable again').to.exist;
      expect(again!.getAttribute('aria-disabled')).to.equal(null);

      // The user reloads and sends again: the same key, so the stored message's receipt, not a second message.
      loseAnswer = false;
      const reloaded = await openForm();
      await send(reloaded);
      expect(posts).to.have.length(2);
      expect(posts[1]).to.equal(posts[0]);
      const receipt = reloaded.querySelector('wmebv-receipt')!.receipt as Receipt;
      const replay = await fetch('/api/forms/bezwaarschrift/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': posts[0]! },
        body: JSON.stringify(reloaded.querySelector('wmebv-receipt')!.envelope),
      });
      expect(replay.status).to.equal(200);
      expect(((await replay.json()) as Receipt).reference).to.equal(receipt.reference);
    } finally {
      Object.assign(XMLHttpRequest.prototype, { send: realSend, setRequestHeader: realSetHeader });
    }
  });
});
