/**
 * The audit as one self-contained HTML page for a policy officer: no scripts, no external assets, a
 * Content-Security-Policy that allows only its own style (by hash), headings in order, tables with
 * captions and header cells, verdicts in words (never colour alone), and a print style sheet.
 */
import { createHash } from 'node:crypto';
import type { Locale } from './articles.js';
import type { ArticleResult, FormReport, OrganisationReport } from './summarise.js';
import { NOT_VISIBLE, WORDS, type Words } from './texts.js';

const STYLE = `
:root { color: #1a1a1a; background: #fff; font: 100%/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; } h2 { font-size: 1.5rem; margin-top: 2.5rem; border-top: 3px solid #154273; padding-top: .75rem; }
h3 { font-size: 1.25rem; margin-top: 2rem; } h4 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; } h5 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: #154273; } a:focus-visible { outline: 3px solid #154273; outline-offset: 2px; }
.article, .form { border-left: 4px solid #b3c6dd; padding: .25rem 0 .25rem 1rem; margin: 1rem 0; }
dl { margin: 0; } dt { font-weight: 700; margin-top: .5rem; } dd { margin: 0; }
.tag { display: inline-block; font-size: .85rem; font-weight: 400; border: 1px solid #4a4a4a; border-radius: .25rem; padding: 0 .4rem; margin-left: .5rem; }
.verdict-does-not-comply { color: #a4001d; font-weight: 700; } .verdict-complies { color: #0b6b2e; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { border: 1px solid #767676; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f7; }
.severity-error { font-weight: 700; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
@media print {
  :root { font-size: 11pt; } body { max-width: none; padding: 0; } nav { display: none; }
  h2 { break-before: page; } .article, .form, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; } thead th { background: none; }
}
@page { margin: 1.5cm; }
`;

const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function renderHtml(reports: readonly OrganisationReport[], locale: Locale): string {
  const words = WORDS[locale];
  const hash = createHash('sha256').update(STYLE).digest('base64');
  const policy = `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  const contents = reports
    .map(
      (report, index) =>
        `<li><a href="#o${index}">${escape(words.organisation(report.name))}</a><ul>${report.forms.map((form, formIndex) => `<li><a href="#o${index}-f${formIndex}">${escape(form.title)}</a></li>`).join('')}</ul></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escape(words.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escape(words.title)}</h1>
<p>${escape(words.intro)}</p>
</header>
<nav aria-labelledby="contents"><h2 id="contents">${escape(words.contents)}</h2><ul>${contents}<li><a href="#not-visible">${escape(words.cannotSee)}</a></li></ul></nav>
<main>
${reports.map((report, index) => organisation(report, `o${index}`, words)).join('\n')}
<section aria-labelledby="not-visible">
<h2 id="not-visible">${escape(words.cannotSee)}</h2>
<p>${escape(words.cannotSeeIntro)}</p>
<table>
<caption>${escape(words.cannotSee)}</caption>
<thead><tr><th scope="col">${escape(words.article)}</th><th scope="col">${escape(words.asks)}</th><th scope="col">${escape(words.library)}</th></tr></thead>
<tbody>${NOT_VISIBLE.map((row) => `<tr><th scope="row">${escape(row.article)}</th><td>${escape(row.asks[locale])}</td><td>${escape(row.library[locale])}</td></tr>`).join('')}</tbody>
</table>
</section>
</main>
</body>
</html>
`;
}

function organisation(report: OrganisationReport, id: string, words: Words): string {
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${escape(words.organisation(report.name))}</h2>
<p>${escape(words.summary(report.forms.length, report.errors, report.warnings))}</p>
<h3>${escape(words.byArticle)}</h3>
${report.articles.map((article, index) => articleSection(article, `${id}-a${index}`, report, id, words)).join('\n')}
<h3>${escape(words.byForm)}</h3>
${report.forms.map((form, index) => formSection(form, `${id}-f${index}`, words)).join('\n')}
</section>`;
}

function articleSection(article: ArticleResult, id: string, report: OrganisationReport, orgId: string, words: Words): string {
  const anchor = (title: string): string => {
    const index = report.forms.findIndex((form) => form.title === title);
    return index === -1 ? escape(title) : `<a href="#${orgId}-f${index}">${escape(title)}</a>`;
  };
  const verdicts = article.verdicts?.length
    ? `<dt>${escape(words.verdictHeading)}</dt><dd><ul>${article.verdicts
        .map((entry) => `<li>${anchor(entry.form)}: <span class="verdict-${entry.verdict}">${escape(words.verdict[entry.verdict])}</span></li>`)
        .join('')}</ul></dd>`
    : '';
  const shortfalls = article.shortfalls.length
    ? `<ul>${article.shortfalls.map((entry) => `<li>${anchor(entry.form)} (${entry.findings.length})</li>`).join('')}</ul>`
    : escape(words.noShortfalls);
  return `<section class="article" aria-labelledby="${id}">
<h4 id="${id}">${escape(article.title)}<span class="tag">${escape(article.kind === 'convention' ? words.convention : words.law)}</span></h4>
<dl>
<dt>${escape(words.asks)}</dt><dd>${escape(article.asks)}</dd>
<dt>${escape(words.found)}</dt><dd>${escape(article.found)}</dd>
${verdicts}
<dt>${escape(words.shortfalls)}</dt><dd>${shortfalls}</dd>
<dt>${escape(words.check)}</dt><dd>${escape(article.check)}</dd>
${article.library ? `<dt>${escape(words.library)}</dt><dd>${escape(article.library)}</dd>` : ''}
</dl>
</section>`;
}

function formSection(form: FormReport, id: string, words: Words): string {
  const rows = form.findings
    .map(
      (finding) =>
        `<tr><td><code>${escape(`${finding.line}:${finding.column}`)}</code></td><td class="severity-${finding.severity}">${escape(words.severity[finding.severity])}</td><td><code>${escape(finding.ruleId)}</code>${finding.article ? `<br>${escape(finding.article)}` : ''}</td><td>${escape(finding.message)}</td></tr>`,
    )
    .join('');
  const table = form.findings.length
    ? `<table><caption>${escape(form.title)}</caption><thead><tr><th scope="col">${escape(words.where)}</th><th scope="col">${escape(words.severity.error)} / ${escape(words.severity.warning)}</th><th scope="col">${escape(words.rule)}</th><th scope="col">${escape(words.problemAndFix)}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${escape(words.noFindings)}</p>`;
  const notes = form.notes.length
    ? `<h5>${escape(words.notImported)} (${form.notes.length})</h5><ul>${form.notes.map((note) => `<li>${note.component ? `<code>${escape(note.component)}</code> ` : ''}${note.type ? `(${escape(note.type)}) ` : ''}${escape(note.reason)}</li>`).join('')}</ul>`
    : '';
  return `<section class="form" aria-labelledby="${id}">
<h4 id="${id}">${escape(form.title)}</h4>
<p><code>${escape(form.file)}</code> · ${escape(words.messageType)}: ${escape(form.messageType ?? words.unknownValue)}</p>
${form.readable ? '' : `<p>${escape(words.unreadable)}</p>`}
${form.unknown.length ? `<p>${escape(words.unknown(form.unknown))}</p>` : ''}
${table}
${notes}
</section>`;
}
