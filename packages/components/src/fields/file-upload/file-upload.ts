import { describeAccept, fileProblem, formatBytes, maxFilesOf, type Translate } from '@wmebv/core';
import { html, render, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { WmebvFormAssociatedFieldElement } from '../../base/form-associated-field-element.js';
import { writeAttributes } from '../../base/kept-element.js';
import { createNodes, writeText, type FileUploadNodes } from './file-upload-nodes.js';
import css from './file-upload.css?inline';

/** A chosen file with a key that survives re-rendering (the same File may be chosen twice). */
interface ChosenFile {
  file: File;
  key: number;
}

const acceptConverter = {
  fromAttribute: (value: string | null): string[] =>
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  toAttribute: (value: string[]): string => value.join(','),
};

/**
 * Attachments: a file input plus a drop zone, with the chosen files listed, each removable.
 *
 * The limits (types, size per file, number of files) are shown before anything is chosen (Awb
 * 2:13 lid 3). Every file chosen or dropped is checked at once against them: a file of a type not
 * in `accept`, empty (0 bytes), larger than `maxFileSize`, or one more than `maxFiles` is not added, and its name
 * and the reason are shown in a `role="status"` list (Awb 2:15: told promptly). The server checks
 * again.
 *
 * Form-associated: the element submits each chosen File under its `name` (nothing when none is
 * chosen); the inner `<input type="file">` has no `name`, and is emptied after each choice (the
 * element keeps the list). The native input stays keyboard-operable; its visible label looks like a
 * button. Removing a file moves focus to the next remove button, or to the file input.
 *
 * Inherits from `WmebvFieldElement`, documented there once: the attributes `name`, `label`, `hint`,
 * `required`, `disabled`, `error`, `legal-basis`, `autocomplete`, `locale`; `answer`, `controlId`,
 * `focusControl()`; the `wmebv-answer` event.
 *
 * @element wmebv-file-upload
 *
 * @attr {boolean} required - mandatory; otherwise "(niet verplicht)" follows the label
 * @attr {string} accept - allowed types, comma-separated MIME types (`image/*`) or extensions (`.pdf`); empty allows all
 * @attr {number} max-file-size - largest allowed file in bytes
 * @attr {number} max-files - most files that can be added (default 1)
 *
 * @prop {File[]} files - the chosen files (a copy; setting replaces them, without checks or events)
 * @prop {File[]} value - the same as `files`
 * @prop {string[]} accept - allowed types
 * @prop {number | undefined} maxFileSize - largest allowed file in bytes
 * @prop {number} maxFiles - most files that can be added
 * @prop {string} controlId - id of the file input
 * @prop {HTMLFormElement | null} form - the form the element belongs to
 *
 * @fires input - from the element itself (target: the element) when files were added or removed
 * @fires change - from the element itself, right after `input`
 *
 * @cssproperty --wmebv-secondary-text-color - limits text and the drop zone's dashed border
 * @cssproperty --wmebv-accent-color - drop zone while a file is dragged over it
 * @cssproperty --wmebv-muted-background-color - drop zone background while dragging
 * @cssproperty --wmebv-error-color - rejected files, error message and bar
 * @cssproperty --wmebv-secondary-button-color - the "Kies bestand" button
 * @cssproperty --wmebv-focus-color - focus style of the button and remove links
 */
@customElement('wmebv-file-upload')
export class WmebvFileUpload extends WmebvFormAssociatedFieldElement<File[]> {
  static override lightStyles = [css];

  /** Allowed types: MIME types (`application/pdf`, `image/*`) or extensions (`.pdf`); empty allows all. */
  @property({ converter: acceptConverter }) accept: string[] = [];

  /** Largest allowed file, in bytes. */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize?: number;

  /** Most files that can be added. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles = 1;

  @state() private chosen: ChosenFile[] = [];

  /** Why files of the last choice were not added. */
  @state() private rejections: string[] = [];

  /** Said to screen readers: what was added or removed. */
  @state() private announcement = '';

  /** Bumped with every message, so a repeated message is announced again. */
  @state() private statusSerial = 0;

  @state() private dragging = false;

  /** The field's own elements, made on the first render and kept (issue 16): see `renderControl`. */
  private kept?: FileUploadNodes;

  /** The file input (none before the first render). */
  private get input(): HTMLInputElement | undefined {
    return this.kept?.input;
  }

  /** What the status box shows now: it is rendered again only when this changes. */
  private statusShown?: [number, string[], string];

  private nextKey = 0;

  /** The chosen files. Setting replaces them without checks or events, like setting a native value. */
  get files(): File[] {
    return this.chosen.map((entry) => entry.file);
  }

  set files(files: readonly File[] | null | undefined) {
    const next = [...(files ?? [])];
    const current = this.files;
    if (next.length === current.length && next.every((file, index) => file === current[index])) return;
    this.chosen = next.map((file) => ({ file, key: this.nextKey++ }));
    this.syncFormValue();
  }

  /** The chosen files (the same as `files`). */
  get value(): File[] {
    return this.files;
  }

  set value(files: readonly File[] | null | undefined) {
    this.files = files;
  }

  private get limit(): number {
    return maxFilesOf(this);
  }

  private get limitsId(): string {
    return `${this.fieldId}-limits`;
  }

  private get listTitleId(): string {
    return `${this.fieldId}-chosen`;
  }

  formResetCallback(): void {
    this.chosen = [];
    this.rejections = [];
    this.announcement = '';
    this.syncFormValue();
  }

  formStateRestoreCallback(state: File | string | FormData | null): void {
    if (state instanceof FormData) {
      this.files = state.getAll(this.name).filter((entry): entry is File => entry instanceof File);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // FormData entries carry their name: build them again under a new name.
    if (changed.has('name')) this.syncFormValue();
  }

  protected override renderDescription(): HTMLElement {
    const limits = this.nodes().limits;
    writeAttributes(limits, { id: this.limitsId });
    writeText(limits, limitsText(this.t, this.resolvedLocale, this.accept, this.maxFileSize, this.limit));
    return limits;
  }

  /**
   * The drop zone with the input, its button-like label and the drop text; the status box; with
   * files chosen, the list's title and the list: kept elements, written where they differ, so a
   * validation pass writes only the input's `aria-invalid` and `aria-describedby` (D7). The status
   * and the list's items are rendered into their kept boxes with Lit.
   */
  protected override renderControl(): HTMLElement[] {
    const many = this.limit > 1;
    const disabled = this.controlsDisabled;
    const { zone, input, button, dropText, status, title, list } = this.nodes();
    writeAttributes(zone, { class: `wmebv-file-upload__drop-zone${this.dragging ? ' wmebv-file-upload__drop-zone--active' : ''}` });
    writeAttributes(input, {
      id: this.controlId,
      multiple: many,
      accept: this.accept.length > 0 ? this.accept.join(',') : undefined,
      required: this.required && this.chosen.length === 0,
      disabled,
      'aria-invalid': this.invalid ? 'true' : 'false',
      'aria-describedby': this.describedBy(this.limitsId) as string,
    });
    writeAttributes(button, { for: this.controlId });
    writeText(button, this.t(many ? 'field.fileChooseMore' : 'field.fileChoose'));
    writeText(dropText, this.t(many ? 'field.fileDropMore' : 'field.fileDrop'));
    const shown = this.statusShown;
    if (!shown || shown[0] !== this.statusSerial || shown[1] !== this.rejections || shown[2] !== this.announcement) {
      this.statusShown = [this.statusSerial, this.rejections, this.announcement];
      render(
        keyed(
          this.statusSerial,
          html`<ul class="wmebv-file-upload__rejections">${this.rejections.map((message) => html`<li>${message}</li>`)}</ul>
            <span class="wmebv-visually-hidden">${this.announcement}</span>`,
        ),
        status,
        { host: this },
      );
    }
    if (this.chosen.length === 0) return [zone, status];
    writeAttributes(title, { id: this.listTitleId });
    writeText(title, this.t('field.filesChosen'));
    writeAttributes(list, { 'aria-labelledby': this.listTitleId });
    render(
      repeat(
        this.chosen,
        (entry) => entry.key,
        (entry) => html`<li class="wmebv-file-upload__file">
          <span class="wmebv-file-upload__file-text"
            ><span class="wmebv-file-upload__name">${entry.file.name}</span>
            <span class="wmebv-file-upload__size">(${formatBytes(entry.file.size, this.resolvedLocale)})</span></span
          >
          <button type="button" class="wmebv-link-button wmebv-file-upload__remove" ?disabled=${disabled} @click=${() => this.removeFile(entry.key)}>
            ${this.t('field.fileRemove', { name: entry.file.name })}
          </button>
        </li>`,
      ),
      list,
      { host: this },
    );
    return [zone, status, title, list];
  }

  private nodes(): FileUploadNodes {
    return (this.kept ??= createNodes(this.ownerDocument, {
      dragOver: this.onDragOver,
      dragLeave: this.onDragLeave,
      drop: this.onDrop,
      change: this.onInputChange,
    }));
  }

  /** Checks each file at once; adds those that pass, says why the others were not added. */
  private addFiles(files: readonly File[]): void {
    const rejections: string[] = [];
    const added: ChosenFile[] = [];
    const total = (): number => this.chosen.length + added.length;
    for (const file of files) {
      const reason = this.rejectionOf(file, total());
      if (reason) rejections.push(reason);
      else added.push({ file, key: this.nextKey++ });
    }
    this.showStatus(rejections, added.map((entry) => this.t('field.fileAdded', { name: entry.file.name })).join(' '));
    if (added.length === 0) return;
    this.chosen = [...this.chosen, ...added];
    this.syncFormValue();
    this.emit('input');
    this.emit('change');
  }

  /** Core's file rules (the server applies the same), in this element's words. */
  private rejectionOf(file: File, count: number): string | undefined {
    const { t } = this;
    const problem = fileProblem(this, file);
    if (problem?.rule === 'fileType') return t('field.fileWrongType', problem.params);
    if (problem?.rule === 'fileEmpty') return t('field.fileEmpty', problem.params);
    if (problem?.rule === 'fileSize') {
      return t('field.fileTooBig', { name: file.name, max: formatBytes(problem.params.max, this.resolvedLocale) });
    }
    if (count >= this.limit) {
      return this.limit === 1 ? t('field.fileTooManyOne', { name: file.name }) : t('field.fileTooMany', { name: file.name, max: this.limit });
    }
    return undefined;
  }

  private async removeFile(key: number): Promise<void> {
    const index = this.chosen.findIndex((entry) => entry.key === key);
    const entry = this.chosen[index];
    if (!entry || this.controlsDisabled) return;
    this.chosen = this.chosen.filter((candidate) => candidate.key !== key);
    this.syncFormValue();
    this.showStatus([], this.t('field.fileRemoved', { name: entry.file.name }));
    this.emit('input');
    this.emit('change');
    await this.updateComplete;
    const next = this.querySelectorAll<HTMLButtonElement>('.wmebv-file-upload__remove')[index];
    (next ?? this.input)?.focus();
  }

  private showStatus(rejections: string[], announcement: string): void {
    this.rejections = rejections;
    this.announcement = announcement;
    this.statusSerial += 1;
  }

  private syncFormValue(): void {
    if (!this.name || this.chosen.length === 0) {
      this.internals.setFormValue(null);
      return;
    }
    const data = new FormData();
    for (const { file } of this.chosen) data.append(this.name, file);
    this.internals.setFormValue(data, data);
  }

  private onInputChange = (event: Event): void => {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // The element keeps the list; an empty input also lets the same file be chosen again.
    input.value = '';
    if (files.length > 0) this.addFiles(files);
  };

  private onDragOver = (event: DragEvent): void => {
    if (this.controlsDisabled || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private onDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.dragging = false;
  };

  private onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    if (this.controlsDisabled) return;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) this.addFiles(files);
  };
}

/** "Toegestaan: PDF, JPG. Maximaal 10 MB per bestand, 3 bestanden." and the variants without types or size. */
export function limitsText(t: Translate, locale: string, accept: readonly string[], maxFileSize: number | undefined, maxFiles: number): string {
  const types = accept.length > 0 ? describeAccept(accept) : '';
  const size = maxFileSize !== undefined ? formatBytes(maxFileSize, locale) : '';
  if (types && size) {
    return maxFiles > 1 ? t('field.fileLimits', { types, size, count: maxFiles }) : t('field.fileLimitsOne', { types, size });
  }
  if (size && maxFiles > 1) return t('field.fileLimitsAnyType', { size, count: maxFiles });
  const sentences: string[] = [];
  if (types) sentences.push(t('field.fileLimitTypes', { types }));
  if (size) sentences.push(t('field.fileLimitSize', { size }));
  sentences.push(t('field.fileLimitCount', { count: maxFiles }));
  return sentences.join(' ');
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-file-upload': WmebvFileUpload;
  }
}
