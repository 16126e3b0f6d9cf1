import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets several properties on an element at once, each only when its value changed since the last
 * render: the same semantics as a Lit `.prop=${value}` binding, for the properties every field
 * element shares (label, hint, required, legal basis, error, locale), so each field's template
 * lists only what is its own.
 */
class SetProperties extends Directive {
  private previous: Record<string, unknown> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('setProperties() belongs in an element position: <x-y ${setProperties({...})}>');
  }

  render(_properties: Record<string, unknown>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Record<string, unknown>]): typeof nothing {
    const element = part.element as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(properties)) {
      if (!(name in this.previous) || this.previous[name] !== value) element[name] = value;
    }
    this.previous = properties;
    return nothing;
  }
}

export const setProperties = directive(SetProperties);
