// wmebv-form when one of its lazy chunks cannot be loaded (offline, or a deploy that removed the old
// chunk): Chromium's DevTools protocol fails the chunk's requests as it does offline
// (test/support/page-plugin.mjs), so the `import()` rejects as in a real browser. The citizen sees a
// plain message, never a half-rendered form; the next time the chunk is needed it is fetched again.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DefinitionError } from '@wmebv/core';
import './form.js';
import type { WmebvForm } from './form.js';
import type { DefinitionErrorDetail } from '../events.js';
import { reportJson } from './form.examples.js';
import { text, until } from '../../../../test/support/user.js';

const offline = (...urls: string[]) => executeServerCommand('wmebv-page', { action: 'offline', urls });
const online = () => executeServerCommand('wmebv-page', { action: 'online' });

/** Mounts a form for `definition` with fallback content, and collects its definition errors. */
async function mount(definition: unknown): Promise<{ form: WmebvForm; errors: DefinitionErrorDetail[]; ready: Promise<unknown> }> {
  sessionStorage.clear();
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
});
