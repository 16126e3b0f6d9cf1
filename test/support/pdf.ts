/**
 * Reading a PDF in the browser with pdf.js (pdfjs-dist, on the main thread): each page's text with
 * where it sits, and the page rendered to an image, to assert what a printout really shows.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import * as pdfjs from 'pdfjs-dist';
// pdf.js runs its "worker" on the main thread when the worker module has set `globalThis.pdfjsWorker`.
import 'pdfjs-dist/build/pdf.worker.mjs';

export interface PdfPage {
  /** Width of the page in PDF points (1/72 inch). */
  width: number;
  /** The page's text, whitespace collapsed, in reading order as pdf.js extracts it. */
  text: string;
  /** The right edge (points) of the rightmost text on the page. */
  textRight: number;
  /** The right edge (points) of the rightmost non-white pixel of the page rendered to an image. */
  inkRight: number;
}

/** Chromium's print of this page (`html` undefined) or of a separate page holding `html` (page.pdf(), A4). */
export async function printToPdf(html?: string): Promise<Uint8Array> {
  const { base64 } = (await executeServerCommand('wmebv-page', { action: 'pdf', ...(html === undefined ? {} : { html }) })) as { base64: string };
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** Every page of `data`: its text and how far right its text and its rendered ink reach. */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const document = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = content.items.filter(
      (item): item is (typeof content.items)[number] & { str: string; width: number; transform: number[] } => 'str' in item,
    );
    const text = items
      .map((item) => item.str + ('hasEOL' in item && item.hasEOL ? ' ' : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const textRight = Math.max(0, ...items.filter((item) => item.str.trim()).map((item) => item.transform[4]! + item.width));
    pages.push({ width: viewport.width, text, textRight, inkRight: await inkRight(page) });
  }
  await document.destroy();
  return pages;
}

const SCALE = 2;

async function inkRight(page: pdfjs.PDFPageProxy): Promise<number> {
  const viewport = page.getViewport({ scale: SCALE });
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [Math.ceil(viewport.width), Math.ceil(viewport.height)];
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  await page.render({ canvasContext: context, viewport }).promise;
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  for (let x = width - 1; x >= 0; x--) {
    for (let y = 0; y < height; y++) {
      const i = (y * width + x) * 4;
      if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) return (x + 1) / SCALE;
    }
  }
  return 0;
}
