/**
 * Raw HTTP against the nginx under test: `node:http` sends the path exactly as
 * written (fetch and Playwright normalise `/../` and percent-escapes away), and
 * the body comes back undecoded so that compression can be checked.
 */
import {existsSync} from 'node:fs';
import {request as httpRequest, type IncomingHttpHeaders} from 'node:http';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';

export const NGINX_PORT = Number(process.env.NGINX_PORT ?? 8280);

/** Debian's brotli modules; scripts/serve-nginx.mjs loads them (and enables brotli) when both exist. */
export const HAS_BROTLI = ['static', 'filter'].every((kind) => existsSync(`/usr/lib/nginx/modules/ngx_http_brotli_${kind}_module.so`));

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent on the wire (compressed when Content-Encoding says so). */
  wire: Buffer;
  /** The body after undoing Content-Encoding. */
  body: Buffer;
}

export function rawRequest(path: string, options: {method?: string; headers?: Record<string, string>} = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({host: '127.0.0.1', port: NGINX_PORT, path, method: options.method ?? 'GET', headers: options.headers}, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const wire = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        const body = encoding === 'gzip' ? gunzipSync(wire) : encoding === 'br' ? brotliDecompressSync(wire) : wire;
        resolve({status: response.statusCode ?? 0, headers: response.headers, wire, body});
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}
