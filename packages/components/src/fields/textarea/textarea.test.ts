import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CHARACTER_COUNT_DELAY, WmebvTextarea } from '../../index.js';
import { accessibleNode, addHostileStylesheet, AWB_6_5 } from '../../../test/helpers.js';
import { mountExample } from '../../base/field.fixtures.js';
import type { Example } from '../../base/field-controls.examples.js';
import { textareaExamples as examples, renderTextarea, type TextareaArgs } from './textarea.examples.js';

const textarea = (el: WmebvTextarea): HTMLTextAreaElement => el.querySelector('textarea')!;
const visibleCount = (el: WmebvTextarea): string => el.querySelector('.wmebv-character-count')!.textContent!.trim();
const spokenCount = (el: WmebvTextarea): string => el.querySelector('[aria-live="polite"]')!.textContent!.trim();

/** Mounts an example from textarea.examples.ts, as its story shows it. */
const mount = (example: Example<TextareaArgs>, overrides: Partial<TextareaArgs> = {}) =>
  mountExample<TextareaArgs, WmebvTextarea>(renderTextarea, example, overrides);

describe('wmebv-textarea', () => {
  it('renders label, hint, optional marker and rows', async () => {
    const el = await mount(examples.Empty, { rows: 8 });
    expect(el.querySelector('label')!.htmlFor).to.equal(textarea(el).id);
    expect(el.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Wilt u nog iets toelichten? (niet verplicht)');
    expect(el.querySelector('.wmebv-hint')!.textContent).to.equal('Bijvoorbeeld wanneer wij u het beste kunnen bellen.');
    expect(textarea(el).rows).to.equal(8);
  });

  it('is heard with its name, and described by hint, the limit and the error (accessibility tree)', async () => {
    await fixture<WmebvTextarea>(
      html`<wmebv-textarea name="gronden" label="Gronden" required hint="In uw eigen woorden" maxlength="200" error="Vul de gronden in"></wmebv-textarea>`,
    );
    const node = await accessibleNode('textbox', 'Gronden');
    expect(node, 'textbox in the accessibility tree').to.exist;
    expect(node!.description).to.equal('In uw eigen woorden U kunt maximaal 200 tekens invullen. Fout: Vul de gronden in');
    expect(node!.invalid).to.equal('true');
    expect(node!.required).to.equal(true);
  });

  it('sets aria-invalid only while error is non-empty', async () => {
    const el = await fixture<WmebvTextarea>(html`<wmebv-textarea name="g" label="Gronden"></wmebv-textarea>`);
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
    el.error = 'Vul de gronden in';
    await el.updateComplete;
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
    expect(textarea(el).getAttribute('aria-describedby')).to.equal(el.querySelector('.wmebv-error-message')!.id);
    el.error = '';
    await el.updateComplete;
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
    expect(textarea(el).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('counts characters as core does and never cuts off text over the limit', async () => {
    const el = await fixture<WmebvTextarea>(html`<wmebv-textarea name="g" label="Gronden" maxlength="5"></wmebv-textarea>`);
    expect(textarea(el).hasAttribute('maxlength')).to.equal(false);
    expect(visibleCount(el)).to.equal('U heeft nog 5 tekens over.');
    textarea(el).focus();
    await sendKeys({ type: 'abcd' });
    await el.updateComplete;
    expect(visibleCount(el)).to.equal('U heeft nog 1 teken over.');
    await sendKeys({ type: 'ef' });
    await el.updateComplete;
    expect(el.value).to.equal('abcdef');
    expect(visibleCount(el)).to.equal('U heeft 1 teken te veel.');
    expect(el.querySelector('.wmebv-character-count--over')).to.exist;
    // Not an error: nobody validated yet.
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
    // Code points, and a line break is one character: an emoji counts as one.
    el.value = '😀\r\n';
    await el.updateComplete;
    expect(visibleCount(el)).to.equal('U heeft nog 3 tekens over.');
  });

  it('tells screen readers the count only after typing pauses (about a second)', async () => {
    // The pause is taken from the element's own timers, captured here, so a busy machine (where a
    // key press can take longer than the pause) cannot change the outcome.
    const pauses = new Map<number, () => void>();
    const realSetTimeout = window.setTimeout;
    const realClearTimeout = window.clearTimeout;
    let next = 1;
    window.setTimeout = ((handler: () => void, delay?: number, ...rest: unknown[]) => {
      if (delay !== CHARACTER_COUNT_DELAY) return realSetTimeout(handler, delay, ...rest);
      const id = -next++;
      pauses.set(id, handler);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined && pauses.delete(id)) return;
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
    try {
      const el = await fixture<WmebvTextarea>(html`<wmebv-textarea name="g" label="Gronden" maxlength="10"></wmebv-textarea>`);
      const region = el.querySelector('[aria-live="polite"]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(spokenCount(el)).to.equal('U heeft nog 10 tekens over.');
      textarea(el).focus();
      await sendKeys({ type: 'abc' });
      await el.updateComplete;
      expect(visibleCount(el)).to.equal('U heeft nog 7 tekens over.');
      expect(spokenCount(el), 'not yet while typing').to.equal('U heeft nog 10 tekens over.');
      expect(pauses.size, 'one pause pending after typing').to.equal(1);
      const [firstPause] = pauses.keys();
      await sendKeys({ type: 'd' });
      expect(pauses.has(firstPause!), 'the pause restarts with each key').to.equal(false);
      expect(pauses.size).to.equal(1);
      expect(spokenCount(el), 'still not while typing').to.equal('U heeft nog 10 tekens over.');
      for (const [id, handler] of [...pauses]) {
        pauses.delete(id);
        handler();
      }
      await el.updateComplete;
      expect(spokenCount(el)).to.equal('U heeft nog 6 tekens over.');
      // The visible count is not read twice.
      expect(el.querySelector('.wmebv-character-count')!.getAttribute('aria-hidden')).to.equal('true');
    } finally {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    }
  });

  it('has no character count without maxLength', async () => {
    const el = await fixture<WmebvTextarea>(html`<wmebv-textarea name="g" label="Gronden"></wmebv-textarea>`);
    expect(el.querySelector('.wmebv-character-count')).to.equal(null);
    expect(el.querySelector('[aria-live]')).to.equal(null);
  });

  it('counts in English on an English page', async () => {
    const el = await fixture<WmebvTextarea>(html`<wmebv-textarea name="g" label="Grounds" maxlength="3" locale="en" value="abcd"></wmebv-textarea>`);
    expect(visibleCount(el)).to.equal('You have 1 character too many.');
  });

  it('is submitted once in a plain form, restored by form.reset() (count too), and works with requestSubmit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <wmebv-textarea name="gronden" label="Gronden" maxlength="20" value="Eerste tekst"></wmebv-textarea>
      <button type="submit" name="actie" value="volgende">Volgende</button>
    </form>`);
    const el = form.querySelector('wmebv-textarea')!;
    await el.updateComplete;
    expect(new FormData(form).getAll('gronden')).to.deep.equal(['Eerste tekst']);
    textarea(el).focus();
    textarea(el).select();
    await sendKeys({ type: 'Nieuw' });
    expect(new FormData(form).getAll('gronden')).to.deep.equal(['Nieuw']);

    form.addEventListener('submit', (event) => event.preventDefault());
    const submitted = oneEvent(form, 'submit');
    form.requestSubmit(form.querySelector('button')!);
    const event = (await submitted) as unknown as SubmitEvent;
    const data = new FormData(form, event.submitter);
    expect(data.getAll('gronden')).to.deep.equal(['Nieuw']);
    expect(data.get('actie')).to.equal('volgende');

    form.reset();
    expect(el.value).to.equal('Eerste tekst');
    await aTimeout(10);
    await el.updateComplete;
    expect(visibleCount(el)).to.equal('U heeft nog 8 tekens over.');
  });

  it('is disabled inside <fieldset disabled>', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
      <wmebv-textarea name="gronden" label="Gronden" value="x"></wmebv-textarea>
    </fieldset></form>`);
    const el = form.querySelector('wmebv-textarea')!;
    await el.updateComplete;
    expect(textarea(el).matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('gronden')).to.equal(false);
  });

  it('focusControl() focuses the textarea', async () => {
    const el = await fixture<WmebvTextarea>(html`<wmebv-textarea name="g" label="Gronden"></wmebv-textarea>`);
    el.focusControl();
    expect(document.activeElement).to.equal(textarea(el));
  });

  it('keeps label, name and description under a hostile host stylesheet', async () => {
    const removeHostile = addHostileStylesheet();
    try {
      const el = await fixture<WmebvTextarea>(html`<wmebv-textarea name="g" label="Gronden" maxlength="9" error="Te lang"></wmebv-textarea>`);
      const node = await accessibleNode('textbox', 'Gronden (niet verplicht)');
      expect(node, 'textbox keeps its name').to.exist;
      expect(node!.description).to.equal('U kunt maximaal 9 tekens invullen. Fout: Te lang');
      const limit = el.querySelector<HTMLElement>(`#${textarea(el).getAttribute('aria-describedby')!.split(' ')[0]}`)!;
      expect(limit.getBoundingClientRect().width).to.be.at.most(1);
      await expect(el).to.be.accessible();
    } finally {
      removeHostile();
    }
  });

  it('passes axe when empty, filled, over the limit and with an error', async () => {
    const el = await fixture<WmebvTextarea>(html`<wmebv-textarea name="g" label="Gronden" hint="Hint" maxlength="5"></wmebv-textarea>`);
    await expect(el).to.be.accessible();
    el.value = 'abc';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.value = 'abcdefgh';
    el.error = '"Gronden" mag maximaal 5 tekens hebben. Het zijn er nu 8.';
    el.required = true;
    el.legalBasis = AWB_6_5;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
