// @ts-check
// @web/test-runner 0.20.2: browser tests for every package and the cross-package tests in test/.
// Tests that need no browser (`*.node.test.ts`, `*.node.test.mjs`, e.g. the server's) run in Node.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS } from './scripts/lib/chromium-args.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { cssInlinePlugin } from './test/support/css-inline-plugin.mjs';
import { intakeMiddleware } from './test/support/intake-middleware.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  // A component's tests sit in its folder (packages/components/src/<component>/*.test.ts).
  files: ['packages/*/test/**/*.test.ts', 'packages/components/src/**/*.test.ts', 'test/**/*.test.ts', '!**/*.node.test.ts'],
  // Workspace packages resolve to their TypeScript source through the `source` export condition.
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    cssInlinePlugin({ rootDir }),
    // `a11ySnapshot()` from @web/test-runner-commands (the runner registers sendKeys, setViewport,
    // emulateMedia, sendMouse, … itself, but not this one).
    a11ySnapshotPlugin(),
    // `run-cli`: runs the built `wmebv` CLI in Node for packages/cli/test (test/support/cli-plugin.mjs).
    (await import('./test/support/cli-plugin.mjs')).cliPlugin({ rootDir }),
    // `wmebv-outage-server`: an intake server the outage tests stop and restart (test/support/outage-plugin.mjs).
    (await import('./test/support/outage-plugin.mjs')).outageTestPlugin({ rootDir }),
    // `wmebv-page`: network throttling and page.pdf() through the DevTools protocol (test/support/page-plugin.mjs).
    (await import('./test/support/page-plugin.mjs')).pagePlugin(),
    // JSON modules (`with { type: 'json' }`, as the examples import the demo's forms): test/support/json-module-plugin.mjs.
    (await import('./test/support/json-module-plugin.mjs')).jsonModulePlugin(),
    // Also maps relative `./x.js` imports in .ts files to `./x.ts` when that file exists.
    // es2022 lowers the (experimental) decorators; tsconfigRaw carries experimentalDecorators and
    // useDefineForClassFields: false.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
  ],
  middleware: [await intakeMiddleware({ rootDir })],
  browsers: [
    chromeLauncher({
      // One window per test page: with concurrency 2, pages opened as tabs of one window are
      // background tabs where animation frames do not run and focus does not land, so fixture()
      // and focus tests time out or fail (seen here). Separate windows each have focus.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          '--headless=new',
          // Belt and braces for pages running side by side: no throttling of hidden pages.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // One test file at a time. Key presses go to the focused window: with two pages typing at once,
  // keystrokes of two tests interleaved ("L oAsBs e stoeptegel", seen on a loaded machine). One
  // page at a time also keeps a busy machine's timings out of every test.
  concurrency: 1,
  // Generous limits for a busy machine (load 10-30 on 2 cores); each test still waits for
  // conditions, so an idle machine is as fast as before.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  // Every file logs Lit's dev-mode notice (the `development` condition); keep the rest of the logs.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: { config: { timeout: 120_000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
