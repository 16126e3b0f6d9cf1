// "Controleer uw antwoorden" as the sender meets it: the review examples (review.examples.ts),
// mounted with the stories' render, read as a user sees them and as a screen reader hears them.
import { expect } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvReview } from '@wmebv/components';
import type { ChangeRequestDetail } from '../events.js';
import { mountExample } from '../base/field.fixtures.js';
import { accessibleNodes, type AXNode } from '../../test/helpers.js';
import { renderReview, reviewExamples as examples, type ReviewArgs } from './review.examples.js';

type Example = (typeof examples)[keyof typeof examples];
const mount = (example: Example, overrides: Partial<ReviewArgs> = {}) =>
  mountExample<ReviewArgs, WmebvReview>(renderReview, example, overrides, example.args.lang ?? 'nl');

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Each row as `term: answer`, the answer's lines joined with " | " (a `<br>` between them). */
function rows(element: Element): string[] {
  return [...element.querySelectorAll('dl > .wmebv-summary-list__row')].map((row) => {
    const answer = row.querySelector('.wmebv-summary-list__value')!;
    const lines = answer.innerHTML
      .replace(/<!--[^>]*-->/g, '')
      .split(/<br\s*\/?>/)
      .map((line) => line.replace(/<[^>]+>/g, '').trim());
    return `${text(row.querySelector('dt'))}: ${lines.join(' | ')}`;
  });
}

/** The headings a screen reader lists, with their level. */
async function headings(): Promise<string[]> {
  return (await accessibleNodes('heading')).map((node) => `${(node as AXNode & { level?: number }).level}: ${node.name}`);
}

describe('wmebv-review', () => {
  it('DutchAddress: every answer under its step, with the form’s labels, dates and files as a person reads them, and "Niet ingevuld"', async () => {
    const element = await mount(examples.DutchAddress);
    expect(await headings()).to.deep.equal(['3: Het besluit', '3: Uw bezwaar', '3: Uw gegevens']);
    const sections = [...element.querySelectorAll('section')];
    expect(sections.map((section) => section.getAttribute('aria-label'))).to.deep.equal(['Het besluit', 'Uw bezwaar', 'Uw gegevens']);
    expect(rows(sections[0]!)).to.deep.equal([
      'Tegen welk besluit maakt u bezwaar?: De weigering van mijn omgevingsvergunning voor een dakkapel aan de Dorpsstraat 12.',
      'Kenmerk van het besluit: OV-2026-01234',
      'Op welke datum is het besluit verstuurd of bekendgemaakt?: 2 april 2026',
      'Kopie van het besluit: besluit-dakkapel.pdf (248 kB)',
    ]);
    expect(rows(sections[1]!)).to.deep.equal([
      'Waarom bent u het niet eens met het besluit?: De dakkapel is aan de achterkant en vanaf de straat niet te zien. | Vijf huizen in dezelfde rij hebben al zo’n dakkapel. | De buren hebben geen bezwaar (zie hun brief).',
      'Bijlagen: foto-voorgevel.jpg (2,3 MB) | brief-buren.pdf (86 kB)',
      'Wilt u uw bezwaar mondeling toelichten?: Ja',
    ]);
    expect(rows(sections[2]!)).to.deep.equal([
      'Naam: Fatima el Amrani',
      'Waar woont u?: In Nederland',
      'Straat en huisnummer: Dorpsstraat 12',
      'Postcode: 1234 AB',
      'Woonplaats: Voorbeeld',
      'E-mailadres: f.elamrani@example.org',
      'Telefoonnummer: Niet ingevuld',
      'Maakt u bezwaar namens iemand anders?: Nee',
    ]);
    await expect(element).to.be.accessible();
  });

  it('names each change button after its question ("Wijzig Naam"), and asks for the change of that answer in its step', async () => {
    const requests: ChangeRequestDetail[] = [];
    const element = await mount(examples.DutchAddress, {
      onChangeRequest: (event) => requests.push((event as CustomEvent<ChangeRequestDetail>).detail),
    });
    const names = (await accessibleNodes('button')).map((node) => node.name);
    expect(names).to.have.length(15);
    expect(names.slice(0, 2)).to.deep.equal(['Wijzig Tegen welk besluit maakt u bezwaar?', 'Wijzig Kenmerk van het besluit']);
    expect(names).to.include('Wijzig Naam').and.include('Wijzig Telefoonnummer');
    // What is seen is only "Wijzig"; the question is for screen readers (and speech input: the name starts with the visible word).
    const button = element.querySelector<HTMLButtonElement>('button[data-field-id="postcode"]')!;
    const hidden = button.querySelector('.wmebv-visually-hidden')!;
    expect(text(hidden)).to.equal('Postcode');
    expect(hidden.getBoundingClientRect().width, 'the question in the name is not seen').to.be.at.most(1);
    button.click();
    const step = examples.DutchAddress.args.sections.find((section) => section.items.some((item) => item.fieldId === 'postcode'))!;
    expect(step.title).to.equal('Uw gegevens');
    expect(requests).to.deep.equal([{ fieldId: 'postcode', stepId: step.stepId }]);
    element.focusChange('naam');
    expect(document.activeElement).to.equal(element.querySelector('button[data-field-id="naam"]'));
  });

  it('Abroad: the hidden Dutch address questions are not in the review; the foreign address keeps its lines', async () => {
    const element = await mount(examples.Abroad);
    const all = rows(element);
    expect(all).to.include('Waar woont u?: In het buitenland');
    expect(all).to.include('Uw adres in het buitenland: Rue de la Loi 16 | 1000 Brussel | België');
    expect(
      all.some((row) => /^(Straat en huisnummer|Postcode|Woonplaats):/.test(row)),
      'no Dutch address questions',
    ).to.equal(false);
    expect(all).to.include('E-mailadres: Niet ingevuld');
    expect((await accessibleNodes('button')).map((node) => node.name)).not.to.include('Wijzig Postcode');
    await expect(element).to.be.accessible();
  });

  it('Readonly: the same answers without change buttons, as on the receipt', async () => {
    const element = await mount(examples.Readonly);
    expect(element.querySelectorAll('button')).to.have.length(0);
    expect(await accessibleNodes('button')).to.deep.equal([]);
    expect(rows(element)).to.include('Naam: Fatima el Amrani');
    expect(element.querySelectorAll('.wmebv-summary-list__actions')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('English: the labels, "Change" and "Not answered" in English; the answers as typed; the heading level follows heading-level', async () => {
    const element = await mount(examples.English, { headingLevel: 2 });
    expect(await headings()).to.deep.equal(['2: The decision', '2: Your objection', '2: Your details']);
    const all = rows(element);
    expect(all).to.include('On what date was the decision sent or published?: 2 April 2026');
    expect(all).to.include('Attachments: foto-voorgevel.jpg (2.3 MB) | brief-buren.pdf (86 kB)');
    expect(all).to.include('Phone number: Not answered');
    expect(all).to.include('Which decision do you object to?: De weigering van mijn omgevingsvergunning voor een dakkapel aan de Dorpsstraat 12.');
    expect((await accessibleNodes('button')).map((node) => node.name)).to.include('Change Name');
    await expect(element).to.be.accessible();
  });
});
