import { startPosition, type FormDefinition, type OutageNotice, type ValuesResult } from '@wmebv/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldAnswer } from '../events.js';
import { CheckedAnswers, NOTHING_REMEMBERED, withAnswer, withDeclaration, type AnswersState } from './answer-change.js';
import { staleAfterRestore } from './page-restore.js';
import { FormSession, restoreProgress, type RestoredProgress } from './session-store.js';
import type { PreparedEnvelope } from './submission/envelope.js';
import type { SubmissionController } from './submission/submission-controller.js';

/** Where the user is, what they answered and agreed to, and the file fields to choose again. */
export type Progress = Omit<RestoredProgress, 'idempotencyKey'>;

type Files = AnswersState['files'];

/**
 * A form's progress and everything kept with it: the answers with their position, declarations and
 * late reason (saved in the session after every change, `session-store.ts`), the chosen files (in
 * memory only), answers of hidden fields (remembered in memory until shown again), and clearing.
 * Its host re-renders whenever any of these change. Different answers are a different message, so a
 * change of answers asks the submission for a new idempotency key.
 */
export class ProgressController implements ReactiveController {
  /** The progress being shown; replaced (never mutated) on every change. */
  state: Progress = { values: {}, position: startPosition(), declarations: {}, lateReason: '', filesToReattach: [], fileNames: {} };
  /** The chosen files per file field, in memory only (files are never stored). */
  files: Files = {};
  private remembered: AnswersState['remembered'] = NOTHING_REMEMBERED;
  private session?: FormSession;
  private readonly checked = new CheckedAnswers();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly submission: SubmissionController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Takes up what the session kept of this definition (progress, or the receipt once sent). */
  restore(form: FormDefinition, session: FormSession): void {
    this.session = session;
    const { idempotencyKey, ...progress } = restoreProgress(form, session.loadProgress());
    this.submission.restore(session.loadReceipt(), idempotencyKey);
    this.state = progress;
    this.files = {};
    this.remembered = NOTHING_REMEMBERED;
    this.host.requestUpdate();
  }

  /**
   * Whether the session holds answers or a receipt this page could not read (the chunk that reads
   * them did not load, `session-store.ts`): they are kept, and the host shows no page that would
   * start empty (load-failure.ts).
   */
  get unread(): boolean {
    return this.session?.unread ?? false;
  }

  /** Reads the session again after its reading failed to load; resolves whether it could (what it holds is then taken up). */
  async readAgain(form: FormDefinition): Promise<boolean> {
    const session = this.session;
    if (!session?.unread) return true;
    if ((await session.whenParsable()) === false) return false;
    if (this.session === session) this.restore(form, session);
    return true;
  }

  /**
   * The page is shown again from the back/forward cache: when the session no longer holds what it
   * shows (sent or wiped meanwhile, `page-restore.ts`), take the session up again and call
   * `onRestored`. At once when the session's parser is there (it loads as soon as anything is saved),
   * else once it is; nothing when it cannot load.
   */
  restoredFromCache(form: FormDefinition, onRestored: () => void): void {
    const session = this.session;
    if (!session) return;
    const check = (): void => {
      if (this.session !== session || !staleAfterRestore(session, this.submission.sent?.receipt.reference)) return;
      this.restore(form, session);
      onRestored();
    };
    const waiting = session.whenParsable();
    if (!waiting) return check();
    void waiting.then((parsable) => parsable && check());
  }

  /** The answers checked by core, once per change of answers or files. */
  answers(form: FormDefinition): ValuesResult {
    return this.checked.of(form, this.state.values, this.files);
  }

  /** Field `id` got `answer` (files stay in memory; hidden fields' answers are remembered). */
  answer(form: FormDefinition, id: string, answer: FieldAnswer): void {
    const { values, files, filesToReattach, remembered } = withAnswer(
      form,
      { ...this.state, files: this.files, remembered: this.remembered },
      id,
      answer,
    );
    [this.files, this.remembered] = [files, remembered];
    this.change({ values, filesToReattach: [...filesToReattach] }, true);
  }

  /** The user ticked (`agreed`) or unticked declaration `id`. */
  declare(id: string, agreed: boolean): void {
    this.change({ declarations: withDeclaration(this.state.declarations, id, agreed) }, true);
  }

  /** Changes the progress and saves it with the idempotency key; `answersChanged` makes the next send a new message. */
  change(change: Partial<Progress> = {}, answersChanged = false): void {
    this.state = { ...this.state, ...change };
    if (answersChanged) this.submission.answersChanged();
    this.session?.saveProgress(this.state, this.submission.idempotencyKey, this.files);
    this.host.requestUpdate();
  }

  /** The message to send: the visible answers, declarations, late reason and files, with the outage notices counted. */
  async envelope(form: FormDefinition, locale: string, notices: OutageNotice[]): Promise<PreparedEnvelope> {
    const { declarations, lateReason } = this.state;
    // Not guarded as lazy-parts.ts guards its parts, because no path reaches this unloaded: the only
    // caller is "Verstuur", the submit of the review's own template (renderReviewStep), which exists
    // only once this chunk loaded (lazy part `review`); a module loaded once resolves from the page's
    // module map without a request, offline too. A restored receipt shows no "Verstuur".
    const { prepareEnvelope } = await import('./after-steps.js');
    return prepareEnvelope({ form, locale, values: this.answers(form).values, declarations, files: this.files, lateReason, notices });
  }

  /** Sent: the session keeps the receipt instead of the answers, and nothing hidden is remembered. */
  received(): void {
    this.remembered = NOTHING_REMEMBERED;
    if (this.submission.sent) this.session?.saveReceipt(this.submission.sent);
  }

  /**
   * "Wis mijn gegevens": answers, files, what was remembered, the message's key and the saved
   * progress go (AVG). Last, after the host's move to the start (which saves).
   */
  clear(form: FormDefinition): void {
    this.submission.reset();
    this.files = {};
    this.remembered = NOTHING_REMEMBERED;
    this.state = restoreProgress(form, undefined);
    this.session?.clearProgress();
    this.host.requestUpdate();
  }
}
