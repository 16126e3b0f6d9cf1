// showError (docs/decisions.md, D7): a validation pass writes a question's message straight into the
// field's kept nodes instead of through an update. What users see and hear must be what setting
// `error` renders, and a later render must keep it: each field type is compared with a twin whose
// `error` was set, as markup (ids made alike) and as the accessibility tree.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../index.js';
import type { WmebvFieldElement } from './field-element.js';

const OPTIONS = [
  { value: 'a', label: 'Eerste keuze' },
  { value: 'b', label: 'Tweede keuze' },
];

/** One field of each layout: a label above a kept input, a select, a date's fieldset, radios, checkboxes, a checkbox, a textarea and its count, a file upload. */
const FIELDS: Record<string, () => TemplateResult> = {
  'text field': () => html`<wmebv-text-field name="naam" label="Naam" hint="Zoals in uw paspoort" required></wmebv-text-field>`,
  select: () => html`<wmebv-select name="land" label="Land" .options=${OPTIONS}></wmebv-select>`,
  'date field': () => html`<wmebv-date-field name="datum" label="Datum" hint="Bijvoorbeeld 27 3 2026" required></wmebv-date-field>`,
  'radio group': () => html`<wmebv-radio-group name="keuze" label="Wat kiest u?" .options=${OPTIONS} required></wmebv-radio-group>`,
  checkbox: () => html`<wmebv-checkbox name="akkoord" label="Ik ga akkoord" hint="Lees eerst de voorwaarden" required></wmebv-checkbox>`,
  textarea: () => html`<wmebv-textarea name="reden" label="Waarom?" required></wmebv-textarea>`,
  'checkbox group': () =>
    html`<wmebv-checkbox-group name="dagen" label="Welke dagen?" hint="Kies er een of meer" .options=${OPTIONS} required></wmebv-checkbox-group>`,
  'file upload': () =>
    html`<wmebv-file-upload name="bijlage" label="Bijlage" hint="Een foto of scan" .accept=${['.pdf']} required></wmebv-file-upload>`,
  'textarea with a character count': () =>
    html`<wmebv-textarea name="toelichting" label="Toelichting" hint="Kort graag" maxlength="20" value="Eerder getypt"></wmebv-textarea>`,
};

/** The field's markup with its own ids (`wmebv-field-N`) made alike, without Lit's marker comments. */
function markup(field: Element): string {
  return field.outerHTML.replace(/wmebv-field-\d+/g, 'wmebv-field-N').replace(/<!--[^>]*-->/g, '');
}

async function pair(make: () => TemplateResult): Promise<[WmebvFieldElement, WmebvFieldElement]> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nl">${make()}${make()}</div>`);
  const [written, rendered] = [...wrapper.children] as WmebvFieldElement[];
  await written!.updateComplete;
  await rendered!.updateComplete;
  return [written!, rendered!];
}

async function snapshotOf(field: Element): Promise<unknown> {
  field.setAttribute('data-snapshot', '');
  try {
    return heard(await a11ySnapshot({ selector: '[data-snapshot]' }));
  } finally {
    field.removeAttribute('data-snapshot');
  }
}

/** What a screen reader hears of a snapshot node: without the browser's own node ids. */
function heard(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(heard);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).flatMap(([key, value]) => (key === 'backendNodeId' || key === 'loaderId' ? [] : [[key, heard(value)]])),
  );
}

async function expectAlike(written: WmebvFieldElement, rendered: WmebvFieldElement, what: string): Promise<void> {
  expect(written.error, `${what}: error`).to.equal(rendered.error);
  expect(markup(written), `${what}: markup`).to.equal(markup(rendered));
  expect(await snapshotOf(written), `${what}: accessibility tree`).to.deep.equal(await snapshotOf(rendered));
}

describe('showError (D7): a message written without an update', () => {
  for (const [name, make] of Object.entries(FIELDS)) {
    it(`${name}: shows, keeps through a later render, changes and clears as setting error does`, async () => {
      const [written, rendered] = await pair(make);
      for (const message of ['Vul dit in.', 'Kies een andere waarde.', '']) {
        written.showError(message);
        expect(written.isUpdatePending, `"${message}" written without an update`).to.equal(false);
        rendered.error = message;
        await rendered.updateComplete;
        await expectAlike(written, rendered, `"${message}" written`);
        written.requestUpdate();
        await written.updateComplete;
        await expectAlike(written, rendered, `"${message}" after a later render`);
      }
    });
  }

  it('keeps what the user chose and where focus is when a later render follows', async () => {
    const [written] = await pair(FIELDS['checkbox']!);
    const box = written.querySelector('input')!;
    box.focus();
    written.showError('Vink dit aan.');
    written.requestUpdate();
    await written.updateComplete;
    expect(written.querySelector('input'), 'the same input').to.equal(box);
    expect(document.activeElement, 'focus stays').to.equal(box);
    expect(written.querySelector('.wmebv-error-message')!.nextElementSibling!.contains(box), 'the message above the box').to.equal(true);
  });
});
