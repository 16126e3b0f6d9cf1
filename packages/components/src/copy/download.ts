import { buildSenderCopy, getTranslator, renderSenderCopyJson, senderCopyFileName, type SenderCopy, type SenderCopyInput } from '@wmebv/core';
import { html, type TemplateResult } from 'lit';
import { renderSenderCopyHtml } from './document.js';
import css from './copy-actions.css?inline';

/** The CSS of `renderCopyButtons`: the element or part that renders them adopts it. */
export const copyActionsCss: string = css;

/**
 * Saves a file made in the browser (a Blob behind an object URL and a `download` link): nothing
 * is sent to or fetched from a server (Awb 2:17 lid 2: only the sender can reach the copy).
 */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads the sender's copy as HTML or as JSON. */
export function downloadSenderCopy(copy: SenderCopy, format: 'html' | 'json', locale: string = copy.locale): void {
  if (format === 'html') downloadText(senderCopyFileName(copy, 'html'), 'text/html;charset=utf-8', renderSenderCopyHtml(copy, locale));
  else downloadText(senderCopyFileName(copy, 'json'), 'application/json;charset=utf-8', renderSenderCopyJson(copy));
}

/**
 * The two download buttons of the sender's copy ("Download een kopie (HTML)", "(JSON)"). The copy is
 * built when a button is pressed, so its time is the moment of download.
 */
export function renderCopyButtons(locale: string, input: () => SenderCopyInput | Promise<SenderCopyInput>): TemplateResult {
  const t = getTranslator(locale);
  const save = async (format: 'html' | 'json'): Promise<void> => downloadSenderCopy(buildSenderCopy({ locale, ...(await input()) }), format, locale);
  return html`<div class="wmebv-copy-actions">
    <button type="button" class="wmebv-button wmebv-button--secondary" data-copy-format="html" @click=${() => void save('html')}>
      ${t('copy.downloadHtml')}
    </button>
    <button type="button" class="wmebv-button wmebv-button--secondary" data-copy-format="json" @click=${() => void save('json')}>
      ${t('copy.downloadJson')}
    </button>
  </div>`;
}
