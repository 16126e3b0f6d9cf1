/**
 * `wmebv verify-receipt FILE --keys URL|FILE [--format text|json]`: checks a receipt
 * (ontvangstbevestiging) with the organisation's published keys, years later if need be.
 *
 * FILE is a receipt as JSON, or a sender's copy (the JSON download, or the HTML download, which
 * carries the same JSON); with a copy the envelope is checked against the receipt's digest too.
 * With an HTML copy, the text of its signed section (`id="wmebv-signed"`) must also be exactly the
 * text `signedSectionLines` builds from the receipt (Awb 2:17 lid 2, 2:20; docs/receipts.md).
 * `--keys` is the JWK Set: a URL (`https://…/api/receipt-key`) or a saved file.
 *
 * Exit codes: 0 valid, 1 not valid, 2 unreadable input or no Ed25519 in this Node.
 */
import { readFile } from 'node:fs/promises';
import {
  formatDateTime,
  parseReceipt,
  SENDER_COPY_FORMAT,
  TIME_ZONE,
  verifyReceipt,
  type Envelope,
  type Receipt,
  type ReceiptVerification,
} from '@wmebv/core';
import { checkSignedText, readHtmlCopy, type HtmlCopy } from './html-copy.js';
import { readProofBundle, verifyBundle } from './verify-bundle.js';

/** What a VALID HTML copy is told: which text was checked, and what was not. */
const SIGNED_TEXT_MATCHES =
  'The text of its signed section (id="wmebv-signed") matches the signed receipt. Text outside that section is not covered, nor are CSS and attributes anywhere.';

const USAGE =
  'Usage: wmebv verify-receipt FILE --keys URL|FILE [--format text|json]\n' +
  '       wmebv verify-receipt BUNDLE [--keys URL|FILE] [--format text|json]   (a proof bundle: wmebv-server proof-bundle)';

/** What a file holds: a receipt, and the envelope when it is a sender's copy (and the HTML when it is one). */
export function readReceiptInput(text: string): { receipt: unknown; envelope?: Envelope; html?: HtmlCopy } {
  const source = text.replace(/^\uFEFF/, '').trim();
  const html = source.startsWith('<') ? readHtmlCopy(source) : undefined;
  const data: unknown = html ? html.data : JSON.parse(source);
  const copy = data as { format?: unknown; receipt?: unknown; envelope?: Envelope };
  if (copy && copy.format === SENDER_COPY_FORMAT) {
    if (!copy.receipt) throw new Error("This sender's copy was made before sending: it holds no receipt.");
    return html ? { receipt: copy.receipt, envelope: copy.envelope, html } : { receipt: copy.receipt, envelope: copy.envelope };
  }
  return { receipt: data };
}

async function readKeys(source: string): Promise<unknown> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/jwk-set+json, application/json' } });
    if (!response.ok) throw new Error(`${source} answered ${response.status}.`);
    return response.json();
  }
  return JSON.parse(await readFile(source, 'utf8'));
}

function describe(result: ReceiptVerification, receipt: { reference?: string; receivedAt?: string; organisation?: { name?: string } }): string {
  if (result.status === 'valid') {
    const when = receipt.receivedAt ? `, received ${receipt.receivedAt} (${formatDateTime(receipt.receivedAt, 'en')} ${TIME_ZONE})` : '';
    const digest = result.digest === 'matches' ? ' The envelope in the copy matches its digest.' : '';
    return `VALID: receipt ${receipt.reference ?? '?'} of ${receipt.organisation?.name ?? '?'}${when}, signed with key ${result.key.kid}.${digest}`;
  }
  if (result.status === 'unsupported') return `CANNOT CHECK: ${result.message}`;
  return `NOT VALID (${result.problem}${result.pointer ? ` at ${result.pointer}` : ''}): ${result.message}`;
}

/** Runs the command; resolves to the exit code. */
export async function verifyReceiptCommand(argv: readonly string[]): Promise<number> {
  const args = [...argv];
  let keys: string | undefined;
  let format: 'text' | 'json' = 'text';
  const files: string[] = [];
  while (args.length > 0) {
    const arg = args.shift()!;
    const [name, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg, undefined];
    if (name === '--keys') keys = inline ?? args.shift();
    else if (name === '--format') {
      const value = inline ?? args.shift();
      if (value !== 'text' && value !== 'json') return usage(`Unknown format: ${value ?? ''}`);
      format = value;
    } else if (name === '--help' || name === '-h') {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else if (arg.startsWith('--')) return usage(`Unknown option: ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) return usage('Give one receipt file.');
  let input: ReturnType<typeof readReceiptInput>;
  let keySet: unknown;
  try {
    const text = await readFile(files[0]!, 'utf8');
    // A proof bundle carries its keys; --keys (the organisation's published set) is then optional.
    const bundle = readProofBundle(text);
    if (bundle !== undefined) return await verifyBundle(bundle, keys === undefined ? undefined : await readKeys(keys), format);
    if (!keys) return usage('Give the key set with --keys.');
    input = readReceiptInput(text);
    keySet = await readKeys(keys);
  } catch (error) {
    process.stderr.write(`wmebv verify-receipt: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const result = withZodMessage(await verifyReceipt(input.receipt, keySet, { envelope: input.envelope }), input.receipt);
  // An HTML copy: its signed section's text must be what the (now verified) receipt says.
  const signedText = result.status === 'valid' && input.html ? checkSignedText(input.html, input.receipt as Receipt, input.envelope) : undefined;
  if (signedText?.status === 'differs') {
    const { message } = signedText;
    if (format === 'json')
      process.stdout.write(JSON.stringify({ status: 'invalid', problem: 'signed-text-mismatch', message, signedText }, null, 2) + '\n');
    else process.stdout.write(`NOT VALID (signed-text-mismatch): ${message}\n`);
    return 1;
  }
  if (format === 'json') process.stdout.write(JSON.stringify(signedText ? { ...result, signedText } : result, null, 2) + '\n');
  else
    process.stdout.write(
      describe(result, (input.receipt ?? {}) as Parameters<typeof describe>[1]) + (signedText ? ` ${SIGNED_TEXT_MATCHES}` : '') + '\n',
    );
  return result.status === 'valid' ? 0 : result.status === 'invalid' ? 1 : 2;
}

function usage(message: string): number {
  process.stderr.write(`${message}\n${USAGE}\n`);
  return 2;
}

/**
 * A malformed receipt's message with zod's reason: `verifyReceipt` checks the shape without zod (it
 * runs in browsers, D8) and gives only where; the CLI has zod and says why as well.
 */
function withZodMessage(result: ReceiptVerification, receipt: unknown): ReceiptVerification {
  if (result.status !== 'invalid' || result.problem !== 'malformed' || result.pointer === '/signature') return result;
  const parsed = parseReceipt(receipt);
  if (parsed.ok) return result;
  const { pointer, message } = parsed.problem;
  return { ...result, message: `The receipt is not well-formed at ${pointer || '/'}: ${message}.`, pointer };
}
