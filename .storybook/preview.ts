import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `pnpm manifest` (@custom-elements-manifest/analyzer): the
// attributes, properties, events and CSS custom properties in each element's Docs tables.
import customElements from '../packages/components/custom-elements.json' with { type: 'json' };
import { overflowing } from '../test/support/layout.js';

setCustomElementsManifest(customElements);

// The components are Dutch first: axe checks and screen readers need the document's language.
document.documentElement.lang = 'nl';

/** 320 CSS px: a phone, and a 1280 px window at 400 % zoom (WCAG 2.2 SC 1.4.10). */
const NARROW = { name: '320 px (400 % zoom)', styles: { width: '320px', height: '640px' }, type: 'mobile' as const };

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test (addon-a11y with the Vitest addon) instead of only
    // showing in the panel.
    a11y: { test: 'error' },
    // The toolbar's viewports.
    viewport: { options: { narrow: NARROW, desktop: { name: '1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' } } },
  },
  // Every story opens at 320 px, in the tests too (addon-vitest sizes the page from this global).
  initialGlobals: { viewport: { value: 'narrow', isRotated: false } },
  // Reflow (WCAG 2.2 SC 1.4.10): nothing in a story may reach past the right edge of the viewport.
  // In the story tests that viewport is 320 px wide, so every story is a 400 % zoom check.
  afterEach: ({ canvasElement }) => {
    const found = overflowing(canvasElement);
    if (found.length > 0) throw new Error(`Wider than the ${document.documentElement.clientWidth} px viewport:\n${found.join('\n')}`);
  },
};

export default preview;
