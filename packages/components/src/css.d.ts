/** `import css from './x.css?inline'`: the CSS file's text (Vite; the test runner's css-inline plugin). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
