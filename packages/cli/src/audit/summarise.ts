/**
 * The audit as data: per organisation, per article what the law asks, what was found, which forms
 * fall short (by the findings of core's rules that cite the article), what a person must still
 * check, and a verdict only where a check settles the legal question. The HTML, Markdown and JSON
 * renderings all come from this.
 */
import { localize, type LocalizedString } from '@wmebv/core';
import type { LocatedFinding } from '../lint.js';
import { ARTICLES, articleFor, isLegalArticle, type ArticleEntry, type Locale } from './articles.js';
import type { AuditedForm } from './collect.js';

export type Verdict = 'complies' | 'does-not-comply' | 'not-applicable';

export interface ArticleResult {
  key: string;
  title: string;
  kind: 'law' | 'convention';
  asks: string;
  found: string;
  check: string;
  library?: string;
  /** Only where a check settles the legal question; forms where it does not apply are left out. */
  verdicts?: Array<{ form: string; verdict: Exclude<Verdict, 'not-applicable'> }>;
  /** Forms with findings of rules that cite this article. */
  shortfalls: Array<{ form: string; findings: LocatedFinding[] }>;
}

export interface FormReport {
  file: string;
  id: string;
  title: string;
  messageType?: string;
  readable: boolean;
  unknown: string[];
  findings: LocatedFinding[];
  notes: AuditedForm['notes'];
}

export interface OrganisationReport {
  /** Undefined when the definitions name no organisation. */
  name?: string;
  articles: ArticleResult[];
  forms: FormReport[];
  errors: number;
  warnings: number;
}

export function summarise(forms: readonly AuditedForm[], locale: Locale): OrganisationReport[] {
  const groups = new Map<string | undefined, AuditedForm[]>();
  for (const form of forms) {
    const name = form.facts.organisationName;
    groups.set(name, [...(groups.get(name) ?? []), form]);
  }
  const names = [...groups.keys()].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b, 'nl')));
  return names.map((name) => organisation(name, groups.get(name)!, locale));
}

function organisation(name: string | undefined, forms: readonly AuditedForm[], locale: Locale): OrganisationReport {
  const readable = forms.filter((form) => form.result.readable);
  const facts = readable.map((form) => form.facts);
  const articles: ArticleResult[] = ARTICLES.map((entry) => ({
    key: entry.key,
    title: entry.title,
    kind: entry.kind,
    asks: entry.asks[locale],
    found: entry.found(facts, locale),
    check: entry.check[locale],
    ...(entry.library ? { library: entry.library[locale] } : {}),
    ...(entry.settles ? { verdicts: verdicts(entry, readable, locale) } : {}),
    shortfalls: shortfalls(readable, locale, (article) => articleFor(article) === entry),
  }));
  // Rules citing an article this table does not know (a rule added to core later) still appear.
  const other = new Set(
    readable
      .flatMap((form) => form.result.findings.map((finding) => finding.article))
      .filter((article) => isLegalArticle(article) && !articleFor(article)),
  );
  for (const article of [...other].sort()) {
    const matching = shortfalls(readable, locale, (candidate) => candidate === article);
    const count = matching.reduce((sum, entry) => sum + entry.findings.length, 0);
    articles.push({
      key: article!,
      title: article!,
      kind: 'law',
      asks:
        locale === 'nl'
          ? `Zie docs/rules.md voor wat de regels bij ${article} controleren.`
          : `See docs/rules.md for what the rules citing ${article} check.`,
      found:
        locale === 'nl'
          ? `${count} ${count === 1 ? 'bevinding' : 'bevindingen'} in ${matching.length} ${matching.length === 1 ? 'formulier' : 'formulieren'}.`
          : `${count} ${count === 1 ? 'finding' : 'findings'} in ${matching.length} ${matching.length === 1 ? 'form' : 'forms'}.`,
      check:
        locale === 'nl'
          ? 'Of de bevindingen de wettelijke vraag beantwoorden; dat stelt de controle zelf niet vast.'
          : 'Whether the findings answer the legal question; the check does not settle it.',
      shortfalls: matching,
    });
  }
  const all = forms.flatMap((form) => form.result.findings);
  const errors = all.filter((finding) => finding.severity === 'error').length;
  return {
    ...(name !== undefined ? { name } : {}),
    articles,
    forms: forms.map((form) => ({
      file: form.file,
      id: form.id,
      title: titleOf(form.title, locale, form.id),
      ...(form.facts.messageType ? { messageType: form.facts.messageType } : {}),
      readable: form.result.readable,
      unknown: form.unknown,
      findings: form.result.findings,
      notes: form.notes,
    })),
    errors,
    warnings: all.length - errors,
  };
}

function verdicts(entry: ArticleEntry, forms: readonly AuditedForm[], locale: Locale): NonNullable<ArticleResult['verdicts']> {
  return forms.flatMap((form) => {
    const settled = entry.settles!(form.facts);
    return settled === undefined
      ? []
      : [{ form: titleOf(form.title, locale, form.id), verdict: settled ? ('complies' as const) : ('does-not-comply' as const) }];
  });
}

function shortfalls(forms: readonly AuditedForm[], locale: Locale, belongs: (article: string | undefined) => boolean): ArticleResult['shortfalls'] {
  return forms
    .map((form) => ({ form: titleOf(form.title, locale, form.id), findings: form.result.findings.filter((finding) => belongs(finding.article)) }))
    .filter((entry) => entry.findings.length > 0);
}

function titleOf(title: unknown, locale: Locale, fallback: string): string {
  if (typeof title === 'string' && title.trim() !== '') return title;
  if (typeof title === 'object' && title !== null) {
    const text = localize(title as LocalizedString, locale);
    if (text.trim() !== '') return text;
  }
  return fallback;
}
