// Not a column: a page with core alone that times parsing and linting the workload's definition
// (checkDefinition) on a fresh page, the first call (what a first visit pays inside the render) and
// a second call on a new copy (warm code).
import { checkDefinition } from '@wmebv/core';
import { toDefinition } from '../lib/definition.mjs';

window.__probe = (form) => {
  const time = () => {
    const definition = toDefinition(form); // a new object: nothing cached by identity
    const t0 = performance.now();
    const result = checkDefinition(definition);
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(`the workload does not pass the linter: ${result.findings[0]?.ruleId}`);
    return ms;
  };
  const first = time();
  return { first, second: time() };
};
window.__benchReady = true;
