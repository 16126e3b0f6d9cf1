// What production builds report (D3, D6: docs/decisions.md, docs/embedding.md), which the browser
// tests cannot see: they resolve the `development` export condition, these pages load what a
// municipality serves. (1) The prebuilt bundle: a definition with an error rule's finding is refused
// with the production console line, the `wmebv-definition-error` event and the citizen's fallback
// content, and the same definition without that fault renders. (2) The Vite app's lazy chunks
// offline: the form is unavailable, and the console line has no sentence (its chunk did not load).
/* global customElements -- the page's, in page.evaluate() */
const WAIT = { timeout: 30_000 };
// The English sentence of the rule below, which only development builds carry.
const ENGLISH = 'is required, but has no legal basis';

/**
 * @param {import('playwright').Page} page
 * @param {string} url the page with the prebuilt bundle and an empty <main> (plain/refused.html)
 */
export async function refusedInProduction(page, url) {
  const lines = consoleErrors(page);
  await page.goto(url);
  const outcome = await page.evaluate(async () => {
    await customElements.whenDefined('wmebv-form');
    const valid = await (await fetch('/api/forms/bezwaarschrift')).json();
    // The first required question without its legal basis: rule required-without-legal-basis (severity error).
    const refused = structuredClone(valid);
    const [s, f] = refused.steps
      .flatMap((step, s) => step.fields.map((field, f) => [s, f, field]))
      .find(([, , field]) => field.required && field.legalBasis);
    delete refused.steps[s].fields[f].legalBasis;
    const mount = (definition) => {
      const form = /** @type {any} */ (document.createElement('wmebv-form'));
      form.textContent = 'Werkt dit formulier niet? Bel 14 0999.';
      const events = [];
      form.addEventListener('wmebv-definition-error', (event) => events.push(event.detail));
      form.definition = definition;
      document.querySelector('main').append(form);
      return { form, events };
    };
    const bad = mount(refused);
    const rejected = await bad.form.ready.then(
      () => 'resolved',
      (error) => (Array.isArray(error?.findings) ? error.findings.map((finding) => finding.ruleId).join(',') : String(error)),
    );
    const good = mount(valid);
    await good.form.ready;
    return {
      pointer: `/steps/${s}/fields/${f}`,
      rejected,
      detail: bad.events[0] && { findings: bad.events[0].findings, messages: bad.events[0].messages },
      unavailable: bad.form.querySelector('.wmebv-form--unavailable')?.textContent?.replace(/\s+/g, ' ') ?? '',
      heading: good.form.querySelector('.wmebv-form__step-heading')?.textContent?.trim() ?? '',
      goodEvents: good.events.length,
    };
  });
  const { pointer, rejected, detail, unavailable, heading, goodEvents } = outcome;
  if (!rejected.includes('required-without-legal-basis')) throw new Error(`ready gave "${rejected}", not a DefinitionError with the rule`);
  const finding = detail?.findings.find((candidate) => candidate.ruleId === 'required-without-legal-basis');
  if (!finding?.pointer.startsWith(pointer)) throw new Error(`the event's findings: ${JSON.stringify(detail?.findings)}`);
  const message = detail.messages.find((line) => line.includes('required-without-legal-basis'));
  if (!message?.startsWith(finding.pointer) || !message.includes('findings.requiredWithoutLegalBasis') || message.includes(ENGLISH))
    throw new Error(`the event's production line: ${message}`);
  const line = lines.find((text) => text.startsWith('wmebv-form: the form definition'));
  if (!line?.includes(message) || !line.includes('npx wmebv lint') || line.includes(ENGLISH)) throw new Error(`the console line: ${line}`);
  if (!unavailable.includes('Dit formulier werkt op dit moment niet') || !unavailable.includes('Bel 14 0999'))
    throw new Error(`the citizen saw: ${unavailable}`);
  if (!heading.includes('Het besluit') || goodEvents !== 0) throw new Error(`the valid definition: heading "${heading}", ${goodEvents} error events`);
  return `refused (${finding.pointer} required-without-legal-basis, no English), the valid one renders`;
}

/**
 * @param {import('playwright').Page} page
 * @param {string} url the Vite app's page
 * @param {string[]} upFront the scripts its index.html loads (entry and modulepreloads): every other chunk fails
 */
export async function chunksOfflineInProduction(page, url, upFront) {
  await page.route('**/assets/*.js', (route) =>
    upFront.some((file) => route.request().url().endsWith(file)) ? route.continue() : route.abort('internetdisconnected'),
  );
  const lines = consoleErrors(page);
  await page.goto(url);
  const unavailable = page.locator('wmebv-form .wmebv-form--unavailable');
  await unavailable.waitFor(WAIT);
  const text = (await unavailable.textContent()) ?? '';
  if (!text.includes('Dit formulier werkt op dit moment niet')) throw new Error(`the citizen saw: ${text}`);
  const line = lines.find((entry) => entry.startsWith('wmebv-form: the form definition'));
  if (!line?.includes('/  error  fetch  findings.schema') || !line.includes('Run `npx wmebv lint`.')) throw new Error(`the console line: ${line}`);
  return 'unavailable, console line without a sentence';
}

/** The page's console.error lines, as they come. */
function consoleErrors(page) {
  const lines = [];
  page.on('console', (message) => message.type() === 'error' && lines.push(message.text()));
  return lines;
}
