// The demo (DESIGN.md): index.html with the objection form, and the intake endpoint of
// @wmebv/server (its built dist) on the same port under /api/.
import path from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/** Mounts the intake endpoint with the definitions in demo/forms; submissions go to ./.data (SQLite). */
function intakeEndpoint(): Plugin {
  return {
    name: 'wmebv-intake',
    // Imported here, not at the top: building (vite build, Storybook, which reads this config too)
    // must not need the server's compiled dist.
    async configureServer(server) {
      const { createIntakeHandler, readDefinitionFiles } = await import('@wmebv/server');
      const { root } = server.config;
      const handler = createIntakeHandler({
        dataDir: path.join(root, '.data'),
        definitions: readDefinitionFiles(path.join(root, 'demo/forms')),
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
