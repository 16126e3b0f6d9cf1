// wmebv-form imported alone (as `@wmebv/components/form`), in a page of its own: it loads the field
// elements its definition uses before the first render, and nothing of the review, the receipt,
// the outage banner or the field types it does not use (issue 11 size step 3).
import { expect } from '@open-wc/testing';
import './form.js';
import { reportJson } from './form.examples.js';
import { mountForm } from './form.fixtures.js';

describe('wmebv-form imported alone', () => {
  it('loads only the field elements its definition uses, before the first render', async () => {
    expect(customElements.get('wmebv-text-field'), 'no field element before a definition').to.equal(undefined);
    const form = await mountForm(reportJson);
    await form.ready;
    const field = form.querySelector('wmebv-text-field');
    expect(field, 'the text field rendered').to.not.equal(null);
    expect(customElements.get('wmebv-text-field'), 'its element defined').to.not.equal(undefined);
    expect(field!.querySelector('input')?.labels?.[0]?.textContent).to.include('Omschrijving');
    for (const unused of [
      'wmebv-date-field',
      'wmebv-textarea',
      'wmebv-file-upload',
      'wmebv-select',
      'wmebv-review',
      'wmebv-receipt',
      'wmebv-outage-banner',
    ]) {
      expect(customElements.get(unused), `${unused} not loaded`).to.equal(undefined);
    }
    // A definition without a `deadline` loads no deadline hint (nor the late reason's textarea).
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      fetched.filter((address) => address.includes('/form/views/deadline-hint')),
      'the deadline hint not fetched',
    ).to.deep.equal([]);
  });
});
