// The demo (DESIGN.md): index.html with the objection form, and the intake endpoint of
// @wmebv/server (its built dist) on the same port under /api/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/** Mounts the intake endpoint with the definitions in demo/forms; submissions go to ./.data (SQLite), receipt e-mails to ./.data/outbox. */
function intakeEndpoint(): Plugin {
  return {
    name: 'wmebv-intake',
    // Imported here, not at the top: building (vite build, Storybook, which reads this config too)
    // must not need the server's compiled dist.
    async configureServer(server) {
      const { createIntakeHandler, readDefinitionFiles } = await import('@wmebv/server');
      const { root } = server.config;
      const dataDir = path.join(root, '.data');
      const smtpUrl = process.env['SMTP_URL'];
      const handler = createIntakeHandler({
        dataDir,
        definitions: readDefinitionFiles(path.join(root, 'demo/forms')),
        // The outage notices (docs/outages.md): the banner reads them at /outages.json; while one marks
        // the web form down, submissions get 503 with the notice.
        outages: path.join(root, 'demo/outages.json'),
        // Receipts are signed with a development key made in .data on first start. Receipt
        // e-mails go through SMTP_URL when set, otherwise into .data/outbox/ as .eml files.
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
  server: {
    port: Number(process.env['PORT']) || 5173,
    strictPort: false,
    watch: { ignored: ['**/.data/**'] },
  },
});
