import type { FlowPosition, FormDefinition, SupportedLocale, ValidationError } from '@wmebv/core';
import { requiredErrorsOf } from './answer-change.js';
import type { ShownErrors } from './described-errors.js';
import type { KeptControls } from './kept-controls.js';
import type { LazyParts } from './lazy-parts.js';
import type * as SummaryPart from './summary-part.js';
import { summaryLinksTo } from './views/notices.js';

/**
 * What wmebv-form's validation passes keep (the sentences described, where the controls are), once
 * its lazy part `summary` has loaded: readied while the page is idle (docs/decisions.md, D2), and
 * how a pass that stays on its step is written in place (D7, summary-part.ts).
 */
export class ValidationPass {
  private kept?: { described: SummaryPart.DescribedErrors; controls: SummaryPart.KeptControls };

  constructor(
    private readonly host: Element,
    private readonly parts: LazyParts,
  ) {}

  /**
   * The errors with their sentences, for the summary and the fields, and where the controls are; none
   * until the part `summary` has loaded (asked for here: it renders the errors once it has).
   */
  shown(form: FormDefinition, errors: readonly ValidationError[], locale: string): { shown: ShownErrors; controls?: KeptControls } {
    const summary = errors.length > 0 ? this.parts.get('summary') : undefined;
    if (!summary) return { shown: NO_ERRORS };
    const { described, controls } = this.of(summary);
    return { shown: described.of(form, errors, locale, summary.describeValidationErrors), controls };
  }

  /** Readies the next pass: the sentences of the required questions, where the step's controls are, and the summary's heading and list. */
  prepare(form: FormDefinition, locale: SupportedLocale, position: FlowPosition): void {
    const summary = this.parts.loadedPart('summary');
    if (!summary) return;
    const { described, controls } = this.of(summary);
    summary.prepareSentences(described, form, requiredErrorsOf(form), locale);
    controls.prepare(position); // a question revealed later makes the pass look again
    this.host.querySelector('wmebv-error-summary')?.prepare(); // its heading and list, for the pass to fill in
  }

  /** Writes the pass from the errors shown `before` to `after` in place (summary-part.ts `showInPlace`); false when it cannot. */
  inPlace(form: FormDefinition, locale: SupportedLocale, before: readonly ValidationError[], after: readonly ValidationError[]): boolean {
    const summary = this.parts.loadedPart('summary');
    return Boolean(summary?.showInPlace(this.host, { ...this.of(summary), form, locale, links: summaryLinksTo }, before, after));
  }

  private of(summary: typeof SummaryPart): NonNullable<ValidationPass['kept']> {
    return (this.kept ??= { described: new summary.DescribedErrors(), controls: new summary.KeptControls(this.host) });
  }
}

/** What a form shows while it has no errors to show. */
const NO_ERRORS: ShownErrors = { list: [], byId: new Map() };
