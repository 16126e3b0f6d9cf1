// The core benchmarks in Node: core bundled from its TypeScript sources with esbuild (no build
// step needed), then timed per operation. Figures are medians of wall-clock time per operation
// over `samples` rounds, each round repeating the operation until it has run for a while; CPU time
// (user + system) is printed beside it because it stays meaningful on a busy machine.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeForm } from './form.mjs';
import { toDefinition } from './definition.mjs';
import { stats } from './stats.mjs';

/** Core's public entry, bundled for Node into `outDir`, imported. */
async function loadCore(repoDir, outDir) {
  const outfile = path.join(outDir, 'core.mjs');
  await esbuild.build({
    entryPoints: [path.join(repoDir, 'packages/core/src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

/** One valid answer per field of the workload (every field filled in). */
function validAnswers(form) {
  const values = {};
  for (const f of form.fields) {
    values[f.name] = {
      text: `Antwoord ${f.name}`,
      textarea: `Een langer antwoord op vraag ${f.name}.`,
      email: `${f.name}@example.org`,
      date: '2026-03-14',
      select: 'o3',
      radio: 'o2',
      checkbox: true,
    }[f.type];
  }
  return values;
}

/** Per-operation wall and CPU milliseconds of `run`, `samples` rounds of at least `minMs` each. */
function time(run, { samples, minMs }) {
  run(); // warm-up: compile, caches of the first call
  const wall = [];
  const cpu = [];
  for (let round = 0; round < samples; round++) {
    let count = 0;
    const start = performance.now();
    const startCpu = process.cpuUsage();
    do {
      run();
      count++;
    } while (performance.now() - start < minMs);
    const used = process.cpuUsage(startCpu);
    wall.push((performance.now() - start) / count);
    cpu.push((used.user + used.system) / 1000 / count);
  }
  return { wall: stats(wall), cpu: stats(cpu) };
}

/** The objection periods (Awb 6:7) of `count` announcement dates from 2024-01-01 on, one a day. */
function announcementDates(count) {
  const dates = [];
  const day = new Date(Date.UTC(2024, 0, 1));
  for (let index = 0; index < count; index++) {
    dates.push(new Date(day.getTime() + (index % 1400) * 86_400_000).toISOString().slice(0, 10));
  }
  return dates;
}

/**
 * Runs every core benchmark; returns rows `{ name, wall, cpu, note }` (ms per operation).
 * `quick` runs each operation once or twice (a smoke run, figures meaningless).
 */
export async function runCoreBenchmarks({ repoDir, outDir, samples, quick, log }) {
  const core = await loadCore(repoDir, outDir);
  const opts = quick ? { samples: 1, minMs: 0 } : { samples, minMs: 200 };
  const rows = [];
  const add = (name, run, note) => {
    const result = time(run, opts);
    rows.push({ name, ...result, note: typeof note === 'function' ? note() : note });
    log(`core: ${name}: ${result.wall.median.toFixed(3)} ms`);
  };

  const form200 = makeForm({ fieldCount: 200 });
  const parsed = core.checkDefinition(toDefinition(form200));
  if (!parsed.ok) throw new Error(`the 200-field workload does not pass the linter: ${JSON.stringify(parsed.findings.slice(0, 3))}`);
  const definition = parsed.definition;
  const valid = validAnswers(form200);

  let errors = 0;
  add(
    'validate 200 fields, all valid (checkAnswers)',
    () => {
      errors = core.checkAnswers(definition, valid, []).errors.length;
    },
    () => `${errors} errors`,
  );
  let messages = 0;
  add(
    'validate 200 fields, all empty, every message described (nl)',
    () => {
      const result = core.checkAnswers(definition, {}, []);
      messages = result.errors.map((error) => core.describeValidationError(definition, error, 'nl')).length;
    },
    () => `${messages} messages`,
  );

  for (const count of [200, 1000]) {
    const raw = toDefinition(makeForm({ fieldCount: count }));
    let findings = 0;
    add(
      `parse + lint a ${count.toLocaleString('en')}-field definition (checkDefinition)`,
      () => {
        const result = core.checkDefinition(raw);
        if (!result.ok) throw new Error('the workload does not pass the linter');
        findings = result.findings.length;
      },
      () => `${findings} findings`,
    );
  }

  const count = quick ? 100 : 10_000;
  const dates = announcementDates(count);
  add(
    `${count.toLocaleString('en')} deadlines (objectionDeadline, Awb 6:7 with the Atw)`,
    () => {
      for (const date of dates) core.objectionDeadline(date);
    },
    `6 weeks from ${count.toLocaleString('en')} announcement dates in 2024-2027`,
  );
  return rows;
}
