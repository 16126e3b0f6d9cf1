import type { Preview } from '@storybook/web-components-vite';

// The components are Dutch first: axe checks and screen readers need the document's language.
document.documentElement.lang = 'nl';

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test (addon-a11y with the Vitest addon) instead of only
    // showing in the panel.
    a11y: { test: 'error' },
  },
};

export default preview;
