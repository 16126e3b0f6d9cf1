/**
 * The objection form against the real intake endpoint, as the receipt and sender's-copy tests drive
 * it: answers put in sessionStorage as the form keeps them, the form opened as a page would, a
 * message sent, and the copy's downloads captured instead of saved.
 */
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { SENDER_COPY_DATA_ID, type ReceiptKeySet, type SenderCopy } from '@wmebv/core';
import { press, until } from './user.js';

export const FORM_KEY = 'wmebv-form:bezwaarschrift@1.0.0';
export const RECEIPT_KEY = 'wmebv-receipt:bezwaarschrift@1.0.0';

/** Answers as the form keeps them in sessionStorage, on the review step (step index 3 of 3). */
export function prefill(extra: Record<string, unknown> = {}): void {
  sessionStorage.setItem(
    FORM_KEY,
    JSON.stringify({
      values: {
        omschrijvingBesluit: 'Weigering <b>dakkapel</b> & meer',
        datumBesluit: '2026-03-16',
        gronden: 'De dakkapel past in het straatbeeld.\nDe buren hebben geen bezwaar.',
        horen: 'ja',
        naam: 'Jan Jansen',
        woonland: 'nl',
        straatHuisnummer: 'Dorpsstraat 1',
        postcode: '1234 AB',
        woonplaats: 'Voorbeeld',
      },
      stepIndex: 3,
      declarations: { verklaring: '2026-04-28T00:29:00.000+02:00' },
      ...extra,
    }),
  );
}

/** Opens the form as a (re)loaded page would: any form of an earlier "page" is gone first. */
export async function openForm(): Promise<WmebvForm> {
  // A reload leaves one form on the page; two would each keep their own saved answers (issue 15 item 12).
  fixtureCleanup();
  const wrapper = await fixture<HTMLElement>(html`<div lang="nl">
    <wmebv-form src="/api/forms/bezwaarschrift" action="/api/forms/bezwaarschrift/submissions"></wmebv-form>
  </div>`);
  const form = wrapper.querySelector('wmebv-form')!;
  await until(() => form.querySelector('.wmebv-form__step-heading, wmebv-receipt h2'), 'the form');
  return form;
}

/** Captures the next files the page saves through a Blob URL, instead of downloading them. */
export function captureDownloads(): { files: { type: string; text: Promise<string>; name: string }[]; restore(): void } {
  const files: { type: string; text: Promise<string>; name: string }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create.call(URL, blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ type: blob.type, text: blob.text(), name: this.download });
    else click.call(this);
  };
  return {
    files,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

export async function download(root: ParentNode, format: 'html' | 'json'): Promise<{ name: string; type: string; text: string }> {
  const capture = captureDownloads();
  try {
    root.querySelector<HTMLButtonElement>(`button[data-copy-format="${format}"]`)!.click();
    const file = await until(() => capture.files[0], `the ${format} download`);
    return { name: file.name, type: file.type, text: await file.text };
  } finally {
    capture.restore();
  }
}

/** The copy parsed back from its HTML: the document and the JSON it carries. */
export function parseHtmlCopy(source: string): { doc: Document; data: SenderCopy } {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const data = JSON.parse(doc.getElementById(SENDER_COPY_DATA_ID)!.textContent!) as SenderCopy;
  return { doc, data };
}

export const keys = async (): Promise<ReceiptKeySet> => (await (await fetch('/api/receipt-key')).json()) as ReceiptKeySet;

export async function send(form: WmebvForm): Promise<HTMLElement> {
  await press(form, 'Verstuur');
  return until(() => form.querySelector<HTMLElement>('wmebv-receipt h2'), 'the receipt');
}
