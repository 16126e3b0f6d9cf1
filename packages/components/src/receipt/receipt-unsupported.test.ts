// A browser without Ed25519 in Web Crypto (older Safari/Firefox), simulated before the first check
// (core probes for Ed25519 lazily, on the first verification).
import { expect, fixture, html } from '@open-wc/testing';
import '@wmebv/components';
import type { Receipt } from '@wmebv/core';
import { text, until } from '../../../../test/support/user.js';

const importKey = crypto.subtle.importKey.bind(crypto.subtle);
crypto.subtle.importKey = ((format: string, data: unknown, algorithm: AlgorithmIdentifier, ...rest: unknown[]) => {
  const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
  if (name === 'Ed25519') return Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError'));
  return (importKey as (...args: unknown[]) => Promise<CryptoKey>)(format, data, algorithm, ...rest);
}) as typeof crypto.subtle.importKey;

describe('wmebv-receipt in a browser without Ed25519', () => {
  it('says it cannot check the signature, never that the receipt is not authentic', async () => {
    const response = await fetch('/api/forms/bezwaarschrift/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        formId: 'bezwaarschrift',
        formVersion: '1.0.0',
        locale: 'nl',
        values: {
          omschrijvingBesluit: 'Besluit',
          datumBesluit: '2026-03-15',
          gronden: 'Gronden',
          horen: 'nee',
          naam: 'Jan',
          woonland: 'buitenland',
          buitenlandsAdres: 'Rue 1',
        },
        declarations: { verklaring: '2026-04-28T00:29:00.000+02:00' },
        attachments: [],
      }),
    });
    const receipt = (await response.json()) as Receipt;
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="nl"><wmebv-receipt .receipt=${receipt} keys-src="/api/receipt-key"></wmebv-receipt></div>`,
    );
    const status = await until(() => wrapper.querySelector('[data-status]:not([data-status="checking"])'), 'the outcome');
    expect(status.getAttribute('data-status')).to.equal('unsupported');
    expect(text(status)).to.include('Deze browser kan de handtekening niet controleren. Dat zegt niets over de echtheid.');
    expect(text(status)).to.not.include('klopt niet');
  });
});
