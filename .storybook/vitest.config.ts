// Runs every story as a browser test (render + addon-a11y's axe checks, which fail on violations
// because preview.ts sets `a11y.test = 'error'`). Run with `pnpm test:stories`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { CHROMIUM_ARGS } from '../scripts/lib/chromium-args.mjs';
import { playwright } from '@vitest/browser-playwright';

const configDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.resolve(configDir, '..'),
  plugins: [storybookTest({ configDir })],
  test: {
    name: 'storybook',
    // Until stories exist (and when a filter matches none), an empty run is not a failure.
    passWithNoTests: true,
    browser: {
      enabled: true,
      headless: true,
      // Debian's Chromium; Playwright's own browsers are never downloaded here.
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: [...CHROMIUM_ARGS],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
