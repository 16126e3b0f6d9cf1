// Shared by the profiling scripts (profile-render.mjs, profile-validate.mjs): update cycles per element.

/**
 * In the page (`page.evaluate(countUpdates)`), before what is timed: counts the update cycles of every `wmebv-*` class that is
 * defined (each counted once, at the class that defines `update` nearest to it), so a report says
 * how often the form and its elements rendered (`window.__updates`, per tag). Called again, it
 * adds the classes defined since (lazy parts) and leaves the counted ones as they are.
 */
export function countUpdates() {
  const counts = (window.__updates ??= {});
  const seen = new Set();
  for (const tag of [
    'wmebv-form',
    'wmebv-error-summary',
    'wmebv-text-field',
    'wmebv-textarea',
    'wmebv-date-field',
    'wmebv-select',
    'wmebv-checkbox',
    'wmebv-checkbox-group',
    'wmebv-radio-group',
    'wmebv-file-upload',
    'wmebv-fieldset',
  ]) {
    const element = window.customElements.get(tag);
    if (!element || seen.has(element.prototype) || Object.hasOwn(element.prototype, '__counted')) continue;
    seen.add(element.prototype);
    element.prototype.__counted = true;
    const update = element.prototype.update;
    element.prototype.update = function (changed) {
      counts[this.localName] = (counts[this.localName] ?? 0) + 1;
      return update.call(this, changed);
    };
  }
}
