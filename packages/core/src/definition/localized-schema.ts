import * as z from '../zod.js';

/**
 * A string shown to users: either one string for every locale, or a map from locale code
 * (`nl`, `en`, ...) to the string in that locale. (Apart from `localize`, so code that only shows
 * strings does not load zod.)
 */
export const LocalizedStringSchema = z.union([
  z.string().check(z.minLength(1)),
  z.record(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)), z.string().check(z.minLength(1))),
]);
