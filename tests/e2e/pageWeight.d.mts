/** Types of pageWeight.mjs (plain JavaScript, shared with the Node benchmarks in bench/). */
import type {Page} from '@playwright/test';

export declare const BUDGET_KIB: Readonly<{contactJs: number; total: number}>;
export declare const JS_BUDGET_ROUTE: string;
export declare const GZIP_LEVEL: number;

export interface LoadedFile {
  /** URL path of the file. */
  path: string;
  /** Playwright's resource type (document, stylesheet, script, image, font…), or `prefetch`. */
  type: string;
  gzipBytes: number;
}

export interface FirstLoad {
  /** What the page itself fetched to show and hydrate. */
  files: LoadedFile[];
  /** Chunks of linked pages that Docusaurus prefetches at idle priority; the total budget counts them. */
  prefetched: LoadedFile[];
}

export declare function gzipSize(bytes: Uint8Array): number;
export declare function kib(bytes: number): number;
export declare function sum(files: readonly LoadedFile[], type?: string): number;
export declare function firstLoad(page: Page, url: string): Promise<FirstLoad>;
