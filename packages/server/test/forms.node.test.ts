import { describe, it } from 'node:test';
import { expect } from 'chai';
import { errorCode, fetch } from './support/intake.js';

describe('intake endpoint: GET /api/forms/:formId', () => {
  it('serves the definition of a known form as JSON', async () => {
    const response = await fetch('/api/forms/bezwaarschrift');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^application\/json/);
    const definition = (await response.json()) as { id: string; version: string; organisation: { name: string } };
    expect(definition.id).to.equal('bezwaarschrift');
    expect(definition.version).to.equal('1.0.0');
    expect(definition.organisation.name).to.equal('Gemeente Voorbeeld');
  });

  it('serves the newest of several versions of a form (1.1.0 over 1.0.0)', async () => {
    const definition = (await (await fetch('/api/forms/server-versioned')).json()) as { version: string };
    expect(definition.version).to.equal('1.1.0');
  });

  it('answers 404 with a JSON error for an unknown form', async () => {
    const response = await fetch('/api/forms/bestaat-niet');
    expect(response.status).to.equal(404);
    expect(await errorCode(response)).to.equal('unknown-form');
  });

  it('answers 404 with a JSON error for an unknown path under /api/', async () => {
    for (const path of ['/api/', '/api/forms', '/api/forms/bezwaarschrift/iets', '/api/%E0%A4%A']) {
      const response = await fetch(path);
      expect(response.status, path).to.equal(404);
      expect(await errorCode(response), path).to.equal('not-found');
    }
  });

  it('answers 405 with the allowed method for a wrong method', async () => {
    const post = await fetch('/api/forms/bezwaarschrift', { method: 'POST', body: '{}' });
    expect(post.status).to.equal(405);
    expect(post.headers.get('allow')).to.equal('GET, HEAD');
    const get = await fetch('/api/forms/bezwaarschrift/submissions');
    expect(get.status).to.equal(405);
    expect(get.headers.get('allow')).to.equal('POST');
    expect(await errorCode(get)).to.equal('method-not-allowed');
  });
});
