import {
  buildReview,
  describeValidationError,
  allFields,
  getTranslator,
  localize,
  resolveLocale,
  stepInputIds,
  validateValues,
  visibleFieldIds,
  type Envelope,
  type Field,
  type FieldValue,
  type FieldValues,
  type Finding,
  type OutageNotice,
  type FormDefinition,
  type Receipt,
  type Translate,
  type ValidationError,
} from '@wmebv/core';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../error-summary/error-summary.js';
import '../fields/checkbox/checkbox.js';
import '../fields/checkbox-group/checkbox-group.js';
import '../fields/date-field/date-field.js';
import '../fields/fieldset/fieldset.js';
import '../fields/select/select.js';
import '../fields/file-upload/file-upload.js';
import '../fields/radio-group/radio-group.js';
import '../fields/text-field/text-field.js';
import '../fields/textarea/textarea.js';
import '../receipt/receipt.js';
import '../review/review.js';
import type { ChangeRequestDetail } from '../review/review.js';
import { adoptStyles } from '../util/adopt-styles.js';
import { attachmentId, describeFiles, hashFiles } from './attachments.js';
import { describeFindings, loadDefinition } from './definition-loader.js';
import css from './form.css?inline';
import { renderField } from './render-field.js';
import { sendEnvelope } from './send.js';
import { ReceiptSessionStore, SessionStore } from './session-store.js';
import { renderCopyButtons } from '../copy/download.js';
import { renderSupport, renderUnavailable } from './support.js';
import '../outage-banner/outage-banner.js';
import { deadlineSeemsPassed, renderDeadlineHint } from './deadline-hint.js';
import { downloadProofOfAttempt, type FailedAttempt } from './proof-of-attempt.js';

type Phase = 'loading' | 'unavailable' | 'step' | 'review' | 'sending' | 'receipt';

/** Detail of `wmebv-definition-error`: why the form cannot be shown. */
export interface DefinitionErrorDetail {
  source: string;
  findings: Finding[];
  /** One readable line per finding, in English, for the console and logs. */
  messages: string[];
}

let formCount = 0;

/**
 * A whole Wmebv form from a definition: its steps, the check-your-answers step with the
 * declarations, sending, and the receipt.
 *
 * - Validation happens when the user moves on (next, send), never while typing; errors show in an
 *   error summary that takes focus and inline, with the same words (GOV.UK pattern).
 * - Focus moves to the new step's heading on every step change; `document.title` names the step,
 *   prefixed "Fout: " while errors are shown (WCAG 2.2 SC 2.4.2, 3.3.1).
 * - Help, the privacy statement and the accessibility statement are in the same place on every
 *   step (WCAG 2.2 SC 3.2.6; Awb 2:1 lid 1).
 * - Answers live in `sessionStorage` only and are cleared after sending and by "Wis mijn gegevens" (AVG).
 * - A definition with parse or rule errors is never rendered: the citizen sees that the form is
 *   unavailable with the support route; developers get the findings on the console and as an event.
 *
 * @element wmebv-form
 * @attr src - URL of the definition JSON (or set the `definition` property)
 * @prop {unknown} definition - the definition, as an object or JSON text
 * @attr action - URL of the intake endpoint (`POST /api/forms/:formId/submissions`)
 * @attr receipt-keys - URL of the JWK Set to check receipts with; defaults to `/api/receipt-key`
 *   next to an `action` of the form `…/api/forms/:formId/submissions`
 * @attr locale - `nl` (default) or `en`; defaults to the closest `lang`
 * @attr outages - URL of the outage notices JSON; shows `wmebv-outage-banner` above the form (Awb 2:21)
 * @fires wmebv-definition-error - {@link DefinitionErrorDetail} when the definition is not usable
 * @fires wmebv-submitted - `{ receipt }` after the intake endpoint confirmed receipt
 */
@customElement('wmebv-form')
export class WmebvForm extends LitElement {
  @property({ attribute: false }) definition?: unknown;
  @property() src?: string;
  @property() action?: string;
  @property({ attribute: 'receipt-keys' }) receiptKeys?: string;
  @property() locale?: string;
  /** URL of the outage notices document (`OutageNotices`), shown in a banner above the form. */
  @property() outages?: string;

  @state() private phase: Phase = 'loading';
  @state() private form?: FormDefinition;
  @state() private stepIndex = 0;
  @state() private values: FieldValues = {};
  @state() private files: Record<string, readonly File[]> = {};
  @state() private declarations: Record<string, string> = {};
  /** Errors being shown: only set when the user moves on. */
  @state() private errors: ValidationError[] = [];
  @state() private returnToReview = false;
  @state() private notice?: 'network' | 'server' | 'rejected' | 'version' | 'cleared' | 'outage';
  /** Why the objection is late (Awb 6:11), when the period seems to have passed; sent as `lateReason`. */
  @state() private lateReason = '';
  /** The last send that failed, for the proof of attempt (Awb 2:21 lid 3). */
  @state() private failedAttempt?: FailedAttempt;
  /** Notices the intake server sent with a 503, shown in the banner even without a feed. */
  @state() private serverNotices: OutageNotice[] = [];
  /** Every notice the banner read (resolved ones too): the deadline hint counts them like isOnTime does. */
  @state() private feedNotices: OutageNotice[] = [];
  /** File fields whose files were chosen before a reload: files are never kept, so they must be chosen again. */
  @state() private filesToReattach: string[] = [];
  @state() private receipt?: Receipt;
  /** The envelope the receipt confirms (digest check, sender's copy). */
  @state() private sentEnvelope?: Envelope;

  private readonly uid = `wmebv-form-${++formCount}`;
  private fallback: Node[] = [];
  private store?: SessionStore;
  private receiptStore?: ReceiptSessionStore;
  private idempotencyKey?: string;
  private loadToken = 0;
  private originalTitle?: string;
  /** What to focus after the next render. */
  private pendingFocus?: { kind: 'heading' } | { kind: 'summary' } | { kind: 'field'; id: string } | { kind: 'change'; id: string } | { kind: 'receipt' };

  protected override createRenderRoot(): HTMLElement {
    // Children present before upgrade are fallback content ("Werkt dit formulier niet? Bel ...").
    // Keep them to show with the "temporarily unavailable" message.
    this.fallback = [...this.childNodes];
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode(), css);
    this.originalTitle ??= document.title;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.originalTitle !== undefined) document.title = this.originalTitle;
  }

  private get language(): string {
    return resolveLocale(this.locale || this.closest('[lang]')?.getAttribute('lang'));
  }

  private get t(): Translate {
    return getTranslator(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition') || changed.has('src')) void this.load();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.phase = 'loading';
    const loaded = await loadDefinition({ definition: this.definition, src: this.src });
    if (token !== this.loadToken) return; // a newer definition arrived meanwhile
    if (!loaded.ok) {
      this.form = undefined;
      this.phase = 'unavailable';
      const detail: DefinitionErrorDetail = {
        source: this.src ?? 'definition property',
        findings: loaded.findings,
        messages: describeFindings(loaded.findings),
      };
      console.error(`wmebv-form: the form definition (${detail.source}) is not usable:\n${detail.messages.join('\n')}`);
      this.dispatchEvent(new CustomEvent('wmebv-definition-error', { detail, bubbles: true, composed: true }));
      return;
    }
    const definition = loaded.definition;
    this.form = definition;
    this.store = new SessionStore(`wmebv-form:${definition.id}@${definition.version}`);
    this.receiptStore = new ReceiptSessionStore(`wmebv-receipt:${definition.id}@${definition.version}`);
    const sent = this.receiptStore.load();
    if (sent) {
      // A reload of the receipt page shows the receipt again (kept in sessionStorage only).
      this.receipt = sent.receipt;
      this.sentEnvelope = sent.envelope;
      this.phase = 'receipt';
      this.errors = [];
      return;
    }
    const saved = this.store.load();
    this.idempotencyKey = saved?.idempotencyKey;
    this.values = saved?.values ?? {};
    // Files are not kept across a reload (only their ids were): drop those answers and say so.
    this.filesToReattach = allFields(definition)
      .map(({ field }) => field)
      .filter((field) => field.type === 'file' && Array.isArray(this.values[field.id]) && (this.values[field.id] as string[]).length > 0)
      .map((field) => field.id);
    if (this.filesToReattach.length > 0) {
      this.values = Object.fromEntries(Object.entries(this.values).filter(([id]) => !this.filesToReattach.includes(id)));
    }
    this.declarations = saved?.declarations ?? {};
    this.lateReason = saved?.lateReason ?? '';
    this.stepIndex = Math.min(Math.max(saved?.stepIndex ?? 0, 0), definition.steps.length);
    this.phase = this.stepIndex === definition.steps.length ? 'review' : 'step';
    this.errors = [];
  }

  protected override updated(): void {
    this.updateTitle();
    const focus = this.pendingFocus;
    if (!focus) return;
    this.pendingFocus = undefined;
    // Children (fields, summary, receipt) render in their own update; wait for them.
    void this.childrenReady().then(() => {
      if (focus.kind === 'heading') this.querySelector<HTMLElement>('.wmebv-form__step-heading')?.focus();
      else if (focus.kind === 'summary') this.focusProblem();
      else if (focus.kind === 'receipt') this.querySelector('wmebv-receipt')?.focus();
      else if (focus.kind === 'change') this.querySelector('wmebv-review')?.focusChange(focus.id);
      else this.fieldElement(focus.id)?.focusControl();
    });
  }

  /** Focus on what went wrong: the error summary, or the notice when sending failed without field errors. */
  private focusProblem(): void {
    const notice = this.querySelector<HTMLElement>('.wmebv-form__notice-heading');
    if (notice) notice.focus();
    else this.querySelector('wmebv-error-summary')?.focus();
  }

  private async childrenReady(): Promise<void> {
    const pending = [...this.querySelectorAll('*')].filter((el): el is LitElement => el instanceof LitElement);
    await Promise.all(pending.map((el) => el.updateComplete));
  }

  private updateTitle(): void {
    if (!this.form) return;
    const formTitle = localize(this.form.title, this.language);
    const t = this.t;
    let page = formTitle;
    if (this.phase === 'step') page = `${localize(this.currentStep?.title, this.language)} – ${formTitle}`;
    if (this.phase === 'review' || this.phase === 'sending') page = `${t('review.title')} – ${formTitle}`;
    if (this.phase === 'receipt' && this.receipt) page = `${t('receipt.heading', { reference: this.receipt.reference })} – ${formTitle}`;
    document.title = (this.errors.length > 0 ? t('form.errorTitlePrefix') : '') + page;
  }

  private get currentStep(): FormDefinition['steps'][number] | undefined {
    return this.form?.steps[this.stepIndex];
  }

  private fieldElement(id: string): (HTMLElement & { focusControl(): void; controlId: string }) | null {
    return this.querySelector(`[data-field-id="${CSS.escape(id)}"]`);
  }

  // ---- answers -------------------------------------------------------------------------------

  private onFieldEvent(event: Event): void {
    const host = (event.target as Element | null)?.closest?.('[data-field-id]') as
      | (HTMLElement & { value?: unknown; checked?: boolean; files?: File[] })
      | null;
    if (!host || !this.form) return;
    const id = host.dataset['fieldId']!;
    if (host.localName === 'wmebv-file-upload') {
      this.files = { ...this.files, [id]: [...(host.files ?? [])] };
      this.filesToReattach = this.filesToReattach.filter((field) => field !== id);
      this.values = { ...this.values, [id]: (host.files ?? []).map((_, index) => attachmentId(id, index)) };
    } else if (host.localName === 'wmebv-checkbox') {
      this.values = { ...this.values, [id]: host.checked === true };
    } else if (host.localName === 'wmebv-checkbox-group') {
      this.values = { ...this.values, [id]: Array.isArray(host.value) ? host.value.map(String) : [] };
    } else if (host.localName === 'wmebv-fieldset') {
      return; // a fieldset has no answer of its own
    } else {
      this.values = { ...this.values, [id]: String(host.value ?? '') };
    }
    this.dropHiddenAnswers();
    this.idempotencyKey = undefined; // different answers are a different message
    this.saveProgress();
  }

  /** A field hidden by `visibleWhen` disappears with its answer (DESIGN.md). */
  private dropHiddenAnswers(): void {
    if (!this.form) return;
    const visible = visibleFieldIds(this.form, this.values);
    const hidden = Object.keys(this.values).filter((id) => !visible.has(id));
    if (hidden.length === 0) return;
    const values = { ...this.values };
    const files = { ...this.files };
    for (const id of hidden) {
      delete values[id];
      delete files[id];
    }
    this.values = values;
    this.files = files;
  }

  private saveProgress(): void {
    this.store?.save({ values: this.values, stepIndex: this.stepIndex, declarations: this.declarations, idempotencyKey: this.idempotencyKey, lateReason: this.lateReason || undefined });
  }

  private clearData(): void {
    this.store?.clear();
    this.values = {};
    this.files = {};
    this.declarations = {};
    this.lateReason = '';
    this.failedAttempt = undefined;
    this.errors = [];
    this.stepIndex = 0;
    this.returnToReview = false;
    this.phase = 'step';
    this.notice = 'cleared';
    this.pendingFocus = { kind: 'heading' };
  }

  // ---- navigation ----------------------------------------------------------------------------

  private validate(fieldIds?: ReadonlySet<string>): ValidationError[] {
    if (!this.form) return [];
    return validateValues(this.form, this.values, describeFiles(this.files), { only: fieldIds }).errors;
  }

  private onStepSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const step = this.currentStep;
    if (!step || !this.form) return;
    const errors = this.validate(stepInputIds(step));
    if (errors.length > 0) return this.showErrors(errors);
    if (this.returnToReview || this.stepIndex === this.form.steps.length - 1) return this.goToReview();
    this.goToStep(this.stepIndex + 1);
  }

  private goToStep(index: number, focus: WmebvForm['pendingFocus'] = { kind: 'heading' }): void {
    this.stepIndex = index;
    this.phase = 'step';
    this.errors = [];
    this.notice = undefined;
    this.pendingFocus = focus;
    this.saveProgress();
  }

  private goBack(): void {
    if (this.phase === 'review') return this.goToStep(this.form!.steps.length - 1);
    if (this.stepIndex > 0) this.goToStep(this.stepIndex - 1);
  }

  /** Check every step before the review: a change may have made another step incomplete. */
  private goToReview(focus: WmebvForm['pendingFocus'] = { kind: 'heading' }): void {
    const form = this.form!;
    const errors = this.validate();
    if (errors.length > 0) {
      const firstStep = form.steps.findIndex((step) => stepInputIds(step).has(errors[0]!.field));
      this.stepIndex = Math.max(firstStep, 0);
      this.phase = 'step';
      const ids = stepInputIds(form.steps[this.stepIndex]!);
      return this.showErrors(errors.filter((error) => ids.has(error.field)));
    }
    this.stepIndex = form.steps.length;
    this.phase = 'review';
    this.returnToReview = false;
    this.errors = [];
    this.pendingFocus = focus;
    this.saveProgress();
  }

  private showErrors(errors: ValidationError[]): void {
    this.errors = errors;
    this.pendingFocus = { kind: 'summary' };
  }

  private onChangeRequest(event: CustomEvent<ChangeRequestDetail>): void {
    const index = this.form!.steps.findIndex((step) => step.id === event.detail.stepId);
    if (index < 0) return;
    this.returnToReview = true;
    this.goToStep(index, { kind: 'field', id: event.detail.fieldId });
  }

  // ---- sending -------------------------------------------------------------------------------

  private onDeclarationChange(id: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const declarations = { ...this.declarations };
    if (checked) declarations[id] = new Date().toISOString();
    else delete declarations[id];
    this.declarations = declarations;
    this.idempotencyKey = undefined;
    this.saveProgress();
  }

  private async onSend(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending') return; // a second click while sending sends nothing twice
    const form = this.form!;
    const missing = (form.declarations ?? []).filter((declaration) => declaration.required && !this.declarations[declaration.id]);
    if (missing.length > 0) {
      return this.showErrors(
        missing.map((declaration) => ({
          field: declaration.id,
          target: 'declaration' as const,
          rule: 'required' as const,
          params: {},
          messageKey: 'validation.requiredDeclaration',
        })),
      );
    }
    this.phase = 'sending';
    this.errors = [];
    this.notice = undefined;
    const attachments = await hashFiles(this.files);
    const normalised = validateValues(form, this.values, attachments).values;
    const envelope: Envelope = {
      formId: form.id,
      formVersion: form.version,
      locale: this.language,
      values: normalised,
      declarations: this.declarations,
      attachments,
      // Only while the period seems to have passed: a corrected date takes the reason away (Awb 6:11).
      ...(this.lateReason.trim() && deadlineSeemsPassed(form, normalised, this.outageNotices()) ? { lateReason: this.lateReason.trim() } : {}),
    };
    const filesById = new Map(
      Object.entries(this.files).flatMap(([field, list]) => list.map((file, index) => [attachmentId(field, index), file] as const)),
    );
    this.idempotencyKey ??= crypto.randomUUID();
    this.saveProgress(); // before sending: a reload mid-send resends under the same key
    const outcome = await sendEnvelope(this.action ?? '', envelope, filesById, this.idempotencyKey);
    switch (outcome.kind) {
      case 'received':
        this.receipt = outcome.receipt;
        this.failedAttempt = undefined;
        this.sentEnvelope = envelope;
        this.phase = 'receipt';
        this.store?.clear();
        this.receiptStore?.save({ receipt: outcome.receipt, envelope });
        this.pendingFocus = { kind: 'receipt' };
        this.dispatchEvent(new CustomEvent('wmebv-submitted', { detail: { receipt: outcome.receipt }, bubbles: true, composed: true }));
        return;
      case 'rejected': {
        this.notice = 'rejected';
        const fieldError = outcome.errors.find((error) => error.target === 'field');
        if (fieldError) {
          const index = form.steps.findIndex((step) => stepInputIds(step).has(fieldError.field));
          if (index >= 0) {
            this.stepIndex = index;
            this.phase = 'step';
            this.returnToReview = true;
            const ids = stepInputIds(form.steps[index]!);
            return this.showErrors(outcome.errors.filter((error) => ids.has(error.field)));
          }
        }
        this.phase = 'review';
        return this.showErrors(outcome.errors);
      }
      default:
        this.failedAttempt = {
          at: new Date().toISOString(),
          outcome,
          envelope,
          idempotencyKey: this.idempotencyKey,
          notice: (outcome.kind === 'outage' ? outcome.notice : undefined) ?? this.bannerOutage(),
        };
        if (outcome.kind === 'outage' && outcome.notice) this.serverNotices = [outcome.notice];
        this.notice =
          outcome.kind === 'network-error' ? 'network' : outcome.kind === 'version-changed' ? 'version' : outcome.kind === 'outage' ? 'outage' : 'server';
        this.phase = 'review';
        this.pendingFocus = { kind: 'summary' };
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): unknown {
    // The outage banner sits outside the phase's template, so no re-render ever re-creates it.
    const banner =
      this.outages || this.serverNotices.length > 0
        ? html`<wmebv-outage-banner
            src=${this.outages ?? nothing}
            channel="web-form"
            locale=${this.language}
            .notices=${this.serverNotices}
            @wmebv-outage-notices=${(event: CustomEvent<{ all?: OutageNotice[] }>) => {
              if (event.detail.all) this.feedNotices = event.detail.all;
            }}
          ></wmebv-outage-banner>`
        : nothing;
    return html`${banner}${this.renderContent()}`;
  }

  /** The notices the deadline hint counts: the feed's and any the intake server sent with a 503. */
  private outageNotices(): OutageNotice[] {
    const ids = new Set(this.serverNotices.map((notice) => notice.id));
    return [...this.serverNotices, ...this.feedNotices.filter((notice) => !ids.has(notice.id))];
  }

  /** After a reload: which files to choose again (files are never kept in the browser's storage). */
  private renderReattach(form: FormDefinition, locale: string): unknown {
    if (this.filesToReattach.length === 0 || this.phase === 'receipt') return nothing;
    const labels = allFields(form)
      .map(({ field }) => field)
      .filter((field) => this.filesToReattach.includes(field.id))
      .map((field) => ('label' in field ? localize(field.label, locale) : field.id));
    return html`<div class="wmebv-form__reattach" role="status">
      <p>${this.t('attempt.reattach', { fields: labels.map((label) => `"${label}"`).join(', ') })}</p>
    </div>`;
  }

  /** An ongoing web-form outage the banner is showing, for the proof of attempt. */
  private bannerOutage(): OutageNotice | undefined {
    const banner = this.querySelector('wmebv-outage-banner');
    return banner?.visibleNotices().find((notice) => notice.status === 'ongoing');
  }

  /** After a failed send: the support route and the dated proof of attempt (Awb 2:21 lid 3). */
  private renderAttempt(form: FormDefinition, locale: string): unknown {
    const attempt = this.failedAttempt;
    if (!attempt || this.notice === 'rejected' || this.notice === 'version') return nothing;
    const t = this.t;
    const phone = form.organisation.support?.phone;
    return html`${phone
        ? html`<p class="wmebv-form__attempt-support"><a href="tel:${phone.replace(/[^+\d]/g, '')}">${t('form.phone', { phone })}</a></p>`
        : nothing}
      <p class="wmebv-form__attempt-hint">${t('attempt.downloadHint')}</p>
      <button type="button" class="wmebv-button wmebv-button--secondary" data-proof-of-attempt @click=${() => downloadProofOfAttempt(form, attempt, locale)}>
        ${t('attempt.download')}
      </button>`;
  }

  private renderContent(): unknown {
    if (this.phase === 'loading') return html`<p class="wmebv-form__loading" role="status">${this.t('form.loading')}</p>`;
    if (this.phase === 'unavailable' || !this.form) return renderUnavailable(this.t, this.fallback);
    const form = this.form;
    const locale = this.language;
    return html`<div class="wmebv-form" lang=${locale}>
      <header class="wmebv-form__header">
        <h1 class="wmebv-form__title">${localize(form.title, locale)}</h1>
        ${this.phase === 'step' && this.stepIndex === 0 && form.description
          ? html`<p class="wmebv-form__description">${localize(form.description, locale)}</p>`
          : nothing}
      </header>
      <div class="wmebv-form__body">
        <div class="wmebv-form__main">${this.renderReattach(form, locale)}${this.renderPhase(form, locale)}</div>
        ${this.phase === 'receipt' ? nothing : renderSupport(form, locale, this.t, this.uid)}
      </div>
      ${this.phase === 'receipt'
        ? nothing
        : html`<p class="wmebv-form__clear">
            <button type="button" class="wmebv-link-button" @click=${this.clearData}>${this.t('form.clearData')}</button>
          </p>`}
      <div role="status" class="wmebv-visually-hidden">${this.notice === 'cleared' ? this.t('form.clearedData') : ''}</div>
    </div>`;
  }

  private renderPhase(form: FormDefinition, locale: string): unknown {
    if (this.phase === 'receipt' && this.receipt) {
      return html`<wmebv-receipt
        .receipt=${this.receipt}
        .envelope=${this.sentEnvelope}
        .definition=${form}
        keys-src=${this.receiptKeysUrl ?? nothing}
        after-submit=${localize(form.afterSubmit, locale)}
        form-title=${localize(form.title, locale)}
        locale=${locale}
      ></wmebv-receipt>`;
    }
    if (this.phase === 'review' || this.phase === 'sending') return this.renderReview(form, locale);
    return this.renderStep(form, locale);
  }

  /** Where the organisation publishes its receipt keys: `receipt-keys`, or derived from `action`. */
  private get receiptKeysUrl(): string | undefined {
    if (this.receiptKeys) return this.receiptKeys;
    const match = /^(.*\/api\/)forms\/[^/]+\/submissions\/?(\?.*)?$/.exec(this.action ?? '');
    return match ? `${match[1]}receipt-key` : undefined;
  }

  private renderSummary(form: FormDefinition, locale: string): unknown {
    const t = this.t;
    const entries = this.errors.map((error) => ({
      href: `#${error.target === 'declaration' ? this.declarationId(error.field) : (this.fieldElement(error.field)?.controlId ?? '')}`,
      message: describeValidationError(form, error, locale),
    }));
    const notice =
      this.notice === 'network'
        ? t('form.sendFailedNetwork')
        : this.notice === 'server'
          ? t('form.sendFailedServer')
          : this.notice === 'version'
            ? t('form.versionChanged')
            : this.notice === 'rejected'
              ? t('form.sendRejected')
              : this.notice === 'outage'
                ? t('attempt.sendFailedOutage')
                : undefined;
    if (notice && entries.length === 0) {
      return html`<div class="wmebv-form__notice" role="alert">
        <h2 class="wmebv-form__notice-heading" tabindex="-1">${t('form.sendFailedTitle')}</h2>
        <p>${notice}</p>
        ${this.renderAttempt(form, locale)}
      </div>`;
    }
    return html`<wmebv-error-summary .errors=${entries} locale=${locale}></wmebv-error-summary>
      ${notice && entries.length > 0 ? html`<p class="wmebv-form__notice-text">${notice}</p>` : nothing}`;
  }

  private errorFor(form: FormDefinition, id: string, locale: string): string {
    const error = this.errors.find((candidate) => candidate.field === id);
    return error ? describeValidationError(form, error, locale) : '';
  }

  private renderStep(form: FormDefinition, locale: string): unknown {
    const step = this.currentStep!;
    const visible = visibleFieldIds(form, this.values);
    const t = this.t;
    const last = this.stepIndex === form.steps.length - 1;
    const nextLabel = this.returnToReview ? t('form.saveAndReturn') : last ? t('form.toReview') : t('form.next');
    return html`${this.renderSummary(form, locale)}
      <form
        class="wmebv-form__step"
        novalidate
        aria-labelledby="${this.uid}-heading"
        @submit=${this.onStepSubmit}
        @input=${this.onFieldEvent}
        @change=${this.onFieldEvent}
      >
        <h2 class="wmebv-form__step-heading" id="${this.uid}-heading" tabindex="-1">
          <span class="wmebv-form__caption">${t('form.stepOf', { current: this.stepIndex + 1, total: form.steps.length + 1 })}</span>
          ${localize(step.title, locale)}
        </h2>
        ${step.description ? html`<p>${localize(step.description, locale)}</p>` : nothing}
        <p class="wmebv-form__intro">${t('form.intro')}</p>
        ${this.renderFields(form, step.fields, visible, locale)}
        <div class="wmebv-form__actions">
          <button type="submit" class="wmebv-button">${nextLabel}</button>
          ${this.stepIndex > 0 && !this.returnToReview
            ? html`<button type="button" class="wmebv-button wmebv-button--secondary" @click=${this.goBack}>${t('form.back')}</button>`
            : nothing}
        </div>
      </form>`;
  }

  /** The visible fields of a list, fieldsets with their visible fields inside (at any depth). */
  private renderFields(form: FormDefinition, fields: Field[], visible: ReadonlySet<string>, locale: string): unknown {
    return fields
      .filter((field) => visible.has(field.id))
      .map((field) => [
        renderField(field, {
          value: this.values[field.id] as FieldValue | undefined,
          files: this.files[field.id] ?? [],
          error: this.errorFor(form, field.id, locale),
          locale,
          renderChildren: (children) => this.renderFields(form, children, visible, locale),
          answerOf: (id) => this.values[id],
        }),
        renderDeadlineHint(form, field, this.values, {
          id: `${this.uid}-deadline`,
          locale,
          lateReason: this.lateReason,
          notices: this.outageNotices(),
          onLateReason: (value) => {
            this.lateReason = value;
            this.saveProgress();
          },
        }),
      ]);
  }

  private declarationId(id: string): string {
    return `${this.uid}-declaration-${id}`;
  }

  private renderReview(form: FormDefinition, locale: string): unknown {
    const t = this.t;
    const sections = buildReview(form, validateValues(form, this.values, describeFiles(this.files)).values, describeFiles(this.files), locale);
    const sending = this.phase === 'sending';
    return html`${this.renderSummary(form, locale)}
      <h2 class="wmebv-form__step-heading" id="${this.uid}-heading" tabindex="-1">
        <span class="wmebv-form__caption">${t('form.stepOf', { current: form.steps.length + 1, total: form.steps.length + 1 })}</span>
        ${t('review.title')}
      </h2>
      <p>${t('review.intro')}</p>
      <wmebv-review .sections=${sections} locale=${locale} @wmebv-change-request=${this.onChangeRequest}></wmebv-review>
      ${this.lateReason.trim() && deadlineSeemsPassed(form, this.values, this.outageNotices())
        ? html`<dl class="wmebv-form__late-reason"><dt>${t('deadline.lateReasonReview')}</dt><dd>${this.lateReason.trim()}</dd></dl>`
        : nothing}
      <h3>${t('review.copyTitle')}</h3>
      <p>${t('review.copyIntro')}</p>
      ${renderCopyButtons(locale, async () => ({
        definition: form,
        values: validateValues(form, this.values, describeFiles(this.files)).values,
        attachments: await hashFiles(this.files),
        declarations: this.declarations,
      }))}
      <form class="wmebv-form__send" novalidate aria-labelledby="${this.uid}-send" @submit=${this.onSend}>
        <h3 id="${this.uid}-send">${(form.declarations ?? []).length > 0 ? t('review.declarationsTitle') : t('review.sendTitle')}</h3>
        ${(form.declarations ?? []).map((declaration) => this.renderDeclaration(form, declaration, locale))}
        <div class="wmebv-form__actions">
          <button type="submit" class="wmebv-button" aria-disabled=${sending ? 'true' : nothing}>${sending ? t('form.sending') : t('form.send')}</button>
          <button type="button" class="wmebv-button wmebv-button--secondary" @click=${this.goBack}>${t('form.back')}</button>
        </div>
      </form>`;
  }

  private renderDeclaration(form: FormDefinition, declaration: NonNullable<FormDefinition['declarations']>[number], locale: string): unknown {
    const id = this.declarationId(declaration.id);
    const error = this.errorFor(form, declaration.id, locale);
    return html`<div class="wmebv-declaration ${error ? 'wmebv-declaration--error' : ''}">
      ${error
        ? html`<p class="wmebv-error-message" id="${id}-error"><span class="wmebv-visually-hidden">${this.t('form.errorTitlePrefix')}</span>${error}</p>`
        : nothing}
      <div class="wmebv-checkbox">
        <input
          type="checkbox"
          class="wmebv-checkbox__input"
          id=${id}
          name=${declaration.id}
          .checked=${Boolean(this.declarations[declaration.id])}
          ?required=${declaration.required ?? false}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${error ? `${id}-error` : nothing}
          @change=${(event: Event) => this.onDeclarationChange(declaration.id, event)}
        />
        <label class="wmebv-checkbox__label" for=${id}>
          ${localize(declaration.label, locale)}${declaration.required ? nothing : html`<span class="wmebv-optional"> ${this.t('field.optional')}</span>`}
        </label>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-form': WmebvForm;
  }
}
