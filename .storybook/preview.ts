import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `pnpm manifest` (@custom-elements-manifest/analyzer): the
// attributes, properties, events and CSS custom properties in each element's Docs tables.
import customElements from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(customElements);

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
