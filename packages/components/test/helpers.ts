// Shared helpers for the field and error-summary tests: the accessibility tree as the browser
// exposes it to screen readers, a hostile host stylesheet, and files to choose.
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree (Puppeteer's serialised form). */
export interface AXNode {
  role: string;
  name: string;
  description?: string;
  value?: string | number;
  invalid?: string;
  required?: boolean;
  disabled?: boolean;
  checked?: boolean | 'mixed';
  expanded?: boolean;
  focused?: boolean;
  children?: AXNode[];
}

/** The whole page's accessibility tree. */
export async function accessibilityTree(): Promise<AXNode> {
  return (await a11ySnapshot({})) as unknown as AXNode;
}

/** The first node of the page's accessibility tree with `role` (and `name`, when given). */
export async function accessibleNode(role: string, name?: string | RegExp): Promise<AXNode | null> {
  const tree = await accessibilityTree();
  return findAccessibilityNode<AXNode>(tree as AXNode & { children: AXNode[] }, (node) => {
    if (node.role !== role) return false;
    if (name === undefined) return true;
    return typeof name === 'string' ? node.name === name : name.test(node.name);
  });
}

/** Every node with `role`, in tree order. */
export async function accessibleNodes(role: string): Promise<AXNode[]> {
  const found: AXNode[] = [];
  const walk = (node: AXNode): void => {
    if (node.role === role) found.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(await accessibilityTree());
  return found;
}

/**
 * Rules a real host page might have that fight the components: tiny inline labels, inputs without
 * borders, an own `.visually-hidden`/`.wmebv-visually-hidden` that is not, fieldsets with a border.
 * Returns a function that removes them again.
 */
export function addHostileStylesheet(): () => void {
  const style = document.createElement('style');
  style.textContent = `
    label, legend { font-size: 8px; display: inline; }
    input, textarea { border: 0; }
    .visually-hidden, .wmebv-visually-hidden { position: static; width: auto; height: auto; clip: auto; }
    fieldset { border: 3px solid hotpink; }
    p { margin: 0; }
    a { color: inherit; }
  `;
  document.head.append(style);
  return () => style.remove();
}

/** A File of `size` bytes. */
export function makeFile(name: string, size: number, type: string): File {
  return new File([new Uint8Array(size)], name, { type });
}

/** Chooses `files` in a file input as the user would in the file dialog. */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Drops `files` on `target` as a drag and drop from the desktop would. */
export function dropFiles(target: Element, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
}

/** A legal basis as definitions carry it. */
export const AWB_6_5 = {
  law: 'Awb',
  article: '6:5',
  paragraph: '1',
  point: 'a',
  url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=6:5',
};
