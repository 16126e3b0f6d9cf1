// A lazy part of wmebv-form: defines the element, exports nothing (why: lazy-parts.ts).
import '../../fields/checkbox-group/checkbox-group.js';
