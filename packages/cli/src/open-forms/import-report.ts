import type { ImportedForm } from './convert-form.js';
import type { ReadFailure } from './read-export.js';

const KIND_WORDS = { 'not-imported': 'not imported', changed: 'changed', 'needs-input': 'needs input' } as const;

/**
 * The import report: per form, where it was written and each note (per component where it is about
 * one); then what could not be read. Text for people, JSON for tooling.
 */
export function formatImportReport(
  forms: readonly ImportedForm[],
  written: readonly string[],
  failures: readonly ReadFailure[],
  format: 'text' | 'json',
): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        {
          forms: forms.map((form, index) => ({
            source: form.source,
            slug: form.slug,
            name: form.name,
            file: written[index],
            release: form.release,
            notes: form.notes,
          })),
          failures,
        },
        null,
        2,
      ) + '\n'
    );
  }
  const lines: string[] = [];
  forms.forEach((form, index) => {
    lines.push(`${form.name} (${form.slug}) from ${form.source}${form.release ? `, Open Forms ${form.release}` : ''} → ${written[index]}`);
    if (form.notes.length === 0) lines.push('  everything imported');
    for (const note of form.notes) {
      const where = note.component ? `${note.component}${note.type ? ` (${note.type})` : ''}` : (note.type ?? 'form');
      lines.push(`  ${KIND_WORDS[note.kind]}: ${where}: ${note.reason}`);
    }
  });
  for (const failure of failures) lines.push(`${failure.source}: not imported: ${failure.problem}`);
  const notes = forms.reduce((sum, form) => sum + form.notes.length, 0);
  lines.push(
    `${forms.length} ${forms.length === 1 ? 'form' : 'forms'} imported with ${notes} ${notes === 1 ? 'note' : 'notes'}; ${failures.length} not imported.`,
  );
  return lines.join('\n') + '\n';
}
