// @ts-check
/**
 * `pnpm bench:lint`: how long linting a large definition takes (issue: "well under a second" for
 * 1,000 fields). A benchmark, not a test: it prints figures and never fails on them.
 *
 * Measures, for generated definitions of 1,000 and 5,000 fields (every tenth in a fieldset, every
 * fifth with a condition, Dutch and English texts): parse + lint in core, and the whole
 * `wmebv lint` path for one file (JSON text in, findings with line and column out).
 */
import { lintDefinition, parseDefinition } from '@wmebv/core';
import { lintText } from '../dist/lint.js';

const basis = { law: 'Awb', article: '4:2', paragraph: '1', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:2' };

/** @param {number} count */
function definition(count) {
  /** @type {unknown[]} */
  const fields = [];
  for (let index = 0; index < count; index++) {
    const id = `veld${index}`;
    const label = { nl: `Vraag ${index}`, en: `Question ${index}` };
    /** @type {Record<string, unknown>} */
    let field =
      index % 3 === 0
        ? {
            id,
            type: 'radio',
            label,
            options: [
              { value: 'ja', label: { nl: 'Ja', en: 'Yes' } },
              { value: 'nee', label: { nl: 'Nee', en: 'No' } },
            ],
          }
        : {
            id,
            type: index % 3 === 1 ? 'text' : 'textarea',
            label,
            maxLength: 500,
            required: index % 7 === 0,
            ...(index % 7 === 0 ? { legalBasis: basis } : {}),
          };
    if (index % 5 === 1 && index > 3) field.visibleWhen = { field: `veld${index - 1 - ((index - 1) % 3)}`, equals: 'ja' };
    if (index % 10 === 9) field = { id: `groep${index}`, type: 'fieldset', label, fields: [field] };
    fields.push(field);
  }
  return {
    id: 'groot',
    version: '1.0.0',
    title: { nl: 'Groot formulier', en: 'Large form' },
    organisation: {
      name: 'Gemeente Voorbeeld',
      designationDecision: { title: 'Aanwijzingsbesluit', url: 'https://www.example.org/aanwijzing' },
      support: { phone: '14 0999' },
      privacyStatementUrl: 'https://www.example.org/privacy',
      accessibilityStatementUrl: 'https://www.example.org/toegankelijkheid',
    },
    messageType: 'aanvraag',
    locales: ['nl', 'en'],
    steps: [{ id: 'stap', title: { nl: 'Stap', en: 'Step' }, fields }],
  };
}

/**
 * Median wall-clock and CPU time (user + system) of `run`, in ms. CPU time stays meaningful when
 * the machine is busy with other work; wall-clock is what a form builder waits.
 * @param {() => unknown} run
 */
function median(run, times = 7) {
  run(); // warm up
  const wall = [];
  const cpu = [];
  for (let index = 0; index < times; index++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (/** @type {number[]} */ list) => list.sort((a, b) => a - b)[Math.floor(times / 2)] ?? 0;
  return `${mid(wall).toFixed(1)} ms (CPU ${mid(cpu).toFixed(1)} ms)`;
}

for (const count of [1000, 5000]) {
  const value = definition(count);
  const text = JSON.stringify(value, null, 2);
  let findings = 0;
  const core = median(() => {
    const parsed = parseDefinition(value);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings.slice(0, 3)));
    findings = lintDefinition(parsed.definition).length;
  });
  const cli = median(() => lintText('groot.json', text, 'nl'));
  console.log(
    `${String(count).padStart(5)} fields: parse + lint ${core}; wmebv lint of the file (JSON text, positions) ${cli}; ${findings} findings; ${(text.length / 1024).toFixed(0)} kB`,
  );
}
