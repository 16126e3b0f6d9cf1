// wmebv-form when one of its lazy chunks cannot be loaded (offline, or a deploy that removed the old
// chunk): Chromium's DevTools protocol fails the chunk's requests as it does offline
// (test/support/page-plugin.mjs), so the `import()` rejects as in a real browser. The citizen sees a
// plain message, never a half-rendered form; the next time the chunk is needed it is fetched again.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { DefinitionError } from '@wmebv/core';
import './form.js';
import type { WmebvForm } from './form.js';
import type { DefinitionErrorDetail } from '../events.js';
import { REPORT_SESSION_KEY, reportJson } from './form.examples.js';
import { offline, online } from './form.fixtures.js';
import { field, press, text, type, until } from '../../../../test/support/user.js';
import { accessibleNode, type AXNode } from '../../test/helpers.js';

/** Mounts a form for `definition` with fallback content, and collects its definition errors. */
async function mount(
  definition: unknown,
  keepSession = false,
): Promise<{ form: WmebvForm; errors: DefinitionErrorDetail[]; ready: Promise<unknown> }> {
  if (!keepSession) sessionStorage.clear();
  const errors: DefinitionErrorDetail[] = [];
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="nl" @wmebv-definition-error=${(event: CustomEvent<DefinitionErrorDetail>) => errors.push(event.detail)}>
      <wmebv-form .definition=${definition}><p>Bel 14 020 om uw melding door te geven.</p></wmebv-form>
    </div>`,
  );
  const form = wrapper.querySelector('wmebv-form')!;
  // `ready` settles either way; caught here so that a rejection is looked at by the test, not reported unhandled.
  return {
    form,
    errors,
    ready: form.ready.then(
      (value) => value,
      (error: unknown) => error,
    ),
  };
}

/** Each text `alert` comes to have, in order: what a screen reader is told as the live region changes. */
function hear(alert: Element): () => string[] {
  const heard: string[] = [];
  new MutationObserver(() => {
    const said = text(alert);
    if (said !== heard.at(-1)) heard.push(said);
  }).observe(alert, { childList: true, subtree: true, characterData: true });
  return () => heard;
}

/** The text of the page's (first) alert as the accessibility tree has it. */
async function alertText(): Promise<string> {
  const texts = (node: AXNode): string[] => [node.name, ...(node.children ?? []).flatMap(texts)];
  const alert = await accessibleNode('alert');
  return alert ? texts(alert).join(' ') : '';
}

/** The button in `root` whose text is `name`. */
function button(root: Element, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((candidate) => text(candidate) === name);
}

describe('wmebv-form when a lazy chunk does not load', function () {
  this.timeout(180_000);
  // Each test's chunk must not be in the page's module map yet: a module that loaded once is never fetched again.
  afterEach(async () => (fixtureCleanup(), await online()));

  it("says the form is unavailable when the rules' chunk fails, with the production lines on the console, and checks it on the next attach", async () => {
    // The rules, the summary and the English sentences are one chunk (after-render-part.ts): none of them loads.
    await offline('*/form/after-render-part.*');
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    let first: Awaited<ReturnType<typeof mount>>;
    try {
      first = await mount(reportJson);
      expect(await first.ready, '`ready` rejects').to.be.instanceOf(DefinitionError);
    } finally {
      console.error = consoleError;
    }
    const unavailable = await until(() => first.form.querySelector('.wmebv-form--unavailable'), 'the unavailable notice');
    expect(text(unavailable)).to.include('Dit formulier werkt op dit moment niet').and.include('Bel 14 020');
    expect(first.form.querySelector('.wmebv-form__step-heading'), 'the rendered step is taken away').to.equal(null);
    // The lines without the chunk: pointer, severity, rule id and message key, then the advice.
    const [detail] = first.errors;
    expect(detail!.findings.map((finding) => finding.ruleId)).to.deep.equal(['fetch']);
    expect(detail!.messages).to.deep.equal(['/  error  fetch  findings.schema']);
    const line = logged.find((entry) => entry.startsWith('wmebv-form: the form definition'));
    expect(line).to.include('/  error  fetch  findings.schema').and.include('Run `npx wmebv lint`.');
    await expect(first.form).to.be.accessible();

    fixtureCleanup();
    await online();
    const second = await mount(reportJson);
    expect(await second.ready, '`ready` resolves').to.equal(undefined);
    await until(() => second.form.querySelector('.wmebv-form__step-heading'), 'the step');
    expect(second.errors).to.deep.equal([]);
  });

  it("says the form is unavailable when the definition parser's chunk fails, and parses the same object on the next attach", async () => {
    // An unknown property: the generated validator is not sure, so the zod parser's chunk is needed (a warning only).
    const definition = { ...reportJson, unknownProperty: true };
    await offline('*/form/definition-parse.*');
    const first = await mount(definition);
    expect(await first.ready, '`ready` rejects').to.be.instanceOf(DefinitionError);
    const unavailable = await until(() => first.form.querySelector('.wmebv-form--unavailable'), 'the unavailable notice');
    expect(text(unavailable)).to.include('Dit formulier werkt op dit moment niet').and.include('Bel 14 020');
    expect(first.form.querySelector('.wmebv-form__step-heading'), 'no half-rendered form').to.equal(null);
    expect(first.errors.map((detail) => detail.findings.map((finding) => finding.ruleId))).to.deep.equal([['fetch']]);
    expect(first.errors[0]!.messages.join('\n')).to.include('the definition parser did not load');
    await expect(first.form).to.be.accessible();

    fixtureCleanup();
    await online();
    const second = await mount(definition); // the same object: not the cached failure
    expect(await second.ready, '`ready` resolves').to.equal(undefined);
    await until(() => second.form.querySelector('.wmebv-form__step-heading'), 'the step');
    expect(second.form.querySelector('.wmebv-form--unavailable')).to.equal(null);
    expect(second.errors).to.deep.equal([]);
  });
  // Before any test that types: typing saves the progress, which loads the reading of a session.
  it('says so instead of an empty form when the reading of a saved session fails to load, writes nothing over it, and shows the answers after "Probeer opnieuw"', async () => {
    sessionStorage.clear();
    const saved = JSON.stringify({ values: { wat: 'Losliggende stoeptegel' }, stepIndex: 0, declarations: {} });
    sessionStorage.setItem(REPORT_SESSION_KEY, saved);
    await offline('*form/session-parse.*');
    const { form, ready } = await mount(reportJson, true);
    expect(await ready, '`ready` resolves: the definition is usable').to.equal(undefined);
    const notice = await until(() => form.querySelector('.wmebv-form__notice'), 'the notice that the saved answers did not load');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.include('Uw eerder ingevulde antwoorden konden niet worden geladen').and.include('Ze zijn nog bewaard in deze browser');
    expect(form.querySelector('form, .wmebv-form__step-heading'), 'no empty step to fill in again').to.equal(null);
    expect(text(form.querySelector('.wmebv-form__title'))).to.equal('Melding doen');
    await expect(form).to.be.accessible();

    // Still offline: the failed press is said, and the saved answers are not written over.
    await press(form, 'Probeer opnieuw');
    await until(() => text(notice).includes('Opnieuw geprobeerd, maar het lukte niet.'), 'the failed retry said');
    expect(sessionStorage.getItem(REPORT_SESSION_KEY), 'the saved answers not written over').to.equal(saved);
    await online();
    await press(form, 'Probeer opnieuw');
    const heading = await until(() => form.querySelector('.wmebv-form__step-heading'), 'the step');
    await until(() => field(form, 'wat').querySelector('input')?.value === 'Losliggende stoeptegel', 'the saved answer shown');
    expect(form.querySelector('.wmebv-form__notice')).to.equal(null);
    await until(() => document.activeElement === heading, "focus on the step's heading");
  });

  it('says so instead of check your answers when its chunk fails, keeps what was typed, and shows it after "Probeer opnieuw"', async () => {
    const { form } = await mount(reportJson);
    await form.ready;
    await type(form, 'wat', 'Losliggende stoeptegel');
    await offline('*form/after-steps.*');
    await press(form, 'Naar controleren');
    const notice = await until(() => form.querySelector('.wmebv-form__notice'), 'the notice that a part did not load').catch((error: Error) => {
      throw new Error(
        `${error.message}; the form shows: ${text(form)}; resources: ${performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('after-steps'))
          .join(', ')}`,
      );
    });
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.include('Een deel van dit formulier kon niet worden geladen').and.include('Wat u hebt ingevuld, blijft bewaard');
    expect(form.querySelector('wmebv-review, .wmebv-form__loading, form'), 'no page without its part').to.equal(null);
    expect(text(form.querySelector('.wmebv-form__title'))).to.equal('Melding doen');
    await expect(form).to.be.accessible();

    // Still offline: the notice stays, and each press that fails is said anew in the alert (a screen
    // reader hears a change of its text), with focus left on the button.
    const heard = hear(notice);
    await press(form, 'Probeer opnieuw');
    await until(() => text(notice).includes('Opnieuw geprobeerd, maar het lukte niet.'), 'the failed retry said');
    await press(form, 'Probeer opnieuw');
    await until(() => text(notice).includes('Opnieuw geprobeerd (2 keer), maar het lukte niet.'), 'the second failed retry said');
    expect(
      heard().map((said) => /Opnieuw geprobeerd[^.]*\./.exec(said)?.[0]),
      'what the alert said, change by change',
    ).to.deep.equal(['Opnieuw geprobeerd, maar het lukte niet.', 'Opnieuw geprobeerd (2 keer), maar het lukte niet.']);
    expect(form.querySelector('.wmebv-form__notice'), 'the same alert, still offline').to.equal(notice);
    expect(document.activeElement, 'focus stays on "Probeer opnieuw"').to.equal(button(notice, 'Probeer opnieuw'));
    expect(await alertText(), 'the alert in the accessibility tree').to.include('Opnieuw geprobeerd (2 keer), maar het lukte niet.');
    await expect(form).to.be.accessible();
    await online();
    await press(form, 'Probeer opnieuw');
    const review = await until(() => form.querySelector('wmebv-review'), 'check your answers');
    await until(() => text(review).includes('Losliggende stoeptegel'), 'the typed answer on the review');
    expect(form.querySelector('.wmebv-form__notice')).to.equal(null);
    await until(() => document.activeElement?.classList.contains('wmebv-form__step-heading'), "focus on the review's heading");
  });

  it('says so instead of a step without its question when a field element fails to load, and renders it after "Probeer opnieuw"', async () => {
    const definition = {
      ...reportJson,
      steps: [{ id: 'een', title: { nl: 'Wat wilt u melden?' }, fields: [{ id: 'wat', type: 'textarea', label: { nl: 'Omschrijving' } }] }],
    };
    await offline('*form/parts/textarea.*');
    const { form } = await mount(definition);
    const notice = await until(() => form.querySelector('.wmebv-form__notice'), 'the notice that a part did not load');
    expect(text(notice)).to.include('Een deel van dit formulier kon niet worden geladen');
    expect(form.querySelector('wmebv-textarea, .wmebv-form__step-heading'), 'no step without its question').to.equal(null);
    await expect(form).to.be.accessible();

    await online();
    await press(form, 'Probeer opnieuw');
    const heading = await until(() => form.querySelector('.wmebv-form__step-heading'), 'the step');
    expect(field(form, 'wat').querySelector('textarea'), 'the question rendered').to.not.equal(null);
    expect(form.querySelector('.wmebv-form__notice')).to.equal(null);
    await until(() => document.activeElement === heading, "focus on the step's heading, not on <body> when the button went");
  });
});
