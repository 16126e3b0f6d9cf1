/**
 * Core's `normaliseFileName` (with filenamify), which only a form with a file question needs
 * (issue 11: a small first load). The file question's lazy part hands it over when it loads
 * (`lazy-parts.ts`), before the first render of such a definition, so before any file can be chosen.
 * A module of its own so that the sending code does not import the part loader, which imports the
 * sending code's part (a cycle that `pnpm lint:deps` refuses).
 */
let rule: ((name: string) => string) | undefined;

/** Called once the file question's part has loaded. */
export function setFileNameRule(normalise: (name: string) => string): void {
  rule = normalise;
}

/** The name a file travels and is stored under (core's one rule), so the receipt's digest matches. */
export function normaliseFileName(name: string): string {
  if (!rule) throw new Error("wmebv-form: a file was chosen before the file question's part loaded");
  return rule(name);
}
