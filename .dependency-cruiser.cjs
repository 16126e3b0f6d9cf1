// The dependency directions of docs/architecture.md, checked in CI (`pnpm lint:deps`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A module that (indirectly) imports itself at run time: split what both sides need into a lower module. ' +
        'Cycles through type-only imports are allowed (they vanish when compiled).',
      from: { path: '^packages/[^/]+/src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-imports-nothing-of-ours',
      severity: 'error',
      comment: 'Core is the bottom of the workspace: components, server and cli build on it, never the other way.',
      from: { path: '^packages/core/src/' },
      to: { path: '^packages/(components|server|cli)/' },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      comment: 'Core runs in browsers too: no node: modules (its tsconfig.build.json has no @types/node and no DOM lib either).',
      from: { path: '^packages/core/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-ui-libraries',
      severity: 'error',
      comment: 'Core is headless: no Lit or other DOM library.',
      from: { path: '^packages/core/src/' },
      to: { path: 'node_modules/(lit|lit-html|lit-element|@lit)/' },
    },
    {
      name: 'only-core-public-entry',
      severity: 'error',
      comment:
        "Components, server and cli use core through its entries only ('@wmebv/core', '/messages', '/signed-copy', '/describe-findings', '/form-lint', '/definition-parse'), never a file inside it.",
      from: { path: '^packages/(components|server|cli)/src/' },
      to: {
        path: '^packages/core/',
        pathNot:
          '^packages/core/(src/(index|messages|signed-copy|describe-findings(\\.development)?|form-lint(\\.development)?|definition-parse(\\.development)?)\\.ts|dist/(index|messages|signed-copy|describe-findings(\\.development)?|form-lint(\\.development)?|definition-parse(\\.development)?)\\.(js|d\\.ts))$',
      },
    },
    {
      name: 'packages-only-through-core',
      severity: 'error',
      comment: 'Components, server and cli do not import each other.',
      from: { path: '^packages/(components|server|cli)/src/' },
      to: { path: '^packages/(components|server|cli)/', pathNot: '^packages/$1/' },
    },
    {
      name: 'core-answers-is-the-lowest-layer',
      severity: 'error',
      comment: 'answers/ (values, emptiness, file rules) builds on zod only.',
      from: { path: '^packages/core/src/answers/' },
      to: { path: '^packages/core/src/', pathNot: '^packages/core/src/(answers/|zod\\.ts$)' },
    },
    {
      name: 'core-json-is-the-lowest-layer',
      severity: 'error',
      comment: 'json/ (reading JSON text or a value) imports nothing of ours.',
      from: { path: '^packages/core/src/json/' },
      to: { path: '^packages/core/src/', pathNot: '^packages/core/src/json/' },
    },
    {
      name: 'core-definition-below-rules-and-validation',
      severity: 'error',
      comment:
        'The definition language is below the linter, validation and what builds on them (no definition <-> rules or definition <-> validation cycle).',
      from: { path: '^packages/core/src/definition/' },
      to: { path: '^packages/core/src/(rules|validation|review|receipt|submission|flow|copy|outage)/' },
    },
    {
      name: 'core-submission-below-receipt',
      severity: 'error',
      comment: 'The envelope, its canonical form and digest are below the receipt that states the digest.',
      from: { path: '^packages/core/src/submission/' },
      to: { path: '^packages/core/src/(receipt|validation|definition|review|flow|copy|outage|rules)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['source', 'import', 'types', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
