import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WmebvFileUpload } from '../../index.js';
import { accessibleNode, addHostileStylesheet, AWB_6_5, chooseFiles, dropFiles, makeFile } from '../../../test/helpers.js';
import { mountExample } from '../../base/field.fixtures.js';
import type { Example } from '../../base/field-controls.examples.js';
import { fileUploadExamples as examples, renderFileUpload, type FileUploadArgs } from './file-upload.examples.js';

/** Mounts an example from file-upload.examples.ts, as its story shows it. */
const mount = (example: Example<FileUploadArgs>, overrides: Partial<FileUploadArgs> = {}) =>
  mountExample<FileUploadArgs, WmebvFileUpload>(renderFileUpload, example, overrides);

const MB = 1024 * 1024;
const input = (el: WmebvFileUpload): HTMLInputElement => el.querySelector('input[type="file"]')!;
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rejections = (el: WmebvFileUpload): string[] => [...el.querySelectorAll('.wmebv-file-upload__rejections li')].map((item) => text(item));
const listed = (el: WmebvFileUpload): string[] =>
  [...el.querySelectorAll('.wmebv-file-upload__file')].map((item) => text(item.querySelector('.wmebv-file-upload__name')));
const removeButtons = (el: WmebvFileUpload): HTMLButtonElement[] => [...el.querySelectorAll<HTMLButtonElement>('.wmebv-file-upload__remove')];

/** The attachments example, with a shorter hint and smaller limits. */
const upload = (): Promise<WmebvFileUpload> =>
  mount(examples.Empty, { hint: 'Bijvoorbeeld het besluit', accept: ['application/pdf', '.jpg'], maxFileSize: 2 * MB, maxFiles: 2 });

describe('wmebv-file-upload', () => {
  it('shows the limits before anything is chosen, with the label, hint and a visible choose button', async () => {
    const el = await upload();
    expect(text(el.querySelector('.wmebv-label'))).to.equal('Bijlagen (niet verplicht)');
    expect(text(el.querySelector('.wmebv-file-upload__limits'))).to.equal('Toegestaan: PDF, JPG. Maximaal 2 MB per bestand, 2 bestanden.');
    const button = el.querySelector<HTMLLabelElement>('.wmebv-file-upload__button')!;
    expect(button.htmlFor).to.equal(input(el).id);
    expect(text(button)).to.equal('Kies bestanden');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(input(el).multiple).to.equal(true);
    expect(input(el).accept).to.equal('application/pdf,.jpg');
    expect(input(el).name, 'the inner input has no name').to.equal('');
  });

  it('words the limits for one file, and without types or size', async () => {
    const one = await fixture<WmebvFileUpload>(
      html`<wmebv-file-upload name="a" label="A" accept="application/pdf" max-file-size="1048576"></wmebv-file-upload>`,
    );
    expect(text(one.querySelector('.wmebv-file-upload__limits'))).to.equal('Toegestaan: PDF. Maximaal 1 MB, 1 bestand.');
    expect(text(one.querySelector('.wmebv-file-upload__button'))).to.equal('Kies bestand');
    expect(input(one).multiple).to.equal(false);
    const any = await fixture<WmebvFileUpload>(html`<wmebv-file-upload name="a" label="A"></wmebv-file-upload>`);
    expect(text(any.querySelector('.wmebv-file-upload__limits'))).to.equal('Maximaal 1 bestand.');
    const en = await fixture<WmebvFileUpload>(
      html`<wmebv-file-upload name="a" label="A" locale="en" max-files="3" max-file-size="5242880"></wmebv-file-upload>`,
    );
    expect(text(en.querySelector('.wmebv-file-upload__limits'))).to.equal('At most 5 MB per file, 3 files.');
  });

  it('is heard with its label, described by hint, limits and error (accessibility tree)', async () => {
    const el = await upload();
    el.error = 'Voeg een bestand toe bij "Bijlagen".';
    await el.updateComplete;
    const node = await accessibleNode('button', /^Bijlagen \(niet verplicht\)/);
    expect(node, 'the file input in the accessibility tree').to.exist;
    expect(node!.name).to.equal('Bijlagen (niet verplicht) Kies bestanden');
    expect(node!.description).to.equal(
      'Bijvoorbeeld het besluit Toegestaan: PDF, JPG. Maximaal 2 MB per bestand, 2 bestanden. Fout: Voeg een bestand toe bij "Bijlagen".',
    );
    expect(node!.invalid).to.equal('true');
    el.error = '';
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('adds an accepted file at once, lists it with its size, and fires input and change from the element', async () => {
    const el = await upload();
    const events: string[] = [];
    el.addEventListener('input', (event) => events.push(`input:${(event.target as Element).localName}`));
    el.addEventListener('change', (event) => events.push(`change:${(event.target as Element).localName}`));
    const file = makeFile('besluit.pdf', 150 * 1024, 'application/pdf');
    chooseFiles(input(el), [file]);
    await el.updateComplete;
    expect(events).to.deep.equal(['input:wmebv-file-upload', 'change:wmebv-file-upload']);
    expect(el.files).to.deep.equal([file]);
    expect(el.value).to.deep.equal([file]);
    expect(listed(el)).to.deep.equal(['besluit.pdf']);
    expect(text(el.querySelector('.wmebv-file-upload__size'))).to.equal('(150 kB)');
    expect(text(removeButtons(el)[0]!)).to.equal('Verwijder besluit.pdf');
    expect(text(el.querySelector('[role="status"]'))).to.equal('besluit.pdf is toegevoegd.');
    expect(input(el).value, 'the native input is emptied').to.equal('');
  });

  it('rejects a file that is too big, of a wrong type, or one too many, with its name and reason, and adds the rest', async () => {
    const el = await upload();
    const events: Event[] = [];
    el.addEventListener('change', (event) => events.push(event));
    chooseFiles(input(el), [
      makeFile('groot.pdf', 3 * MB, 'application/pdf'),
      makeFile('virus.exe', 10, 'application/x-msdownload'),
      makeFile('een.pdf', 10, 'application/pdf'),
      makeFile('twee.jpg', 10, 'image/jpeg'),
      makeFile('drie.pdf', 10, 'application/pdf'),
    ]);
    await el.updateComplete;
    expect(rejections(el)).to.deep.equal([
      'groot.pdf is te groot. Het mag maximaal 2 MB zijn.',
      'virus.exe heeft een soort bestand dat niet mag. Toegestaan: PDF, JPG.',
      'U kunt maximaal 2 bestanden toevoegen. drie.pdf is niet toegevoegd.',
    ]);
    expect(listed(el)).to.deep.equal(['een.pdf', 'twee.jpg']);
    expect(events).to.have.length(1);
    // In a live region, so that it is said without moving focus (Awb 2:15: told promptly).
    const status = el.querySelector('.wmebv-file-upload__status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.contains(el.querySelector('.wmebv-file-upload__rejections'))).to.equal(true);
  });

  it('rejects a second file when one is allowed, and fires nothing when nothing was added', async () => {
    const el = await fixture<WmebvFileUpload>(html`<wmebv-file-upload name="a" label="A"></wmebv-file-upload>`);
    chooseFiles(input(el), [makeFile('een.pdf', 10, 'application/pdf')]);
    await el.updateComplete;
    let fired = 0;
    el.addEventListener('change', () => (fired += 1));
    chooseFiles(input(el), [makeFile('twee.pdf', 10, 'application/pdf')]);
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(listed(el)).to.deep.equal(['een.pdf']);
    expect(rejections(el)).to.deep.equal(['U kunt 1 bestand toevoegen. Verwijder eerst het gekozen bestand. twee.pdf is niet toegevoegd.']);
  });

  it('announces the same rejection again when it happens again (new nodes in the live region)', async () => {
    const el = await upload();
    chooseFiles(input(el), [makeFile('groot.pdf', 3 * MB, 'application/pdf')]);
    await el.updateComplete;
    const first = el.querySelector('.wmebv-file-upload__rejections li');
    chooseFiles(input(el), [makeFile('groot.pdf', 3 * MB, 'application/pdf')]);
    await el.updateComplete;
    const second = el.querySelector('.wmebv-file-upload__rejections li');
    expect(text(second)).to.equal(text(first));
    expect(second).not.to.equal(first);
  });

  it('takes dropped files through the same checks', async () => {
    const el = await upload();
    const zone = el.querySelector('.wmebv-file-upload__drop-zone')!;
    const changed = oneEvent(el, 'change');
    dropFiles(zone, [makeFile('foto.jpg', 10, 'image/jpeg'), makeFile('film.mp4', 10, 'video/mp4')]);
    await changed;
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['foto.jpg']);
    expect(rejections(el)).to.deep.equal(['film.mp4 heeft een soort bestand dat niet mag. Toegestaan: PDF, JPG.']);
    expect(el.querySelector('.wmebv-file-upload__drop-zone--active')).to.equal(null);
  });

  it('removes a file, says so, and moves focus to the next remove button, then to the file input', async () => {
    const el = await fixture<WmebvFileUpload>(html`<wmebv-file-upload name="a" label="A" max-files="3"></wmebv-file-upload>`);
    chooseFiles(input(el), [
      makeFile('a.pdf', 1, 'application/pdf'),
      makeFile('b.pdf', 1, 'application/pdf'),
      makeFile('c.pdf', 1, 'application/pdf'),
    ]);
    await el.updateComplete;
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));

    removeButtons(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['b.pdf', 'c.pdf']);
    expect(events).to.deep.equal(['input', 'change']);
    expect(document.activeElement).to.equal(removeButtons(el)[0]);
    expect(text(document.activeElement)).to.equal('Verwijder b.pdf');
    expect(text(el.querySelector('[role="status"]'))).to.equal('a.pdf is verwijderd.');

    removeButtons(el)[1]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['b.pdf']);
    expect(document.activeElement, 'no next button: the file input').to.equal(input(el));

    removeButtons(el)[0]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.files).to.deep.equal([]);
    expect(el.querySelector('.wmebv-file-upload__list')).to.equal(null);
    expect(document.activeElement).to.equal(input(el));
  });

  it('puts each File in FormData under its name, once; form.reset() empties it; requestSubmit works', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <wmebv-file-upload name="bijlagen" label="Bijlagen" max-files="3"></wmebv-file-upload>
      <button type="submit" name="actie" value="verstuur">Verstuur</button>
    </form>`);
    const el = form.querySelector('wmebv-file-upload')!;
    await el.updateComplete;
    expect(new FormData(form).getAll('bijlagen')).to.deep.equal([]);
    const a = makeFile('a.pdf', 5, 'application/pdf');
    const b = makeFile('b.jpg', 7, 'image/jpeg');
    chooseFiles(input(el), [a, b]);
    const data = new FormData(form);
    expect(data.getAll('bijlagen')).to.have.length(2);
    const [first, second] = data.getAll('bijlagen') as File[];
    expect([first!.name, first!.size, second!.name, second!.size]).to.deep.equal(['a.pdf', 5, 'b.jpg', 7]);
    expect([...data.keys()].filter((key) => key !== 'bijlagen')).to.deep.equal([]);

    form.addEventListener('submit', (event) => event.preventDefault());
    const submitted = oneEvent(form, 'submit');
    form.requestSubmit(form.querySelector('button')!);
    const event = (await submitted) as unknown as SubmitEvent;
    const sent = new FormData(form, event.submitter);
    expect(sent.getAll('bijlagen')).to.have.length(2);
    expect(sent.get('actie')).to.equal('verstuur');

    form.reset();
    await el.updateComplete;
    expect(el.files).to.deep.equal([]);
    expect(new FormData(form).getAll('bijlagen')).to.deep.equal([]);
    expect(listed(el)).to.deep.equal([]);
  });

  it('submits under a new name after the name changes, and takes files set as a property', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><wmebv-file-upload name="oud" label="A"></wmebv-file-upload></form>`);
    const el = form.querySelector('wmebv-file-upload')!;
    const file = makeFile('a.pdf', 1, 'application/pdf');
    el.files = [file];
    el.name = 'nieuw';
    await el.updateComplete;
    expect(new FormData(form).getAll('oud')).to.deep.equal([]);
    expect(new FormData(form).getAll('nieuw')).to.have.length(1);
    expect(listed(el)).to.deep.equal(['a.pdf']);
  });

  it('is disabled inside <fieldset disabled>: nothing submitted, nothing can be chosen or dropped', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
      <wmebv-file-upload name="f" label="A"></wmebv-file-upload>
    </fieldset></form>`);
    const el = form.querySelector('wmebv-file-upload')!;
    el.files = [makeFile('a.pdf', 1, 'application/pdf')];
    await el.updateComplete;
    await el.updateComplete;
    expect(input(el).matches(':disabled')).to.equal(true);
    expect(removeButtons(el)[0]!.disabled).to.equal(true);
    expect(new FormData(form).has('f')).to.equal(false);
    dropFiles(el.querySelector('.wmebv-file-upload__drop-zone')!, [makeFile('b.pdf', 1, 'application/pdf')]);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['a.pdf']);
  });

  it('is required natively only while no file is chosen', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><wmebv-file-upload name="f" label="A" required .legalBasis=${AWB_6_5}></wmebv-file-upload></form>`,
    );
    const el = form.querySelector('wmebv-file-upload')!;
    expect(input(el).required).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    chooseFiles(input(el), [makeFile('a.pdf', 1, 'application/pdf')]);
    await el.updateComplete;
    expect(input(el).required).to.equal(false);
    expect(form.checkValidity()).to.equal(true);
    expect(el.querySelector('details summary')!.textContent!.trim()).to.match(/^Waarom vragen we dit\? \(.+\)$/); // the question's label is visually hidden
  });

  it('focusControl() focuses the file input; two uploads on a page have distinct ids', async () => {
    const wrapper = await fixture(html`<div>
      <wmebv-file-upload name="a" label="A" hint="h" error="e"></wmebv-file-upload>
      <wmebv-file-upload name="a" label="B" hint="h" error="e"></wmebv-file-upload>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('wmebv-file-upload')];
    await a!.updateComplete;
    await b!.updateComplete;
    b!.focusControl();
    expect(document.activeElement).to.equal(input(b!));
    expect(b!.controlId).to.equal(input(b!).id);
    const ids = [...wrapper.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('keeps its name and description under a hostile host stylesheet', async () => {
    const removeHostile = addHostileStylesheet();
    try {
      const el = await upload();
      el.error = 'Fout';
      chooseFiles(input(el), [makeFile('a.pdf', 1, 'application/pdf')]);
      await el.updateComplete;
      const node = await accessibleNode('button', 'Bijlagen (niet verplicht) Kies bestanden');
      expect(node).to.exist;
      expect(node!.description).to.include('Fout: Fout');
      expect(await accessibleNode('button', 'Verwijder a.pdf')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      removeHostile();
    }
  });

  it('passes axe when empty, with files, with rejections and with an error', async () => {
    const el = await upload();
    await expect(el).to.be.accessible();
    chooseFiles(input(el), [makeFile('a.pdf', 1, 'application/pdf'), makeFile('b.exe', 1, 'application/x-msdownload')]);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.error = 'Een bestand bij "Bijlagen" is niet goed meegestuurd. Voeg het opnieuw toe.';
    el.required = true;
    el.legalBasis = AWB_6_5;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
