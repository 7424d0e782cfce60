// Sending a file with upload progress, for every page that uploads one (bringing a plan in, the monthly return).
// XMLHttpRequest rather than fetch, because fetch still gives no upload progress, and a 20 MB workbook on a council's
// network takes a while. It takes only the antiforgery header from client.ts, so the pages that upload stay in
// chunks of their own and the app everyone downloads does not grow.

import { antiforgeryHeaders, ApiError, type Problem } from './client';

/**
 * POSTs a multipart form (a file) and reports the share uploaded (0 to 1) as it goes. Fails as client.ts's request()
 * does: an ApiError with the problem details, or a TypeError when the server cannot be reached.
 */
export function postWithProgress<T>(url: string, body: FormData, onProgress: (sent: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(antiforgeryHeaders())) xhr.setRequestHeader(name, value);
    xhr.withCredentials = true;
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      const json = parseJson(xhr.responseText, xhr.getResponseHeader('Content-Type'));
      if (xhr.status >= 200 && xhr.status < 300) resolve(json as T);
      else reject(new ApiError(xhr.status, json as Problem | undefined));
    });
    xhr.addEventListener('error', () => reject(new TypeError('The tracker could not be reached.')));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was stopped.', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

function parseJson(text: string, type: string | null): unknown {
  if (!(type ?? '').includes('json') || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
