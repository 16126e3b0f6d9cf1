// @ts-check
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * `import css from './x.css?inline'` gives a module whose default export is the CSS text, as
 * Vite does. Other requests for .css files are served unchanged.
 *
 * @param {{ rootDir: string }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function cssInlinePlugin({ rootDir }) {
  return {
    name: 'wmebv-css-inline',
    async serve(context) {
      if (!context.path.endsWith('.css') || !context.URL.searchParams.has('inline')) return undefined;
      const root = path.resolve(rootDir);
      const filePath = path.join(root, decodeURIComponent(context.path));
      if (!filePath.startsWith(root + path.sep)) return undefined;
      let css;
      try {
        css = await readFile(filePath, 'utf8');
      } catch {
        return undefined; // falls through to a 404
      }
      return { body: `export default ${JSON.stringify(css)};\n`, type: 'js' };
    },
  };
}
