import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Attachment, Envelope, Receipt } from '@wmebv/core';
import { errorCode, type ErrorItem, fetch, objectionEnvelope, postJson, postMultipart, sha256, SUBMISSIONS } from './support/intake.js';

const pdf = (text = '%PDF-1.4 besluit'): Blob => new Blob([text], { type: 'application/pdf' });

async function attachment(id: string, field: string, name: string, blob: Blob): Promise<Attachment> {
  return { id, field, name, size: blob.size, type: blob.type, sha256: await sha256(blob) };
}

/** The objection with one copy of the decision attached. */
async function withDecision(blob: Blob, metadata: Partial<Attachment> = {}): Promise<Envelope> {
  const envelope = objectionEnvelope();
  return {
    ...envelope,
    values: { ...envelope.values, afschriftBesluit: ['besluit-1'] },
    attachments: [{ ...(await attachment('besluit-1', 'afschriftBesluit', 'besluit.pdf', blob)), ...metadata }],
  };
}

async function errorsOf(response: Response): Promise<ErrorItem[]> {
  expect(response.status).to.equal(422);
  return ((await response.json()) as { errors: ErrorItem[] }).errors;
}

describe('intake endpoint: multipart/form-data with files', () => {
  it('stores a submission with a file whose size and SHA-256 the server recomputed', async () => {
    const blob = pdf();
    const envelope = await withDecision(blob);
    const response = await postMultipart(SUBMISSIONS, envelope, { 'besluit-1': blob });
    expect(response.status).to.equal(201);
    const receipt = (await response.json()) as Receipt;
    expect(receipt.attachments).to.deep.equal(envelope.attachments);
    const item = receipt.review[0]!.items.find((candidate) => candidate.fieldId === 'afschriftBesluit')!;
    expect(item.empty).to.equal(false);
    expect(item.answer).to.include('besluit.pdf');
  });

  it('takes several files for a field that allows them', async () => {
    // A PNG signature and the start of its IHDR chunk: the server checks contents by signature (issue 12 item 6).
    const photo = new Blob(
      [
        new Uint8Array([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
        ]),
      ],
      { type: 'image/png' },
    );
    const letter = pdf('%PDF-1.7 brief van de buren');
    const envelope = objectionEnvelope();
    envelope.values['bijlagen'] = ['foto', 'brief'];
    envelope.attachments = [await attachment('foto', 'bijlagen', 'dakkapel.png', photo), await attachment('brief', 'bijlagen', 'buren.pdf', letter)];
    const response = await postMultipart(SUBMISSIONS, envelope, { foto: photo, brief: letter });
    expect(response.status).to.equal(201);
  });

  it('rejects a file whose bytes do not match the stated SHA-256 (422)', async () => {
    const envelope = await withDecision(pdf());
    const errors = await errorsOf(await postMultipart(SUBMISSIONS, envelope, { 'besluit-1': pdf('%PDF-1.4 iets anders!') }));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.deep.include({ field: 'afschriftBesluit', target: 'field', rule: 'attachment', params: { id: 'besluit-1' } });
    expect(errors[0]!.message).to.include('Kopie van het besluit');
  });

  it('rejects a file whose size does not match the stated size (422)', async () => {
    const blob = pdf();
    const envelope = await withDecision(blob, { size: blob.size + 1 });
    const errors = await errorsOf(await postMultipart(SUBMISSIONS, envelope, { 'besluit-1': blob }));
    expect(errors.map((error) => error.rule)).to.deep.equal(['attachment']);
  });

  it('rejects a missing file part, in multipart and in JSON (422)', async () => {
    const envelope = await withDecision(pdf());
    expect((await errorsOf(await postMultipart(SUBMISSIONS, envelope)))[0]).to.include({ field: 'afschriftBesluit', rule: 'attachment' });
    expect((await errorsOf(await postJson(SUBMISSIONS, envelope)))[0]).to.include({ field: 'afschriftBesluit', rule: 'attachment' });
  });

  it('rejects a file part that no attachment announces (422)', async () => {
    const blob = pdf();
    const envelope = await withDecision(blob);
    const errors = await errorsOf(await postMultipart(SUBMISSIONS, envelope, { 'besluit-1': blob, extra: pdf('%PDF extra') }));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.deep.include({ field: '', target: 'submission', rule: 'attachment', params: { id: 'extra' } });
  });

  it('checks type and size limits of the definition with core validation (Awb 2:15)', async () => {
    const path = '/api/forms/server-limits/submissions';
    const envelope = async (blob: Blob, name: string): Promise<Envelope> => ({
      formId: 'server-limits',
      formVersion: '1.0.0',
      locale: 'nl',
      values: { bestand: ['b'] },
      declarations: {},
      attachments: [await attachment('b', 'bestand', name, blob)],
    });
    const text = new Blob(['hallo'], { type: 'text/plain' });
    expect((await postMultipart(path, await envelope(text, 'notitie.txt'), { b: text })).status).to.equal(201);
    const largest = new Blob(['x'.repeat(64)], { type: 'text/plain' });
    expect((await postMultipart(path, await envelope(largest, 'precies-64-bytes.txt'), { b: largest })).status).to.equal(201);

    const png = new Blob([new Uint8Array([0x89, 0x50])], { type: 'image/png' });
    const errors = await errorsOf(await postMultipart(path, await envelope(png, 'foto.png'), { b: png }));
    expect(errors[0]).to.include({ field: 'bestand', rule: 'fileType' });
    expect(errors[0]!.message).to.include('foto.png');
  });

  it('stops reading a file over the largest size the form accepts (413)', async () => {
    const path = '/api/forms/server-limits/submissions';
    const big = new Blob(['x'.repeat(1000)], { type: 'text/plain' });
    const envelope: Envelope = {
      formId: 'server-limits',
      formVersion: '1.0.0',
      locale: 'nl',
      values: { bestand: ['b'] },
      declarations: {},
      attachments: [await attachment('b', 'bestand', 'groot.txt', big)],
    };
    const response = await postMultipart(path, envelope, { b: big });
    expect(response.status).to.equal(413);
    expect(await errorCode(response)).to.equal('attachment-too-large');
  });

  it('refuses more files than the form accepts in all (413)', async () => {
    const path = '/api/forms/server-limits/submissions';
    const one = new Blob(['a'], { type: 'text/plain' });
    const response = await postMultipart(
      path,
      { formId: 'server-limits', formVersion: '1.0.0', locale: 'nl', values: {}, declarations: {}, attachments: [] },
      { a: one, b: one },
    );
    expect(response.status).to.equal(413);
    expect(await errorCode(response)).to.equal('too-many-files');
  });

  it('answers 400 for a multipart body without a submission part, or with another field', async () => {
    const form = new FormData();
    form.append('iets', 'anders');
    const withoutEnvelope = await fetch(SUBMISSIONS, { method: 'POST', body: form });
    expect(withoutEnvelope.status).to.equal(400);
    expect(await errorCode(withoutEnvelope)).to.equal('invalid-multipart');

    const empty = await fetch(SUBMISSIONS, { method: 'POST', body: new FormData() });
    expect(empty.status).to.equal(400);

    const notJson = await postMultipart(SUBMISSIONS, 'geen json');
    expect(notJson.status).to.equal(400);
    expect(await errorCode(notJson)).to.equal('invalid-json');
  });
});
