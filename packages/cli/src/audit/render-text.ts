/** The audit as Markdown (for a wiki or an issue) and as JSON (for tooling), from the same data as the HTML page. */
import type { Locale } from './articles.js';
import type { OrganisationReport } from './summarise.js';
import { NOT_VISIBLE, WORDS } from './texts.js';

/** Markdown text: table cells keep to one line, `|` escaped. */
const cell = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

export function renderMarkdown(reports: readonly OrganisationReport[], locale: Locale): string {
  const words = WORDS[locale];
  const lines: string[] = [`# ${words.title}`, '', words.intro, ''];
  for (const report of reports) {
    lines.push(
      `## ${words.organisation(report.name)}`,
      '',
      words.summary(report.forms.length, report.errors, report.warnings),
      '',
      `### ${words.byArticle}`,
      '',
    );
    for (const article of report.articles) {
      lines.push(`#### ${article.title} (${article.kind === 'convention' ? words.convention : words.law})`, '');
      lines.push(`- **${words.asks}:** ${article.asks}`, `- **${words.found}:** ${article.found}`);
      if (article.verdicts?.length) lines.push(`- **${words.verdictHeading}:**`);
      for (const entry of article.verdicts ?? []) lines.push(`  - ${entry.form}: **${words.verdict[entry.verdict]}**`);
      const shortfalls = article.shortfalls.map((entry) => `${entry.form} (${entry.findings.length})`).join(', ');
      lines.push(`- **${words.shortfalls}:** ${shortfalls || words.noShortfalls}`, `- **${words.check}:** ${article.check}`);
      if (article.library) lines.push(`- **${words.library}:** ${article.library}`);
      lines.push('');
    }
    lines.push(`### ${words.byForm}`, '');
    for (const form of report.forms) {
      lines.push(`#### ${form.title}`, '', `\`${form.file}\` · ${words.messageType}: ${form.messageType ?? words.unknownValue}`, '');
      if (!form.readable) lines.push(words.unreadable, '');
      if (form.unknown.length) lines.push(words.unknown(form.unknown), '');
      if (form.findings.length === 0) lines.push(words.noFindings, '');
      else {
        lines.push(
          `| ${words.where} | ${words.severity.error} / ${words.severity.warning} | ${words.rule} | ${words.problemAndFix} |`,
          '|---|---|---|---|',
        );
        for (const finding of form.findings) {
          lines.push(
            `| ${finding.line}:${finding.column} | ${words.severity[finding.severity]} | \`${finding.ruleId}\`${finding.article ? ` ${cell(finding.article)}` : ''} | ${cell(finding.message)} |`,
          );
        }
        lines.push('');
      }
      if (form.notes.length) {
        lines.push(`**${words.notImported}:**`, '');
        for (const note of form.notes)
          lines.push(`- ${note.component ? `\`${note.component}\` ` : ''}${note.type ? `(${note.type}) ` : ''}${note.reason}`);
        lines.push('');
      }
    }
  }
  lines.push(`## ${words.cannotSee}`, '', words.cannotSeeIntro, '', `| ${words.article} | ${words.asks} | ${words.library} |`, '|---|---|---|');
  for (const row of NOT_VISIBLE) lines.push(`| ${row.article} | ${cell(row.asks[locale])} | ${cell(row.library[locale])} |`);
  return lines.join('\n') + '\n';
}

export function renderJson(reports: readonly OrganisationReport[], locale: Locale): string {
  const notVisible = NOT_VISIBLE.map((row) => ({ article: row.article, asks: row.asks[locale], library: row.library[locale] }));
  return JSON.stringify({ locale, organisations: reports.map((report) => ({ name: report.name ?? null, ...report })), notVisible }, null, 2) + '\n';
}
