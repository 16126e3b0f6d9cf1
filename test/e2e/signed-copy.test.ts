/**
 * The signed section of the sender's HTML copy (Awb 2:17 lid 2, 2:20), end to end: a copy made by
 * the real flow against the real intake endpoint verifies with the real `wmebv verify-receipt`, and
 * any change to the text of its signed section makes it fail, while the rest is reported as not
 * covered.
 */
import { expect } from '@open-wc/testing';
import { SIGNED_SECTION_ID } from '@wmebv/core/signed-copy';
import { wmebv, type Run } from '../../packages/cli/test/support/run-cli-browser.js';
import { download, keys, openForm, prefill, send } from '../support/sender-copy.js';
import { until } from '../support/user.js';

/** One copy for every test: sending is the slow part. */
let original: string;
let reference: string;
let keySet: string;

/** The copy after `edit` changed its parsed document, written back as a file. */
function edited(edit: (doc: Document, section: HTMLElement) => void): string {
  const doc = new DOMParser().parseFromString(original, 'text/html');
  edit(doc, doc.getElementById(SIGNED_SECTION_ID)!);
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}

const verify = (copy: string, ...options: string[]): Promise<Run> =>
  wmebv(['verify-receipt', 'copy.html', '--keys', 'keys.json', ...options], { 'copy.html': copy, 'keys.json': keySet });

/** The value cell of the signed section's row with this key. */
function row(section: HTMLElement, key: string): HTMLElement {
  const cell = [...section.querySelectorAll('dt')].find((dt) => dt.textContent === key);
  if (!cell) throw new Error(`no row ${key}`);
  return cell.nextElementSibling as HTMLElement;
}

async function expectRejected(copy: string, ...mentions: string[]): Promise<void> {
  const run = await verify(copy);
  expect(run.code, run.stdout + run.stderr).to.equal(1);
  expect(run.stdout).to.match(/^NOT VALID \(signed-text-mismatch\)/);
  for (const mention of mentions) expect(run.stdout).to.include(mention);
}

describe("the sender's HTML copy: its signed section is checked (Awb 2:17 lid 2, 2:20)", () => {
  before(async () => {
    sessionStorage.clear();
    prefill();
    const form = await openForm();
    await send(form);
    const receiptElement = form.querySelector('wmebv-receipt')!;
    await until(() => receiptElement.querySelector('[data-status="valid"]'), 'the receipt checked in the browser');
    reference = receiptElement.receipt!.reference;
    original = (await download(receiptElement, 'html')).text;
    keySet = JSON.stringify(await keys());
  });
  after(() => sessionStorage.clear());

  it('Awb 2:17 lid 2: a copy made in the browser by the real flow verifies, text of the signed section included', async () => {
    const run = await verify(original);
    expect(run.code, run.stdout + run.stderr).to.equal(0);
    expect(run.stdout).to.include(`VALID: receipt ${reference}`).and.include('The envelope in the copy matches its digest.');
    expect(run.stdout).to.include('The text of its signed section (id="wmebv-signed") matches the signed receipt.');
    expect(run.stdout).to.include('Text outside that section is not covered, nor are CSS and attributes anywhere.');
    const json = await verify(original, '--format', 'json');
    expect(JSON.parse(json.stdout)).to.deep.include({ status: 'valid', digest: 'matches' });
    expect(JSON.parse(json.stdout).signedText.status).to.equal('matches');
  });

  it('Awb 2:17 lid 2: an edited reference fails, naming the line and what the receipt says', async () => {
    await expectRejected(
      edited((_doc, section) => (row(section, 'Kenmerk').textContent = 'BZW-AAAA-AAAA')),
      '"BZW-AAAA-AAAA"',
      `the signed receipt says "${reference}"`,
    );
  });

  it('Awb 2:20: an edited time of receipt fails', async () => {
    await expectRejected(
      edited((_doc, section) => {
        const cell = row(section, 'Tijdstip van ontvangst');
        cell.textContent = cell.textContent!.replace(/ \d{4} om/, ' 2020 om');
      }),
      ' 2020 om ',
    );
  });

  it('Awb 2:17 lid 2: an edited answer fails', async () => {
    await expectRejected(
      edited((_doc, section) => (section.querySelector('[data-field-id="naam"] dd')!.textContent = 'Piet Pietersen')),
      '"Piet Pietersen"',
      '"Jan Jansen"',
    );
  });

  it('Awb 2:17 lid 2: an edited declaration fails', async () => {
    await expectRejected(
      edited((_doc, section) => {
        const item = section.querySelector('[data-declaration-id="verklaring"]')!;
        item.textContent = item.textContent!.replace('akkoord op', 'niet akkoord op');
      }),
      'niet akkoord op',
    );
  });

  it('Awb 2:17 lid 2: a paragraph added inside the signed section fails, as text that is not in the receipt', async () => {
    await expectRejected(
      edited((doc, section) => {
        const added = doc.createElement('p');
        added.textContent = 'Ook ontvangen: een tweede bezwaar.';
        section.querySelector('h3')!.before(added);
      }),
      '"Ook ontvangen: een tweede bezwaar."',
      'text was added',
    );
  });

  it('Awb 2:17 lid 2: a copy whose signed section was removed fails: its visible text cannot be checked', async () => {
    await expectRejected(
      edited((_doc, section) => section.remove()),
      'has no signed section (id="wmebv-signed")',
    );
  });

  it('Awb 2:17 lid 2: text edited outside the signed section still verifies, and the output says that part is not covered', async () => {
    const run = await verify(
      edited((doc) => {
        doc.querySelector('h1')!.textContent = 'Kopie: iets anders';
        doc.querySelector('.note')!.textContent = 'Door iemand anders gemaakt.';
      }),
    );
    expect(run.code, run.stdout + run.stderr).to.equal(0);
    expect(run.stdout).to.include(`VALID: receipt ${reference}`).and.include('Text outside that section is not covered');
  });
});
