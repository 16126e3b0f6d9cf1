import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // Its own (empty) Vite config: the root vite.config.ts is the demo's, with the intake server.
  framework: { name: '@storybook/web-components-vite', options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } } },
  // Each component's stories live in its folder, beside its code and tests (docs/architecture.md).
  stories: ['../packages/components/src/**/*.stories.ts'],
  // addon-docs: the Docs page of each element, its tables read from custom-elements.json (preview.ts).
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    // Workspace packages resolve to their TypeScript source (`source` export condition). Setting
    // `resolve.conditions` replaces Vite's defaults, so keep them.
    const conditions = [...new Set(['source', ...(config.resolve?.conditions ?? []), ...defaultClientConditions])];
    const merged = mergeConfig(config, {});
    merged.resolve = { ...merged.resolve, conditions };
    return merged;
  },
};

export default config;
