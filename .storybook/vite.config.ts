// Storybook's Vite config. Deliberately not the root vite.config.ts, which serves the demo with the
// intake server (it needs the server's compiled dist). Module resolution is set in main.ts viteFinal.
import { defineConfig } from 'vite';

export default defineConfig({});
