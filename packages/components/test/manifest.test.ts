/**
 * custom-elements.json ships in @wmebv/components (its `customElements` field): editors, Storybook
 * and framework tooling read the elements' API from it, so it must be complete and current.
 */
import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssProperties?: { name: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const ELEMENTS = [
  'wmebv-checkbox',
  'wmebv-checkbox-group',
  'wmebv-date-field',
  'wmebv-error-summary',
  'wmebv-fieldset',
  'wmebv-file-upload',
  'wmebv-form',
  'wmebv-outage-banner',
  'wmebv-radio-group',
  'wmebv-receipt',
  'wmebv-review',
  'wmebv-select',
  'wmebv-text-field',
  'wmebv-textarea',
];

// That it matches a fresh analysis of the sources is checked in Node (manifest.node.test.ts).
describe('custom-elements.json', () => {
  let committed: string;
  before(async () => {
    committed = await fetch('/packages/components/custom-elements.json').then((response) => response.text());
  });

  it('describes all 14 elements, each defined in the browser, with typed custom events and CSS custom properties', async () => {
    await import('@wmebv/components');
    const manifest = JSON.parse(committed) as Manifest;
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    expect(declarations.map((declaration) => declaration.tagName).sort()).to.deep.equal(ELEMENTS);
    for (const tag of ELEMENTS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    const byTag = new Map(declarations.map((declaration) => [declaration.tagName!, declaration]));
    const events = (tag: string) => Object.fromEntries((byTag.get(tag)!.events ?? []).map((event) => [event.name, event.type?.text]));
    expect(events('wmebv-form')).to.deep.equal({
      'wmebv-definition-error': 'CustomEvent<DefinitionErrorDetail>',
      'wmebv-ready': 'CustomEvent<ReadyDetail>',
      'wmebv-submitted': 'CustomEvent<SubmittedDetail>',
    });
    expect(events('wmebv-review')).to.deep.equal({ 'wmebv-change-request': 'CustomEvent<ChangeRequestDetail>' });
    expect(events('wmebv-text-field')).to.deep.equal({ input: 'Event', change: 'Event', 'wmebv-answer': 'WmebvAnswerEvent' });
    for (const tag of ELEMENTS) {
      expect(byTag.get(tag)!.cssProperties?.length ?? 0, `${tag} lists the tokens it uses`).to.be.greaterThan(0);
    }
  });
});
