// Not a column: a page with core alone that times parsing and linting the workload's definition on
// a fresh page, the first call (what a first visit pays inside the render) and a second call on a
// new copy (warm code). Two ways, each on its own fresh page:
// - 'form': what wmebv-form does before `ready` (definition-loader.ts): the parse without zod of a
//   definition the generated validator shows valid (parseValidDefinition, D4; a definition it does
//   not is left to parseDefinition, which the workload never needs), then the rules of severity
//   error (lintErrors); the browser shows no warnings, so it computes none;
// - 'full': checkDefinition, every rule and the sorted findings, as `wmebv lint` does (for scale).
import { checkDefinition, lintErrors, parseValidDefinition } from '@wmebv/core';
import { toDefinition } from '../lib/definition.mjs';

const ways = {
  form(definition) {
    const parsed = parseValidDefinition(definition);
    if (!parsed) throw new Error('the workload is not shown valid without zod (the form would load parseDefinition)');
    const errors = lintErrors(parsed);
    if (errors.length > 0) throw new Error(`the workload does not pass the rules: ${errors[0].ruleId}`);
  },
  full(definition) {
    const result = checkDefinition(definition);
    if (!result.ok) throw new Error(`the workload does not pass the linter: ${result.findings[0]?.ruleId}`);
  },
};

window.__probe = (form, way = 'form') => {
  const time = () => {
    const definition = toDefinition(form); // a new object: nothing cached by identity
    const t0 = performance.now();
    ways[way](definition);
    return performance.now() - t0;
  };
  const first = time();
  return { first, second: time() };
};
window.__benchReady = true;
