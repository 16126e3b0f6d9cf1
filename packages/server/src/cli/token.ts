import { newAdminToken, tokenHash } from '../organisations/tokens.js';

export const TOKEN_USAGE =
  'Usage: wmebv-server token NAME\n' +
  '  Makes a new operator token for /api/admin/. Give the token to the back office once; configure only\n' +
  '  the line with its SHA-256 (organisations file "tokens", or WMEBV_ADMIN_TOKENS as NAME:SHA256).';

/** `wmebv-server token NAME`: a fresh token and the hash to configure (rotation: add the new one, then remove the old). */
export function tokenCommand(args: string[], print: (line: string) => void = console.log): number {
  const [name] = args;
  if (!name || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) {
    print(TOKEN_USAGE);
    return name === '--help' || name === '-h' ? 0 : 2;
  }
  const token = newAdminToken();
  print(`token:  ${token}`);
  print(`config: ${JSON.stringify({ name, sha256: tokenHash(token) })}`);
  print(`env:    ${name}:${tokenHash(token)}`);
  return 0;
}
