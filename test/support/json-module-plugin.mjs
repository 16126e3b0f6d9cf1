// @ts-check
// JSON modules in browser tests: `import x from './x.json' with { type: 'json' }` (how the examples
// import the demo's forms, which Vite serves as modules for the stories). esbuild, lowering the tests
// to es2022, drops the `with` clause, so Chromium would refuse the JSON as a script. This plugin serves
// a JSON file as `export default <json>` when the browser asks for a script (Sec-Fetch-Dest: script),
// and as plain JSON to fetch(), so tests that fetch a definition still get JSON. Neither answer is
// stored by the browser: its HTTP cache does not tell the two apart (a JSON answer to fetch() was
// then used for the import, seen here).

/** @param {import('koa').Context} context */
const asModule = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function jsonModulePlugin() {
  return {
    name: 'wmebv-json-modules',
    resolveMimeType(context) {
      return asModule(context) ? 'js' : undefined;
    },
    transform(context) {
      if (!context.path.endsWith('.json')) return undefined;
      const headers = { 'cache-control': 'no-store', vary: 'Sec-Fetch-Dest' };
      // Not in the server's transform cache either: the same URL is also fetched as plain JSON.
      if (asModule(context)) return { body: `export default ${String(context.body)};`, headers, transformCache: false };
      return { headers, transformCache: false };
    },
  };
}
