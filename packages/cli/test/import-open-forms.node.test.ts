import { describe, it } from 'node:test';
import { expect } from 'chai';
import { json, wmebvWith, type JsonFinding } from './support/run-cli-node.js';
import { AWB_6_5, ORGANISATION, base64, exportFiles, formZip, zip } from './support/open-forms-export.js';

type Field = { id: string; type: string; label?: unknown; fields?: Field[]; [key: string]: unknown };
type Definition = {
  id: string;
  messageType?: string;
  organisation?: unknown;
  locales: string[];
  $schema: string;
  title: unknown;
  steps: Array<{ id: string; title: unknown; fields: Field[] }>;
};

const flatten = (fields: Field[]): Field[] => fields.flatMap((field) => [field, ...flatten(field.fields ?? [])]);
const byId = (definition: Definition): Map<string, Field> =>
  new Map(definition.steps.flatMap((step) => flatten(step.fields)).map((field) => [field.id, field]));

interface ReportJson {
  forms: Array<{ slug: string; file: string; release?: string; notes: Array<{ kind: string; component?: string; type?: string; reason: string }> }>;
  failures: Array<{ source: string; problem: string }>;
}

// Each run is a fresh Node process, slow on a busy machine: the limit is for the whole suite, and each
// run waits for its process to exit, never for a fixed time.
describe('wmebv import-open-forms', { timeout: 600_000 }, () => {
  it('maps every component type of a single form export onto our fields, with translations and conditions', async () => {
    const run = await wmebvWith(
      [
        'import-open-forms',
        'export.zip',
        '--out',
        'forms',
        '--organisation',
        'org.json',
        '--message-type',
        'bezwaar',
        '--mapping',
        'mapping.json',
        '--format',
        'json',
      ],
      {
        binaryFiles: { 'export.zip': base64(await formZip('bezwaar')) },
        files: { 'org.json': json(ORGANISATION), 'mapping.json': json({ 'bezwaar-maken': { legalBases: { gronden: AWB_6_5, adres: AWB_6_5 } } }) },
        collect: 'forms',
      },
    );
    expect(run.code, run.stderr).to.equal(0);
    expect(Object.keys(run.outputs)).to.deep.equal(['bezwaar-maken.json']);
    const definition = JSON.parse(run.outputs['bezwaar-maken.json']!) as Definition;
    expect(definition).to.deep.include({ id: 'bezwaar-maken', messageType: 'bezwaar', organisation: ORGANISATION, locales: ['nl', 'en'] });
    expect(definition.$schema).to.match(/form-definition\.schema\.json$/);
    expect(definition.title).to.deep.equal({ nl: 'Bezwaar maken', en: 'Lodge an objection' });
    expect(definition.steps.map((step) => [step.id, step.title])).to.deep.equal([
      ['uw-gegevens', { nl: 'Uw gegevens', en: 'Your details' }],
      ['het-bezwaar', { nl: 'Het bezwaar', en: 'The objection' }],
      ['overig', { nl: 'Overig', en: 'Other' }],
    ]);
    const fields = byId(definition);
    const types = Object.fromEntries([...fields].map(([id, field]) => [id, field.type]));
    expect(types).to.deep.equal({
      persoon: 'fieldset',
      voornamen: 'text',
      achternaam: 'text',
      bsn: 'bsn',
      contact: 'fieldset',
      'contact-email': 'email',
      'contact-telefoon': 'tel',
      adres: 'fieldset',
      'adres-postcode': 'postcode',
      'adres-houseNumber': 'text',
      'adres-houseLetter': 'text',
      'adres-houseNumberAddition': 'text',
      'adres-streetName': 'text',
      'adres-city': 'text',
      postcodeBriefadres: 'postcode',
      uitleg: 'content',
      datumBesluit: 'date',
      soortBesluit: 'select',
      gronden: 'textarea',
      eerderContact: 'radio',
      contactToelichting: 'textarea',
      bijlagen: 'checkbox-group',
      besluitBrief: 'file',
      antwoordPerEmail: 'checkbox',
      emailVoorAntwoord: 'text',
      iban: 'iban',
      bedrag: 'number',
      aantalJaren: 'number',
      kenteken: 'kenteken',
      tijdstip: 'text',
      afspraak: 'date',
      kinderenNamen: 'text',
    });
    // Columns are flattened into the fieldset around them, in reading order; fieldsets nest.
    expect(fields.get('persoon')!.fields!.map((field) => field.id)).to.deep.equal(['voornamen', 'achternaam', 'bsn', 'contact']);
    expect(fields.get('achternaam')).to.deep.include({
      required: true,
      maxLength: 200,
      autocomplete: 'family-name',
      label: { nl: 'Achternaam', en: 'Surname' },
      hint: { nl: 'Zoals in uw paspoort', en: 'As in your passport' },
    });
    expect(fields.get('gronden')).to.deep.include({ required: true, maxLength: 4000, rows: 8, legalBasis: AWB_6_5 });
    expect(fields.get('contact-telefoon')!['pattern']).to.equal('^[+0-9][- 0-9]+$');
    expect(fields.get('kenteken')!['pattern']).to.equal(undefined); // the kenteken type checks the plate itself
    expect(fields.get('tijdstip')!['pattern']).to.equal('^([01][0-9]|2[0-3]):[0-5][0-9]$');
    expect(fields.get('adres-postcode')).to.deep.include({ required: true, legalBasis: AWB_6_5 });
    expect(fields.get('adres-city')!['required']).to.equal(undefined);
    expect(fields.get('datumBesluit')).to.deep.include({ required: true, maxDate: 'today' });
    expect(fields.get('soortBesluit')!['options']).to.deep.equal([
      { value: 'vergunning', label: { nl: 'Vergunning', en: 'Permit' } },
      { value: 'belasting', label: { nl: 'Belastingaanslag', en: 'Tax assessment' } },
      { value: 'anders', label: { nl: 'Iets anders', en: 'Something else' } },
    ]);
    expect(fields.get('bijlagen')).to.deep.include({ maxSelected: 2 });
    expect(fields.get('besluitBrief')).to.deep.include({ accept: ['application/pdf', 'image/jpeg'], maxFileSize: 10 * 1024 * 1024, maxFiles: 2 });
    expect(fields.get('aantalJaren')).to.deep.include({ min: 1, max: 10, integer: true });
    expect(fields.get('uitleg')!['text']).to.deep.equal({
      nl: 'Vertel ons tegen welk besluit u bezwaar maakt & waarom.',
      en: 'Tell us which decision you object to & why.',
    });
    // conditional { show, when, eq } → visibleWhen
    expect(fields.get('contactToelichting')!['visibleWhen']).to.deep.equal({ field: 'eerderContact', equals: 'ja' });
    expect(fields.get('besluitBrief')!['visibleWhen']).to.deep.equal({ field: 'bijlagen', equals: 'besluit' });
    expect(fields.get('emailVoorAntwoord')!['visibleWhen']).to.deep.equal({ field: 'antwoordPerEmail', equals: true });
    expect(fields.get('tijdstip')!['visibleWhen']).to.equal(undefined);

    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.failures).to.deep.equal([]);
    const [form] = report.forms;
    expect(form).to.deep.include({ slug: 'bezwaar-maken', release: '3.2.0' });
    const notes = form!.notes.map((note) => `${note.kind} ${note.component ?? '-'} ${note.type ?? '-'}`);
    expect(notes).to.include.members([
      'not-imported bsn bsn', // prefill
      'not-imported redenTeLaat textfield', // hidden, shown by logic
      'not-imported belanghebbenden editgrid',
      'not-imported locatie map',
      'not-imported gezinsleden npFamilyMembers',
      'not-imported partners partners',
      'not-imported kinderen children',
      'not-imported medeondertekenaar cosign',
      'not-imported handtekening signature',
      'not-imported onbekend fancywidget',
      'not-imported tijdstip conditional',
      'not-imported - formLogic',
      'not-imported dagenSindsBesluit formVariables',
      'not-imported - forms.ask_statement_of_truth',
      'changed betaalgegevens panel',
      'changed afspraak datetime',
      'changed contact.email email',
      'needs-input - legalBasis',
    ]);
    const logic = form!.notes.find((note) => note.type === 'formLogic')!;
    expect(logic.reason).to.contain('Te laat: vraag om de reden').and.contain('dagenSindsBesluit');
  });

  it('writes definitions that wmebv lint reads without structural errors', async () => {
    const imported = await wmebvWith(
      ['import-open-forms', 'export.zip', '--out', 'forms', '--organisation', 'org.json', '--message-type', 'bezwaar'],
      {
        binaryFiles: { 'export.zip': base64(await formZip('bezwaar')) },
        files: { 'org.json': json(ORGANISATION) },
        collect: 'forms',
      },
    );
    const lint = await wmebvWith(['lint', '--format', 'json', 'bezwaar-maken.json'], { files: imported.outputs });
    const rules = new Set((JSON.parse(lint.stdout) as JsonFinding[]).map((finding) => finding.ruleId));
    expect(
      [...rules].filter((rule) =>
        ['schema', 'json-syntax', 'invalid-constraint', 'duplicate-id', 'unknown-field-reference', 'unknown-property'].includes(rule),
      ),
    ).to.deep.equal([]);
    // What the export cannot say: the mandatory fields still lack a legal basis.
    expect(rules.has('required-without-legal-basis')).to.equal(true);
  });

  it('reads a bulk export (a ZIP of form ZIPs) and folders; without organisation or message type the report says what is missing', async () => {
    const bezwaar = await formZip('bezwaar');
    const parkeren = await formZip('parkeervergunning');
    const unpacked = Object.fromEntries(
      Object.entries(await exportFiles('parkeervergunning')).map(([name, text]) => [`map/uitgepakt/${name}`, text]),
    );
    const run = await wmebvWith(['import-open-forms', 'bulk.zip', 'map', '--out', 'forms'], {
      binaryFiles: {
        'bulk.zip': base64(zip({ 'form_bezwaar-maken.zip': bezwaar, 'form_parkeervergunning.zip': parkeren })),
        'map/los/form_bezwaar-maken.zip': base64(bezwaar),
      },
      files: unpacked,
      collect: 'forms',
    });
    expect(run.code, run.stderr).to.equal(0);
    expect(Object.keys(run.outputs).sort()).to.deep.equal([
      'bezwaar-maken-2.json',
      'bezwaar-maken.json',
      'parkeervergunning-2.json',
      'parkeervergunning.json',
    ]);
    const parking = JSON.parse(run.outputs['parkeervergunning.json']!) as Definition;
    expect(parking.messageType).to.equal(undefined);
    expect(parking.organisation).to.equal(undefined);
    expect(parking.locales).to.deep.equal(['nl']);
    expect(run.stdout).to.contain('bulk.zip › form_parkeervergunning.zip, Open Forms 3.1.4');
    expect(run.stdout).to.contain('needs input: messageType: the export names no message type');
    expect(run.stdout).to.contain('needs input: organisation: the export names no organisation');
    expect(run.stdout).to.contain('not imported: forms.auth_backends: login with DigiD, eHerkenning');
    expect(run.stdout).to.contain('not imported: forms.payment_backend');
    expect(run.stdout).to.contain('not imported: zone (select): its options come from a variable');
    expect(run.stdout.trimEnd().split('\n').at(-1)).to.match(/^4 forms imported with \d+ notes; 0 not imported\.$/);
  });

  it('reports malformed exports by name and reason, imports the good ones, and exits 1', async () => {
    const brokenDefinitions = await formZip('bezwaar', (files) => (files['formDefinitions.json'] = '[{"configuration": '));
    const objectForms = await formZip('bezwaar', (files) => (files['forms.json'] = '{"name": "x"}'));
    const brokenLogic = await formZip('parkeervergunning', (files) => (files['formLogic.json'] = 'nope'));
    // Components of every wrong shape: reported, never a crash.
    const junk = await formZip('parkeervergunning', (files) => {
      const definitions = JSON.parse(files['formDefinitions.json']!) as Array<{ configuration: { components: unknown[] } }>;
      definitions[0]!.configuration.components = [
        null,
        1,
        'x',
        { type: 5 },
        { type: 'columns', columns: 'x' },
        { type: 'select', key: 's', label: { a: 1 }, data: null },
        { type: 'fieldset', key: 'f', components: null },
        { type: 'radio', key: 'r', values: [null, { value: 3 }] },
        { type: 'textfield', key: 't', label: 'T', validate: 'required', openForms: { translations: [] } },
        { type: 'file', key: 'fi', fileMaxSize: 'lots', file: null },
        { type: 'addressNL', key: 'a', validate: 'x' },
        { type: 'date', key: 'd', openForms: { minDate: null }, datePicker: 'x' },
        { type: 'content', key: 'c', html: 5 },
      ];
      files['formDefinitions.json'] = JSON.stringify(definitions);
    });
    const run = await wmebvWith(
      ['import-open-forms', 'a.zip', 'b.zip', 'c.zip', 'd.zip', 'not-a-zip.zip', 'no-forms.zip', 'missing.zip', '--out', 'forms'],
      {
        binaryFiles: {
          'a.zip': base64(brokenDefinitions),
          'b.zip': base64(objectForms),
          'c.zip': base64(brokenLogic),
          'd.zip': base64(junk),
          'not-a-zip.zip': base64(new TextEncoder().encode('this is text, not an archive')),
          'no-forms.zip': base64(zip({ 'readme.txt': 'hello' })),
        },
        collect: 'forms',
      },
    );
    expect(run.code).to.equal(1);
    expect(run.stderr).to.equal('');
    expect(Object.keys(run.outputs).sort()).to.deep.equal(['parkeervergunning-2.json', 'parkeervergunning.json']);
    expect(run.stdout)
      .to.contain('not imported: form: a component without a type')
      .and.contain('not imported: c (content): the content component has no text');
    expect(JSON.parse(run.outputs['parkeervergunning-2.json']!).steps[0].fields.map((field: { id: string }) => field.id)).to.deep.equal([
      't',
      'fi',
      'a',
      'd',
    ]);
    expect(run.stdout).to.contain('not imported: formLogic.json: formLogic.json is not valid JSON');
    expect(run.stdout).to.contain('a.zip: not imported: no step of the form could be imported (formDefinitions.json is not valid JSON');
    expect(run.stdout).to.contain('b.zip: not imported: forms.json is not a JSON array');
    expect(run.stdout).to.match(/not-a-zip\.zip: not imported: not a ZIP archive/);
    expect(run.stdout).to.contain('no-forms.zip: not imported: holds no forms.json');
    expect(run.stdout).to.match(/missing\.zip: not imported: cannot read/);
    expect(run.stdout).to.not.match(/\n\s+at /);
  });

  it('exits 2 when nothing could be imported or the command is used wrongly', async () => {
    const nothing = await wmebvWith(['import-open-forms', 'missing.zip', '--out', 'forms'], {});
    expect(nothing.code).to.equal(2);
    const noOut = await wmebvWith(['import-open-forms', 'x.zip'], {});
    expect(noOut.code).to.equal(2);
    expect(noOut.stderr).to.contain('--out DIR');
    const badType = await wmebvWith(['import-open-forms', 'x.zip', '--out', 'f', '--message-type', 'brief'], {});
    expect(badType.code).to.equal(2);
    expect(badType.stderr).to.contain('Unknown message type "brief"');
    const badOrganisation = await wmebvWith(['import-open-forms', 'x.zip', '--out', 'f', '--organisation', 'org.json'], {
      files: { 'org.json': '{"naam": "x"}' },
    });
    expect(badOrganisation.code).to.equal(2);
    expect(badOrganisation.stderr).to.contain('org.json');
  });
});
