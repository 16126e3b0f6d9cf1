/** `import css from './x.css?inline'`: the CSS text (Vite natively; the test runner via test/support/css-inline-plugin.mjs). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
