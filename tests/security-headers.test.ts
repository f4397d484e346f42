/**
 * The response headers have one definition (build/security-headers.ts): what `npm start` sends and
 * what the build writes for static hosts are checked in Chromium (tests/e2e/hosting.test.ts); this
 * checks the copies that are text: the `_headers` file reads back as written, and the README's nginx
 * example is what the build writes, but for the style sheet's hash.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  headersFile,
  headersFor,
  nginxHeaders,
  parseHeadersFile,
  securityHeaderRules,
  serviceWorkerPath,
  versionModulePath,
} from '../build/security-headers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rules = securityHeaderRules(['sha256-HASH']);

describe('security headers', () => {
  it('the _headers file reads back as the rules it was written from', () => {
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });

  it('the page gets one policy that forbids framing; the service worker another, that lets it fetch this site', () => {
    const page = headersFor(rules, '/').filter(([name]) => name === 'Content-Security-Policy');
    expect(page).toHaveLength(1);
    expect(page[0][1]).toContain("frame-ancestors 'none'");
    expect(page[0][1]).toContain("connect-src 'none'");
    const worker = headersFor(rules, serviceWorkerPath).filter(([name]) => name === 'Content-Security-Policy');
    expect(worker).toEqual([['Content-Security-Policy', "default-src 'self'"]]);
  });

  it('the version check is a script of the page, under its policy, and always asked of the server', () => {
    const version = headersFor(rules, versionModulePath);
    expect(version.filter(([name]) => name === 'Content-Security-Policy')).toEqual(
      headersFor(rules, '/').filter(([name]) => name === 'Content-Security-Policy'),
    );
    expect(version).toContainEqual(['Cache-Control', 'no-cache']);
  });

  it("the README's nginx example is what the build writes to nginx-headers.conf", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = readme.match(/The file holds[^\n]*\n\n```nginx\n([\s\S]*?)```/)?.[1];
    expect(example, 'README: "The file holds …" followed by an nginx block').toBeDefined();
    expect(example).toBe(nginxHeaders(rules));
  });
});
