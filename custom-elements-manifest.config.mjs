import { readFileSync } from 'node:fs';

const components = new URL('./packages/components/src/', import.meta.url);
// @custom-elements-manifest/analyzer: `pnpm manifest` writes packages/components/custom-elements.json
// (shipped in the package, its `customElements` field) from the JSDoc of all 14 elements (@element,
// @attr, @prop, @fires, @cssproperty). Light DOM: no slots, no parts.
// packages/components/test/manifest.test.ts fails when the committed file differs from a fresh run.
export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.examples.ts', '**/*.fixtures.ts', '**/*.d.ts', 'packages/components/src/typings/**'],
  outdir: 'packages/components',
  litelement: true,
  plugins: [publicApiOnly(), eventTypes(), cssPropertiesFromStyles(), modulesInPathOrder()],
};

/**
 * Gives each custom event its type from `WmebvEventMap` (src/events.ts), e.g.
 * `CustomEvent<SubmittedDetail>`, and the native `input`/`change` events the type `Event`.
 */
function eventTypes() {
  const typings = readFileSync(new URL('events.ts', components), 'utf8');
  const aliases = Object.fromEntries([...typings.matchAll(/export type (\w+) = ([^;]+);/g)].map(([, name, type]) => [name, type]));
  const types = Object.fromEntries([...typings.matchAll(/'(wmebv-[a-z-]+)': (\w+);/g)].map(([, event, alias]) => [event, aliases[alias] ?? alias]));
  return {
    name: 'wmebv-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarations(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          const text = types[event.name] ?? (event.name === 'input' || event.name === 'change' ? 'Event' : undefined);
          if (text) event.type = { text };
        }
      }
    },
  };
}

/**
 * Lists, for every element, each `--wmebv-*` token its CSS uses (the CSS files its module imports,
 * and the shared tokens/base rules every element adopts are left out), besides those its JSDoc
 * names with `@cssproperty`: so the manifest and the docs' token tables cannot miss one.
 */
function cssPropertiesFromStyles() {
  return {
    name: 'wmebv-css-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        const elements = (module.declarations ?? []).filter((declaration) => declaration.tagName);
        if (elements.length === 0) continue;
        const source = readFileSync(new URL(module.path, new URL('./', import.meta.url)), 'utf8');
        const used = new Set();
        for (const [, href] of source.matchAll(/from '(\.[^']+\.css)\?inline'/g)) {
          const css = readFileSync(new URL(href, new URL(module.path, new URL('./', import.meta.url))), 'utf8');
          for (const [, name] of css.matchAll(/var\((--wmebv-[a-z0-9-]+)/g)) used.add(name);
        }
        for (const element of elements) {
          const documented = new Set((element.cssProperties ?? []).map((property) => property.name));
          const added = [...used].filter((name) => !documented.has(name)).sort();
          if (added.length === 0) continue;
          element.cssProperties = [
            ...(element.cssProperties ?? []),
            ...added.map((name) => ({ name, description: 'used by its CSS (docs/theming.md)' })),
          ];
        }
      }
    },
  };
}

/** The analyzer lists modules in the order its file search found them, which varies: sort by path. */
function modulesInPathOrder() {
  return {
    name: 'wmebv-modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

function* declarations(manifest) {
  for (const module of manifest.modules ?? []) yield* module.declarations ?? [];
}

/** Leaves out private and protected members (internals of the base class) and statics. */
function publicApiOnly() {
  return {
    name: 'wmebv-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}
