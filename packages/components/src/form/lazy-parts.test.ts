// wmebv-form imported alone (as `@wmebv/components/form`), in a page of its own: it loads the field
// elements its definition uses before the first render, and nothing of the review, the receipt,
// the outage banner or the field types it does not use (issue 11 size step 3).
import { expect, fixture, html } from '@open-wc/testing';
import './form.js';
import type { WmebvForm } from './form.js';

const textOnly = {
  id: 'melding',
  version: '1.0.0',
  title: { nl: 'Melding doen', en: 'Make a report' },
  organisation: {
    name: 'Gemeente Voorbeeld',
    support: { phone: '14 0999', url: 'https://www.example.org/contact' },
    privacyStatementUrl: 'https://www.example.org/privacy',
    accessibilityStatementUrl: 'https://www.example.org/toegankelijkheid',
  },
  messageType: 'melding',
  locales: ['nl', 'en'],
  steps: [
    {
      id: 'een',
      title: { nl: 'Wat wilt u melden?', en: 'What do you want to report?' },
      fields: [{ id: 'waar', type: 'text', label: { nl: 'Waar?', en: 'Where?' } }],
    },
  ],
};

describe('wmebv-form imported alone', () => {
  it('loads only the field elements its definition uses, before the first render', async () => {
    expect(customElements.get('wmebv-text-field'), 'no field element before a definition').to.equal(undefined);
    const form = await fixture<WmebvForm>(html`<wmebv-form lang="nl" .definition=${textOnly}></wmebv-form>`);
    await form.ready;
    const field = form.querySelector('wmebv-text-field');
    expect(field, 'the text field rendered').to.not.equal(null);
    expect(customElements.get('wmebv-text-field'), 'its element defined').to.not.equal(undefined);
    expect(field!.querySelector('input')?.labels?.[0]?.textContent).to.include('Waar?');
    for (const unused of ['wmebv-date-field', 'wmebv-file-upload', 'wmebv-select', 'wmebv-review', 'wmebv-receipt', 'wmebv-outage-banner']) {
      expect(customElements.get(unused), `${unused} not loaded`).to.equal(undefined);
    }
  });
});
