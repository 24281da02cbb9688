/**
 * Raw HTTP against the server under test (the suite's baseURL): `node:http`
 * sends the path exactly as written (fetch and Playwright normalise `/../` and
 * percent-escapes away), and the body comes back undecoded so that compression
 * can be checked.
 */
import {request as httpRequest, type IncomingHttpHeaders} from 'node:http';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {test} from '@playwright/test';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent on the wire (compressed when Content-Encoding says so). */
  wire: Buffer;
  /** The body after undoing Content-Encoding. */
  body: Buffer;
}

/** Sends `path` as it is to the running test's baseURL. */
export function rawRequest(
  path: string,
  options: {method?: string; headers?: Record<string, string>} = {},
): Promise<RawResponse> {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) {
    throw new Error("rawRequest needs the suite's baseURL");
  }
  const {hostname, port} = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {host: hostname, port, path, method: options.method ?? 'GET', headers: options.headers},
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          const body = encoding === 'gzip' ? gunzipSync(wire) : encoding === 'br' ? brotliDecompressSync(wire) : wire;
          resolve({status: response.statusCode ?? 0, headers: response.headers, wire, body});
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}
