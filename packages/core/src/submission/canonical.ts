import { canonicalize } from 'json-canonicalize';

/**
 * The RFC 8785 (JCS) canonical JSON of a value: members sorted, no white space, numbers and
 * strings in one spelling. What the envelope digest, the receipt signature and the JWK thumbprint
 * are computed over, so anyone can recompute them.
 */
export function canonicalJson(value: unknown): string {
  return canonicalize(value);
}
