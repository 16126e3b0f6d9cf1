import { getTranslator, SENDER_COPY_DATA_ID, type SenderCopy } from '@wmebv/core';
import { render } from 'lit';
import tokensCss from '../styles/tokens.css?inline';
import reviewCss from '../review/review.css?inline';
import copyCss from './copy.css?inline';
import { senderCopyTemplate } from './template.js';

/**
 * The sender's copy (Awb 2:17 lid 2) as one self-contained, accessible HTML document, made in the
 * browser: `lang` set, no external resources (the tokens, the review's CSS and a print stylesheet
 * in one `<style>`; no `style` attributes, no script that runs), headings and description lists,
 * every answer as text. The copy's data as JSON rides along in `<script type="application/json"
 * id="wmebv-sender-copy">`, so the document alone is enough to check the receipt later
 * (`wmebv verify-receipt`).
 *
 * The body is `senderCopyTemplate`, rendered by Lit into a detached element and serialised: the
 * same templates and CSS as the review step, and no string-built markup.
 *
 * @param locale - the language of the document's own words; defaults to the copy's. Its messages
 *   must be loaded (`loadMessages(locale)`; done by any element that rendered in it), else Dutch.
 */
export function renderSenderCopyHtml(copy: SenderCopy, locale: string = copy.locale): string {
  const t = getTranslator(locale);
  const lang = locale.split('-')[0] === 'en' ? 'en' : 'nl';
  const statusWord = copy.receipt ? copy.receipt.reference : copy.attempt ? t('copy.attempt') : t('copy.notSent');

  const head = document.createElement('head');
  head.append(
    element('meta', { charset: 'utf-8' }),
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element('meta', { name: 'generator', content: `wmebv-forms ${copy.format}` }),
    element('title', {}, `${t('copy.title', { formTitle: copy.form.title })} – ${statusWord}`),
    element('style', {}, [tokensCss, reviewCss, copyCss].join('\n')),
  );
  const body = document.createElement('body');
  render(senderCopyTemplate(copy, t, locale), body);
  removeComments(body);

  // The JSON is the one part written as text: a raw-text element that only JSON.stringify fills,
  // with every `<` escaped so an answer cannot end it.
  return `<!doctype html>
<html lang="${lang}">
${head.outerHTML}
<body class="wmebv-copy">
${body.innerHTML}
<script type="application/json" id="${SENDER_COPY_DATA_ID}">${scriptJson(copy)}</script>
</body>
</html>
`;
}

function element(tag: string, attributes: Record<string, string>, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Lit's part markers (`<!--?lit$…$-->`) mean nothing in a file: leave them out. */
function removeComments(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
}

/** JSON safe inside `<script>`: no `<`, so `</script>` in an answer cannot end the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
