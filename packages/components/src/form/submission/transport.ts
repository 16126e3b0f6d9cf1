/** How far an upload is: bytes of the request body sent so far, of `total`. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/** A POST that could not be answered: no connection, or no answer within the time allowed. */
export interface NoAnswer {
  timedOut: boolean;
}

/**
 * POSTs `body` with `XMLHttpRequest`, the one browser API that reports upload progress (`fetch`
 * does not), and resolves with the server's answer as a `Response` (so the answer is read as a
 * fetch would read it), or with `NoAnswer` on a network failure or after `timeoutMs`. Never rejects.
 *
 * @param onProgress - called as the body goes out (`upload.onprogress`), bytes sent of the total
 */
export function postWithProgress(
  url: string,
  body: XMLHttpRequestBodyInit,
  headers: Record<string, string>,
  timeoutMs: number,
  onProgress: (progress: UploadProgress) => void,
): Promise<Response | NoAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.timeout = timeoutMs;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    };
    let timedOut = false;
    request.ontimeout = () => (timedOut = true);
    request.onloadend = () => {
      // Status 0: the request failed (network, CORS, abort, timeout) without an answer.
      if (request.status === 0) return resolve({ timedOut });
      const nullBody = [204, 205, 304].includes(request.status);
      resolve(new Response(nullBody ? null : request.responseText, { status: request.status, headers: responseHeaders(request) }));
    };
    request.send(body);
  });
}

/** The answer's headers (`getAllResponseHeaders`: CORS-exposed ones only across origins). */
function responseHeaders(request: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of request
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}
