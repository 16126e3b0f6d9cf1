// A lazy part of wmebv-form: defines the element, exports nothing (why: lazy-parts.ts).
import '../../fields/text-field/text-field.js';
