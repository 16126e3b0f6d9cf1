import type { FormDefinition } from '@wmebv/core';

type FormRef = Pick<FormDefinition, 'id' | 'version'>;

/** What a `wmebv-form` shows, as far as known before (or after) its definition loads. */
export interface FormSource {
  form?: FormRef | undefined;
  definition?: unknown;
  src?: string | undefined;
}

/** `id@version` of the form an element shows, when known (loaded, or given as an object or JSON text). */
function formRef({ form, definition }: FormSource): string | undefined {
  let given = form ?? definition;
  if (typeof given === 'string') {
    try {
      given = JSON.parse(given) as unknown;
    } catch {
      return undefined; // its own load reports the bad JSON
    }
  }
  if (!given || typeof given !== 'object') return undefined;
  const { id, version } = given as Partial<FormRef>;
  return typeof id === 'string' && typeof version === 'string' ? `${id}@${version}` : undefined;
}

function sameForm(a: FormSource, b: FormSource): boolean {
  const refA = formRef(a);
  const refB = formRef(b);
  if (refA && refB) return refA === refB;
  return !!a.src && a.src === b.src;
}

/**
 * Which of several elements with the same form on one page this is, so that each keeps its own
 * saved answers (issue 15 item 12): `#<id>` when the element has an `id`; otherwise its order among
 * the elements of the same form without an id (`[1]`, `[2]` ...; nothing for the first, so a form
 * that is alone on its page keeps the plain key). Order changes when the page changes, so two or
 * more such elements without an id get a console warning.
 *
 * @param self - the element and what it shows
 * @param others - every `wmebv-form` in the same document or shadow root, in tree order (self included)
 */
export function instanceSuffix(self: { element: Element; source: FormSource }, others: readonly { element: Element; source: FormSource }[]): string {
  const same = others.filter((other) => other.element === self.element || sameForm(self.source, other.source));
  const id = self.element.id;
  if (id) {
    if (same.filter((other) => other.element.id === id).length > 1) {
      console.warn(
        `wmebv-form: more than one form "${formRef(self.source) ?? self.source.src}" with id "${id}" on this page; they share their saved answers. Give each its own id.`,
      );
    }
    return `#${id}`;
  }
  const unnamed = same.filter((other) => !other.element.id);
  if (unnamed.length > 1) {
    console.warn(
      `wmebv-form: ${unnamed.length} forms "${formRef(self.source) ?? self.source.src}" without an id on this page; their saved answers are kept by their order on the page, which changes when the page changes. Give each an id.`,
    );
  }
  const index = unnamed.findIndex((other) => other.element === self.element);
  return index > 0 ? `[${index}]` : '';
}

/**
 * `instanceSuffix` of a `wmebv-form` among the forms of its class in its document or shadow root.
 *
 * @param sourceOf - what an element shows (its class knows its own loaded form)
 */
export function instanceOf<E extends Element>(self: E, elementClass: abstract new () => E, sourceOf: (element: E) => FormSource): string {
  const all = [...(self.getRootNode() as ParentNode).querySelectorAll(self.localName)].filter((el): el is E => el instanceof elementClass);
  return instanceSuffix(
    { element: self, source: sourceOf(self) },
    all.map((element) => ({ element, source: sourceOf(element) })),
  );
}
