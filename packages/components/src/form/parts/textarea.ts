// A lazy part of wmebv-form: defines the element, exports nothing (why: lazy-parts.ts).
import '../../fields/textarea/textarea.js';
