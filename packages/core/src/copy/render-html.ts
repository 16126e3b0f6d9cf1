import { formatBytes, formatDateTime } from '../i18n/format.js';
import { getTranslator, type Translate } from '../i18n/translate.js';
import type { SenderCopy } from './sender-copy.js';

/** The id of the `<script type="application/json">` that carries the copy's JSON inside its HTML. */
export const SENDER_COPY_DATA_ID = 'wmebv-sender-copy';

const STYLES = `
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
.status { border: 3px solid #1a1a1a; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.status--not-sent, .status--attempt-failed { border-style: dashed; }
.status strong { display: block; font-size: 1.2rem; text-transform: uppercase; letter-spacing: 0.03em; }
dl { margin: 0; }
.row { display: grid; grid-template-columns: minmax(8rem, 1fr) 2fr; gap: 0.25rem 1rem; padding: 0.5rem 0; border-bottom: 1px solid #b1b4b6; break-inside: avoid; }
dt { font-weight: 700; }
dd { margin: 0; }
dt, dd, td, li, p { overflow-wrap: anywhere; word-break: normal; hyphens: auto; }
.empty { color: #505a5f; font-style: italic; }
.code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem 0.4rem 0; border-bottom: 1px solid #b1b4b6; }
th:nth-child(2), td:nth-child(2) { width: 6rem; }
.note { margin-top: 2rem; color: #505a5f; }
@media (max-width: 30rem) { .row { grid-template-columns: 1fr; } }
@page { margin: 15mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  .row, tr, li { break-inside: avoid; }
}
`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values: markup in answers is shown as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** JSON safe inside `<script>`: no `<`, so `</script>` in an answer cannot end the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const row = (label: string, value: string, attributes = ''): string => `<div class="row"${attributes}><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>`;

function statusBlock(copy: SenderCopy, t: Translate, locale: string): string {
  if (copy.receipt) {
    const params = { reference: copy.receipt.reference, organisation: copy.receipt.organisation.name, time: formatDateTime(copy.receipt.receivedAt, locale) };
    return `<p class="status status--received"><strong>${escapeHtml(t('copy.received', params))}</strong>${escapeHtml(t('copy.receivedText', params))}</p>`;
  }
  if (copy.attempt) {
    const params = { time: formatDateTime(copy.attempt.at, locale), reason: copy.attempt.reason };
    return `<p class="status status--attempt-failed"><strong>${escapeHtml(t('copy.attempt'))}</strong>${escapeHtml(t('copy.attemptText', params))}</p>`;
  }
  return `<p class="status status--not-sent"><strong>${escapeHtml(t('copy.notSent'))}</strong>${escapeHtml(t('copy.notSentText'))}</p>`;
}

/**
 * The sender's copy as one self-contained, accessible HTML document: `lang` set, no external
 * resources (styles inline, a print stylesheet), headings and description lists, every answer
 * escaped. The same data as JSON rides along in `<script type="application/json"
 * id="wmebv-sender-copy">` so the document alone is enough to check the receipt later.
 *
 * @param locale - the language of the document's own words; defaults to the copy's
 */
export function renderSenderCopyHtml(copy: SenderCopy, locale: string = copy.locale): string {
  const t = getTranslator(locale);
  const lang = locale.split('-')[0] === 'en' ? 'en' : 'nl';
  const title = t('copy.title', { formTitle: copy.form.title });
  const statusWord = copy.receipt ? copy.receipt.reference : copy.attempt ? t('copy.attempt') : t('copy.notSent');
  const empty = `<span class="empty">${escapeHtml(t('review.empty'))}</span>`;

  const sections = copy.review
    .map(
      (section) => `<section aria-labelledby="step-${escapeHtml(section.stepId)}">
<h3 id="step-${escapeHtml(section.stepId)}">${escapeHtml(section.title)}</h3>
<dl>${section.items
        .map((item) => row(item.label, item.empty ? empty : item.lines.map(escapeHtml).join('<br>'), ` data-field-id="${escapeHtml(item.fieldId)}"`))
        .join('\n')}</dl>
</section>`,
    )
    .join('\n');

  const declarations =
    copy.declarations.length === 0
      ? ''
      : `<h2>${escapeHtml(t('copy.declarations'))}</h2>
<ul>${copy.declarations
          .map((declaration) => `<li data-declaration-id="${escapeHtml(declaration.id)}">${escapeHtml(declaration.label)} (${escapeHtml(t('copy.agreedAt', { time: formatDateTime(declaration.agreedAt, locale) }))})</li>`)
          .join('\n')}</ul>`;

  const attachments =
    copy.attachments.length === 0
      ? `<p>${escapeHtml(t('copy.noAttachments'))}</p>`
      : `<table>
<thead><tr><th scope="col">${escapeHtml(t('copy.fileName'))}</th><th scope="col">${escapeHtml(t('copy.fileSize'))}</th><th scope="col">${escapeHtml(t('copy.fileHash'))}</th></tr></thead>
<tbody>${copy.attachments
          .map(
            (file) =>
              `<tr data-attachment-id="${escapeHtml(file.id)}"><td>${escapeHtml(file.name)}</td><td>${escapeHtml(formatBytes(file.size, locale))} <span class="code">(${file.size})</span></td><td class="code">${escapeHtml(file.sha256)}</td></tr>`,
          )
          .join('\n')}</tbody>
</table>`;

  const receipt = copy.receipt
    ? `<h2>${escapeHtml(t('copy.receipt'))}</h2>
<dl>
${row(t('copy.reference'), escapeHtml(copy.receipt.reference))}
${row(t('copy.receivedAt'), `<time datetime="${escapeHtml(copy.receipt.receivedAt)}">${escapeHtml(formatDateTime(copy.receipt.receivedAt, locale))}</time> <span class="code">(${escapeHtml(copy.receipt.receivedAt)})</span>`)}
${row(t('copy.digest'), `<span class="code">${escapeHtml(copy.receipt.digest.value)}</span>`)}
${row(t('copy.kid'), `<span class="code">${escapeHtml(copy.receipt.kid)}</span>`)}
${row(t('copy.signature'), `<span class="code">${escapeHtml(copy.receipt.signature)}</span>`)}
</dl>`
    : '';

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="wmebv-forms ${copy.format}">
<title>${escapeHtml(`${title} – ${statusWord}`)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
${statusBlock(copy, t, locale)}
<h1>${escapeHtml(title)}</h1>
<dl>
${row(t('copy.organisation'), escapeHtml(copy.organisation.name))}
${row(t('copy.form'), escapeHtml(t('copy.formVersion', { title: copy.form.title, id: copy.form.id, version: copy.form.version })))}
${row(t('copy.messageType'), escapeHtml(t(`messageType.${copy.messageType}`)))}
${row(t('copy.madeAt'), `<time datetime="${escapeHtml(copy.madeAt)}">${escapeHtml(formatDateTime(copy.madeAt, locale))}</time>`)}
</dl>
${receipt}
<h2>${escapeHtml(t('copy.answers'))}</h2>
${sections}
${declarations}
<h2>${escapeHtml(t('copy.attachments'))}</h2>
${attachments}
<p class="note">${escapeHtml(t('copy.madeInBrowser'))}</p>
</main>
<script type="application/json" id="${SENDER_COPY_DATA_ID}">${scriptJson(copy)}</script>
</body>
</html>
`;
}
