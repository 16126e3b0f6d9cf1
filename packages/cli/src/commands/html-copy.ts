/**
 * Reads a sender's copy saved as HTML (made by `renderSenderCopyHtml` in @wmebv/components) with
 * parse5, the WHATWG parser, as a browser would: the copy's JSON, and the text of its signed section
 * (`id="wmebv-signed"`), which `wmebv verify-receipt` compares with the signed receipt.
 */
import { SENDER_COPY_DATA_ID, type Envelope, type Receipt } from '@wmebv/core';
import {
  compareSignedText,
  SIGNED_SECTION_ID,
  signedSectionLines,
  textLines,
  type SignedTextDifference,
  type TextTree,
} from '@wmebv/core/signed-copy';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const tree: TextTree<Node> = {
  children(node) {
    if (!('childNodes' in node)) return [];
    // A <template>'s content is text in the file too.
    const content = 'content' in node ? node.content.childNodes : [];
    return [...node.childNodes, ...content];
  },
  text: (node) => (defaultTreeAdapter.isTextNode(node) ? node.value : undefined),
  element: (node) => (defaultTreeAdapter.isElementNode(node) ? node.tagName : undefined),
};

/** Every element under `root` with the given id, in document order. */
function elementsWithId(root: Node, id: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    if (defaultTreeAdapter.isElementNode(node) && node.attrs.some((attribute) => attribute.name === 'id' && attribute.value === id)) found.push(node);
    for (const child of tree.children(node)) visit(child);
  };
  visit(root);
  return found;
}

/** What an HTML copy holds: its JSON, and the lines of its signed section when it has one. */
export interface HtmlCopy {
  data: unknown;
  /** `textLines` of `#wmebv-signed`; `undefined` when the file has no such section. */
  signedLines?: string[];
}

/**
 * Parses an HTML copy.
 *
 * @throws Error when the file carries no copy JSON, or more than one copy JSON or signed section
 *   (a second one could show other text than the one checked)
 */
export function readHtmlCopy(source: string): HtmlCopy {
  const document = parse(source);
  const scripts = elementsWithId(document, SENDER_COPY_DATA_ID);
  if (scripts.length === 0 || scripts[0]!.tagName !== 'script') throw new Error("This HTML file is not a sender's copy made by wmebv-forms.");
  if (scripts.length > 1)
    throw new Error(`This HTML file has ${scripts.length} elements with id="${SENDER_COPY_DATA_ID}"; a copy made by wmebv-forms has one.`);
  const data: unknown = JSON.parse(
    tree
      .children(scripts[0]!)
      .map((node) => tree.text(node) ?? '')
      .join(''),
  );
  const sections = elementsWithId(document, SIGNED_SECTION_ID);
  if (sections.length > 1)
    throw new Error(`This HTML file has ${sections.length} elements with id="${SIGNED_SECTION_ID}"; a copy made by wmebv-forms has one.`);
  return sections.length === 0 ? { data } : { data, signedLines: textLines<Node>(sections[0]!, tree) };
}

/** What the signed-section check found, as `--format json` prints it. */
export type SignedTextCheck = { status: 'matches'; lines: number } | { status: 'differs'; message: string; difference?: SignedTextDifference };

/** A line in quotes, from a little before `from` (where two lines part) and at most about 160 characters. */
function quote(line: string, from = 0): string {
  const start = from > 60 ? from - 30 : 0;
  const shown = (start > 0 ? '...' : '') + line.slice(start);
  return JSON.stringify(shown.length > 160 ? `${shown.slice(0, 157)}...` : shown);
}

/** Where two lines first differ. */
function partAt(a: string, b: string): number {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index += 1;
  return index;
}

/**
 * Compares the signed section's text with the text `signedSectionLines` builds from the receipt
 * (and, for a format-1 receipt, the envelope) the copy carries (Awb 2:17 lid 2, 2:20). Call it only
 * once the receipt verified: then the expected text is what the body signed.
 */
export function checkSignedText(copy: HtmlCopy, receipt: Receipt, envelope: Envelope | undefined): SignedTextCheck {
  if (copy.signedLines === undefined) {
    return {
      status: 'differs',
      message: `This HTML copy has no signed section (id="${SIGNED_SECTION_ID}"), so none of its visible text can be checked. The receipt and envelope it carries are valid: rely on those (or the JSON copy), not on the text shown.`,
    };
  }
  const difference = compareSignedText(copy.signedLines, signedSectionLines(receipt, envelope));
  if (!difference) return { status: 'matches', lines: copy.signedLines.length };
  const where = `line ${difference.line} of the signed section (id="${SIGNED_SECTION_ID}")`;
  const message =
    difference.kind === 'changed'
      ? `${where} reads ${quote(difference.found, partAt(difference.found, difference.expected))}, but the signed receipt says ${quote(difference.expected, partAt(difference.found, difference.expected))}.`
      : difference.kind === 'added'
        ? `${where} reads ${quote(difference.found)}, which is not in the signed receipt: text was added.`
        : `${where} should read ${quote(difference.expected)}, but the section ends before it: text was removed.`;
  return {
    status: 'differs',
    message: `The text of this copy's signed section differs from the signed receipt it carries (which itself verifies): ${message}`,
    difference,
  };
}
