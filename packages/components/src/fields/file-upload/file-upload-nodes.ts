/** The file upload's elements, made once and kept (file-upload.ts `renderDescription`, `renderControl`). */
export interface FileUploadNodes {
  /** `<p class="wmebv-hint wmebv-file-upload__limits">`, the limits under the label. */
  limits: HTMLParagraphElement;
  /** `<div class="wmebv-file-upload__drop-zone">` holding `input`, `button` and `dropText`. */
  zone: HTMLDivElement;
  /** `<input class="wmebv-file-upload__input wmebv-visually-hidden" type="file">`. */
  input: HTMLInputElement;
  /** `<label class="wmebv-button wmebv-button--secondary wmebv-file-upload__button">`, the input's visible label. */
  button: HTMLLabelElement;
  dropText: HTMLSpanElement;
  /** `<div class="wmebv-file-upload__status" role="status">`: what was added, removed or refused. */
  status: HTMLDivElement;
  /** `<p class="wmebv-file-upload__chosen-title">` and `<ul class="wmebv-file-upload__list">`, shown with files chosen. */
  title: HTMLParagraphElement;
  list: HTMLUListElement;
}

/** What the drop zone and the input tell the element. */
export interface FileUploadListeners {
  dragOver: (event: DragEvent) => void;
  dragLeave: (event: DragEvent) => void;
  drop: (event: DragEvent) => void;
  /** The input's `change` (its `input` goes no further: the element announces its own). */
  change: (event: Event) => void;
}

/** The elements with what never changes (classes, roles, listeners); the rest is written per render. */
export function createNodes(document: Document, on: FileUploadListeners): FileUploadNodes {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: Element): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    element.className = className;
    parent?.append(element);
    return element;
  };
  const zone = make('div', 'wmebv-file-upload__drop-zone');
  zone.addEventListener('dragenter', on.dragOver);
  zone.addEventListener('dragover', on.dragOver);
  zone.addEventListener('dragleave', on.dragLeave);
  zone.addEventListener('drop', on.drop);
  const input = make('input', 'wmebv-file-upload__input wmebv-visually-hidden', zone);
  input.type = 'file';
  input.addEventListener('input', stop);
  input.addEventListener('change', on.change);
  const status = make('div', 'wmebv-file-upload__status');
  status.setAttribute('role', 'status');
  return {
    limits: make('p', 'wmebv-hint wmebv-file-upload__limits'),
    zone,
    input,
    button: make('label', 'wmebv-button wmebv-button--secondary wmebv-file-upload__button', zone),
    dropText: make('span', 'wmebv-file-upload__drop-text', zone),
    status,
    title: make('p', 'wmebv-file-upload__chosen-title'),
    list: make('ul', 'wmebv-file-upload__list'),
  };
}

/** Writes `text` as the element's only content, when it differs. */
export function writeText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function stop(event: Event): void {
  event.stopPropagation();
}
