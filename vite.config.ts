// The demo (docs/design.md): index.html with the objection form, and the intake endpoint of
// @wmebv/server (its built dist) on the same port under /api/.
//
// Nothing secret is ever under this folder or reachable through the dev server (issue 12 item 1):
// the data folder lives outside it (`<state dir>/wmebv-forms/demo`, see docs/server.md), an
// allowlist answers 404 to every path the page does not need, and `server.fs` denies keys,
// databases, mail, config and lockfiles as a second guard.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/** What the demo page loads: its HTML, its own folder, the browser packages' sources, Vite's client and pre-bundled deps. */
const SERVED = {
  exact: ['/', '/index.html', '/outages.json'],
  prefixes: ['/api/', '/demo/', '/packages/core/src/', '/packages/components/src/', '/node_modules/', '/@vite/', '/@id/__x00__'],
};

/** Mounts the intake endpoint with the definitions in demo/forms; submissions, the development key and the outbox live in the data folder. */
function intakeEndpoint(): Plugin {
  return {
    name: 'wmebv-intake',
    // Imported here, not at the top: building (vite build, Storybook, which reads this config too)
    // must not need the server's compiled dist.
    async configureServer(server) {
      const {
        assertOutsideServedRoot,
        createIntakeHandler,
        defaultDataDir,
        httpServerOptions,
        readDefinitionFiles,
        readSettings,
        resolveLimits,
        serveAllowlist,
        withSecurityHeaders,
      } = await import('@wmebv/server');
      const { root } = server.config;
      // The server's connection limits, from the same WMEBV_* variables (docs/server.md). Vite made
      // the server but has not started listening: Node reads `connectionsCheckingInterval` when it
      // starts to listen, so the header check runs every 2 s here too, not every 30 s (issue 12 item 3).
      const limits = resolveLimits(readSettings(process.env));
      if (server.httpServer) Object.assign(server.httpServer, httpServerOptions(limits));
      // Every answer carries the CSP (with `ws:` for Vite's reload socket) and the other security headers.
      server.middlewares.use(withSecurityHeaders({ devServer: true }));
      // Before Vite's own middleware: anything not on the list never reaches its file serving.
      server.middlewares.use(serveAllowlist(SERVED));
      const dataDir = process.env['WMEBV_DATA_DIR'] ? defaultDataDir() : path.join(defaultDataDir(), 'demo');
      assertOutsideServedRoot(dataDir, root);
      server.config.logger.info(`  wmebv demo data folder: ${dataDir}`);
      const smtpUrl = process.env['SMTP_URL'];
      const handler = createIntakeHandler({
        dataDir,
        limits,
        definitions: readDefinitionFiles(path.join(root, 'demo/forms')),
        // The outage notices (docs/outages.md): the banner reads them at /outages.json; while one marks
        // the web form down, submissions get 503 with the notice.
        outages: path.join(root, 'demo/outages.json'),
        // Receipts are signed with a development key made in the data folder on first start. Receipt
        // e-mails go through SMTP_URL when set, otherwise into <data folder>/outbox/ as .eml files.
        mail: smtpUrl ? { smtpUrl, from: process.env['MAIL_FROM'] } : { outboxDir: path.join(dataDir, 'outbox') },
      });
      server.middlewares.use('/outages.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(path.join(root, 'demo/outages.json')));
      });
      server.middlewares.use(handler);
      server.httpServer?.once('close', () => handler.close());
    },
  };
}

export default defineConfig({
  plugins: [intakeEndpoint()],
  // Workspace packages resolve to their TypeScript source in the browser.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Scan only the demo page for dependencies to pre-bundle. By default Vite crawls every .html file
  // under the root, including scripts/consumer-check/react-app (whose react is installed only in the
  // consumer check's scratch folder): the first `npm start` printed "Failed to run dependency scan"
  // and then reloaded the page once it found lit and zod by itself. Storybook and its Vitest run have
  // their own configs (.storybook/), so this changes nothing there.
  optimizeDeps: { entries: ['index.html'] },
  server: {
    port: Number(process.env['PORT']) || 5173,
    strictPort: false,
    // The page and its API share one origin; other origins are the intake handler's allowlist to admit.
    cors: false,
    watch: { ignored: ['**/.data/**'] },
    fs: {
      strict: true,
      // Only what the page imports; /@fs/ outside these answers 403.
      allow: ['index.html', 'demo', 'packages/core/src', 'packages/components/src', 'node_modules'],
      deny: [
        '.env',
        '.env.*',
        '*.{crt,pem,key,jwk}',
        '**/.git/**',
        '**/.data/**',
        '**/*.{sqlite,sqlite-wal,sqlite-shm,db,eml}',
        '**/*key*.json',
        '**/pnpm-lock.yaml',
        '**/vite.config.*',
        '**/packages/server/**',
        '**/packages/cli/**',
      ],
    },
  },
});
