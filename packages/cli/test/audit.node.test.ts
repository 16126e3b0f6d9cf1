import { describe, it } from 'node:test';
import { expect } from 'chai';
import { cleanDefinition } from '../../core/test/fixtures/rule-cases.js';
import type { ArticleResult } from '../src/audit/summarise.js';
import { json, wmebvWith } from './support/run-cli-node.js';
import { AWB_6_5, ORGANISATION, base64, formZip, zip } from './support/open-forms-export.js';

/** The JSON report's article entries, as `summarise` builds them. */
type ArticleJson = ArticleResult;
interface AuditJson {
  organisations: Array<{
    name: string | null;
    errors: number;
    articles: ArticleJson[];
    forms: Array<{ title: string; file: string; unknown: string[]; findings: Array<{ ruleId: string }>; notes: unknown[] }>;
  }>;
  notVisible: Array<{ article: string; library: string }>;
}

/** A definition of another organisation with a consent field: required (imposed) or optional. */
function consentForm(id: string, organisation: string, required: boolean): Record<string, unknown> {
  const definition = cleanDefinition();
  definition['id'] = id;
  definition['title'] = { nl: `Formulier ${id}`, en: `Form ${id}` };
  definition['organisation'].name = organisation;
  definition['steps'][0].fields.push(
    { id: 'email', type: 'email', label: { nl: 'E-mail', en: 'E-mail' }, ...(required ? { autocomplete: 'emailadres' } : {}) },
    {
      id: 'toestemming',
      type: 'consent',
      addressField: 'email',
      label: { nl: 'U mag mij per e-mail antwoorden', en: 'You may answer me by e-mail' },
      ...(required ? { required: true, legalBasis: AWB_6_5 } : {}),
    },
  );
  return definition;
}

// Each run is a fresh Node process, slow on a busy machine: the limit is for the whole suite, and each
// run waits for its process to exit, never for a fixed time.
describe('wmebv audit', { timeout: 600_000 }, () => {
  it('reports per organisation and per article, with verdicts only where a check settles the question', async () => {
    const run = await wmebvWith(['audit', 'forms', 'export.zip', '--format', 'json', '--organisation', 'org.json', '--message-type', 'aanvraag'], {
      files: {
        'forms/imposed.json': json(consentForm('opgelegd', 'Waterschap Zuid', true)),
        'forms/sub/optional.json': json(consentForm('vrijwillig', 'Waterschap Zuid', false)),
        'org.json': json(ORGANISATION),
      },
      binaryFiles: { 'export.zip': base64(await formZip('bezwaar')) },
    });
    expect(run.code, run.stderr).to.equal(1);
    const report = JSON.parse(run.stdout) as AuditJson;
    expect(report.organisations.map((organisation) => organisation.name)).to.deep.equal(['Gemeente Voorbeeld', 'Waterschap Zuid']);
    const [municipality, waterBoard] = report.organisations;

    const article = (organisation: typeof municipality, key: string): ArticleJson => organisation!.articles.find((entry) => entry.key === key)!;
    // Our convention (a legal basis per mandatory question) is reported as such, with counts.
    const necessity = article(municipality, 'awb-4-4');
    expect(necessity.kind).to.equal('convention');
    expect(necessity.found).to.match(/^0 van 7 verplichte vragen in 1 formulier noemen een wettelijke grondslag\. .*onze afspraak/);
    expect(necessity.shortfalls[0]!.form).to.equal('Bezwaar maken');
    expect(necessity.shortfalls[0]!.findings.every((finding) => finding.line > 0 && finding.column > 0)).to.equal(true);
    expect(necessity.check).to.contain('nodig');
    expect(necessity).to.not.have.property('verdicts');
    // Designation: found, never a verdict; a person must check the decision exists.
    const designation = article(municipality, 'awb-2-13');
    expect(designation.found).to.equal('0 van 1 formulieren voor een formeel bericht verwijzen naar een aanwijzingsbesluit.');
    expect(designation.check).to.contain('bestaat');
    expect(designation).to.not.have.property('verdicts');
    // Consent imposed: a check settles it (Awb 2:7 lid 2, 2:8).
    expect(article(waterBoard, 'awb-2-8').verdicts).to.deep.equal([
      { form: 'Formulier opgelegd', verdict: 'does-not-comply' },
      { form: 'Formulier vrijwillig', verdict: 'complies' },
    ]);
    expect(article(municipality, 'awb-2-8').verdicts).to.deep.equal([]);
    // Findings attach to articles by the article their rule cites: core's rules appear without a table of rule ids.
    const ruleIds = (organisation: typeof municipality, key: string): string[] =>
      article(organisation, key).shortfalls.flatMap((entry) => entry.findings.map((finding) => `${entry.form}: ${finding.ruleId}`));
    expect(ruleIds(waterBoard, 'awb-2-8')).to.deep.equal(['Formulier opgelegd: mandatory-consent']);
    expect(ruleIds(waterBoard, 'tbdto')).to.deep.equal(['Formulier opgelegd: invalid-autocomplete']); // WCAG 2.2 SC 1.3.5
    // Per form: the Open Forms notes come along; what the server does is named, with where the library does it.
    const imported = municipality!.forms[0]!;
    expect(imported.file).to.equal('export.zip (bezwaar-maken)');
    expect(imported.notes.length).to.be.greaterThan(10);
    expect(report.notVisible.map((row) => row.article)).to.include.members(['Awb 2:17 lid 1', 'Awb 2:20, 6:9', 'Awb 2:21']);
    expect(report.notVisible.find((row) => row.article === 'Awb 2:21')!.library).to.contain('docs/outages.md');
  });

  it('says "unknown" for an import without organisation or message type, and still runs the other rules', async () => {
    const run = await wmebvWith(['audit', 'export.zip', '--format', 'json', '--locale', 'en'], {
      binaryFiles: { 'export.zip': base64(await formZip('parkeervergunning')) },
    });
    const report = JSON.parse(run.stdout) as AuditJson;
    expect(report.organisations).to.have.length(1);
    const [organisation] = report.organisations;
    expect(organisation!.name).to.equal(null);
    expect(organisation!.forms[0]!.unknown).to.deep.equal(['messageType', 'organisation']);
    const rules = organisation!.forms[0]!.findings.map((finding) => finding.ruleId);
    expect(rules).to.include('required-without-legal-basis');
    expect(rules).to.not.include('schema');
    expect(rules).to.not.include('missing-support'); // about the stand-in organisation, not the form
    expect(organisation!.articles.find((entry) => entry.key === 'awb-2-13')!.found).to.contain('For 1 form the kind of message is unknown.');
  });

  it('exits as wmebv lint does: 0 without errors, 2 for an unreadable file; --out writes one report per organisation', async () => {
    const clean = await wmebvWith(['audit', 'a.json', '--format', 'md'], { files: { 'a.json': json(cleanDefinition()) } });
    expect(clean.code, clean.stdout).to.equal(0);
    expect(clean.stdout).to.match(/^# Wmebv-audit van de webformulieren\n/);
    expect(clean.stdout)
      .to.contain('## Gemeente Voorbeeld')
      .and.contain('#### Awb 4:4 lid 2 (onze afspraak)')
      .and.contain('## Wat deze audit niet kan zien');
    const broken = await wmebvWith(['audit', 'a.json', 'kapot.json', 'kapot.zip', '--format', 'md'], {
      files: { 'a.json': json(cleanDefinition()), 'kapot.json': '{"id": ' },
      binaryFiles: { 'kapot.zip': base64(zip({ 'readme.txt': 'no export' })) },
    });
    expect(broken.code).to.equal(2);
    expect(broken.stdout).to.contain('Dit bestand kon niet worden gelezen').and.contain('holds no forms.json');
    const split = await wmebvWith(['audit', 'forms', '--out', 'reports', '--format', 'html'], {
      files: { 'forms/a.json': json(cleanDefinition()), 'forms/b.json': json(consentForm('b', 'Waterschap Zuid', false)) },
      collect: 'reports',
    });
    expect(split.code).to.equal(0);
    expect(Object.keys(split.outputs).sort()).to.deep.equal(['gemeente-voorbeeld.html', 'waterschap-zuid.html']);
    expect(split.outputs['waterschap-zuid.html']).to.contain('Formulier b').and.not.contain('Bezwaar maken');
    const wrong = await wmebvWith(['audit', 'a.json', '--format', 'pdf'], {});
    expect(wrong.code).to.equal(2);
    expect(wrong.stderr).to.contain('Unknown format "pdf"');
  });
});
