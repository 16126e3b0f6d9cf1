// @custom-elements-manifest/analyzer: `pnpm manifest` writes custom-elements.json from the JSDoc of
// the elements (@element, @attr, @prop, @fires, @cssproperty). Light DOM: no slots, no parts.
export default {
  globs: [
    'packages/components/src/fields/**/*.ts',
    'packages/components/src/base/*.ts',
    'packages/components/src/error-summary/*.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};

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
