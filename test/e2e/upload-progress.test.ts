/**
 * Issue 15 item 14: sending a large file shows how far it is. The real intake server (its own port),
 * the page's upload throttled to 256 kbit/s through the DevTools protocol, a 2 MiB file: the
 * `<progress>` value rises while the form's status region speaks exactly twice (start, end).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { chooseFiles } from '../../packages/components/test/helpers.js';
import { answerObjectionAndDetails } from '../support/objection-steps.js';
import { press, text, type, typeDate, until } from '../support/user.js';

const page = (payload: Record<string, unknown>) => executeServerCommand('wmebv-page', payload);
const UPLOAD_BYTES_PER_SECOND = 32_000; // 256 kbit/s

/** A PDF of `size` bytes (its header and end marker, padded with a comment), as file-type checks want. */
function pdfOf(size: number): File {
  const head = new TextEncoder().encode('%PDF-1.4\n%');
  const tail = new TextEncoder().encode('\n%%EOF\n');
  const bytes = new Uint8Array(size).fill(0x61);
  bytes.set(head, 0);
  bytes.set(tail, size - tail.length);
  return new File([bytes], 'besluit-scan.pdf', { type: 'application/pdf' });
}

describe('upload progress (issue 15 item 14)', function () {
  this.timeout(600_000);

  it('shows a rising <progress> under a 256 kbit/s upload and announces only the start and the end', async () => {
    const { url } = (await executeServerCommand('wmebv-outage-server', { action: 'start' })) as { url: string };
    await executeServerCommand('wmebv-outage-server', { action: 'notices', document: { notices: [] } });
    sessionStorage.clear();
    const form = await fixture<WmebvForm>(html`<div lang="nl">
      <wmebv-form src="/api/forms/bezwaarschrift" action="${url}/api/forms/bezwaarschrift/submissions"></wmebv-form>
    </div>`).then((wrapper) => wrapper.querySelector('wmebv-form')!);
    await until(() => form.querySelector('.wmebv-form__step-heading'), 'the first step');
    await type(form, 'omschrijvingBesluit', 'Weigering omgevingsvergunning dakkapel');
    const day = new Date(Date.now() - 3 * 86_400_000);
    await typeDate(form, 'datumBesluit', String(day.getDate()), String(day.getMonth() + 1), String(day.getFullYear()));
    chooseFiles(form.querySelector<HTMLInputElement>('[data-field-id="afschriftBesluit"] input[type=file]')!, [pdfOf(2 * 1024 * 1024)]);
    await answerObjectionAndDetails(form);
    form.querySelector<HTMLInputElement>('input[name="verklaring"]')!.focus();
    await sendKeys({ press: 'Space' });

    // Every text the status region takes on is an announcement.
    const region = form.querySelector<HTMLElement>('.wmebv-form > [role="status"]')!;
    const announced: string[] = [];
    const observer = new MutationObserver(() => {
      const said = text(region);
      if (said && said !== announced.at(-1)) announced.push(said);
    });
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    const values: number[] = [];
    await page({ action: 'throttle', uploadBytesPerSecond: UPLOAD_BYTES_PER_SECOND });
    try {
      await press(form, 'Verstuur');
      const bar = await until(() => form.querySelector<HTMLProgressElement>('progress'), 'the progress bar');
      expect(bar.labels[0] && text(bar.labels[0])).to.equal('Voortgang van het versturen');
      await until(
        () => {
          const current = form.querySelector<HTMLProgressElement>('progress');
          if (current?.hasAttribute('value') && current.value !== values.at(-1)) values.push(current.value);
          return form.querySelector('wmebv-receipt h2');
        },
        'the receipt after the throttled upload',
        300_000,
      );
    } finally {
      await page({ action: 'unthrottle' });
      observer.disconnect();
    }
    expect(text(form.querySelector('wmebv-receipt h2'))).to.match(/^Ontvangen met kenmerk BZW-/);
    const between = values.filter((value) => value > 0 && value < 100);
    expect(between.length, `values seen: ${values.join(', ')}`).to.be.at.least(3);
    expect(values, 'the value only rises').to.deep.equal([...values].sort((a, b) => a - b));
    expect(announced).to.deep.equal(['Het versturen is begonnen.', 'Het versturen is afgelopen.']);
  });
});
