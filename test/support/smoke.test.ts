// Canary for the test toolchain: TypeScript, experimental decorators, `.js` → `.ts` imports,
// `?inline` CSS, Lit in light DOM and @open-wc/testing. If this fails, the setup is broken.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import css from './smoke.css?inline';
import { greeting } from './smoke-helper.js';

@customElement('smoke-element')
class SmokeElement extends LitElement {
  @property() name = 'wereld';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return html`<p>${greeting(this.name)}</p>`;
  }
}

describe('test toolchain (smoke)', () => {
  it('renders a decorated Lit element with a reactive property', async () => {
    const el = await fixture<SmokeElement>(html`<smoke-element name="Utrecht"></smoke-element>`);
    expect(el).to.be.instanceOf(SmokeElement);
    expect(el.querySelector('p')?.textContent).to.equal('Hallo Utrecht');
    el.name = 'Zwolle';
    await el.updateComplete;
    expect(el.querySelector('p')?.textContent).to.equal('Hallo Zwolle');
  });

  it('imports CSS text with ?inline', async () => {
    expect(css).to.be.a('string').and.include('--smoke-colour');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const el = await fixture<SmokeElement>(html`<smoke-element></smoke-element>`);
    expect(getComputedStyle(el).getPropertyValue('--smoke-colour').trim()).to.equal('rgb(1, 2, 3)');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
});
