import baseCss from '../styles/base.css?inline';
import keepVisibleCss from '../styles/keep-visible.css?inline';
import tokensCss from '../styles/tokens.css?inline';

/**
 * Light DOM elements cannot use Lit's `static styles`: their CSS goes into the document (or the
 * shadow root the element lives in) as constructable stylesheets, adopted once per root.
 *
 * `adoptStyles(this.getRootNode(), css)` adopts the library's tokens and shared rules
 * (`styles/tokens.css`, `styles/base.css`, `styles/keep-visible.css`), then each given CSS text, every one of them at most once
 * per root. Sheets are built once per document (a constructed sheet can only be adopted by the
 * document it was made for) and appended after the root's existing adopted sheets. All library CSS
 * sits in `@layer wmebv`, so any unlayered rule of the host page wins: that is the theming contract.
 *
 * A root that is not a Document or ShadowRoot (a detached element) is ignored. Empty CSS texts are
 * skipped: the unstyled bundles (`@wmebv/components/bundle/unstyled`) carry every sheet as `''`, for
 * pages that link `wmebv.css` instead, and adopt nothing.
 */
export function adoptStyles(root: Node, ...cssTexts: string[]): void {
  if (!isStyleRoot(root)) return;
  const document = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!document) return;
  const wanted = [tokensCss, baseCss, keepVisibleCss, ...cssTexts].filter((css) => css !== '').map((css) => sheetFor(document, css));
  let done = adopted.get(root);
  if (!done) {
    done = new WeakSet();
    adopted.set(root, done);
  }
  // A page may have replaced `adoptedStyleSheets` since: check the list itself too.
  const missing = wanted.filter((sheet) => !done.has(sheet) || !root.adoptedStyleSheets.includes(sheet));
  if (missing.length === 0) return;
  const present = new Set(root.adoptedStyleSheets);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing.filter((sheet) => !present.has(sheet))];
  for (const sheet of missing) done.add(sheet);
}

/**
 * `adoptStyles` for a list that is the same array on every call (an element class's CSS): a root that
 * already took this list, and whose `adoptedStyleSheets` has kept its length since, is left alone
 * without comparing every sheet (the 200 fields of a long form connect one after another). A list
 * the page changed since (another length) is checked in full again.
 */
export function adoptStyleList(root: Node, cssTexts: readonly string[]): void {
  if (!isStyleRoot(root)) return;
  const seen = verified.get(root);
  if (seen?.lists.has(cssTexts) && root.adoptedStyleSheets.length === seen.length) return;
  adoptStyles(root, ...cssTexts);
  const length = root.adoptedStyleSheets.length;
  const lists = seen?.length === length ? seen.lists : new WeakSet<readonly string[]>();
  lists.add(cssTexts);
  verified.set(root, { length, lists });
}

type StyleRoot = Document | ShadowRoot;

const verified = new WeakMap<StyleRoot, { length: number; lists: WeakSet<readonly string[]> }>();

const adopted = new WeakMap<StyleRoot, WeakSet<CSSStyleSheet>>();
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function isStyleRoot(root: Node): root is StyleRoot {
  return (root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) && 'adoptedStyleSheets' in root;
}

function sheetFor(document: Document, css: string): CSSStyleSheet {
  let byText = sheets.get(document);
  if (!byText) {
    byText = new Map();
    sheets.set(document, byText);
  }
  let sheet = byText.get(css);
  if (!sheet) {
    const view = (document.defaultView ?? globalThis) as typeof globalThis;
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    byText.set(css, sheet);
  }
  return sheet;
}
