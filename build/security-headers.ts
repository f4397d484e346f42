/**
 * The response headers the app is served with, defined once: `npm start` (vite preview) sends them,
 * the build writes them for static hosts (`_headers`, read by Netlify and Cloudflare Pages) and as an
 * nginx include, and the built index.html carries the Content-Security-Policy as a `<meta>` for hosts
 * that send no headers at all.
 */

/**
 * Privacy by construction: the built page may load only its own files and may not connect anywhere
 * (no fetch, XHR or WebSocket), run inline or eval'd script, embed objects, or submit forms. Its one
 * inline style sheet is allowed by its hash, not by allowing inline styles. As a header it also
 * forbids any other site to frame the page; a `<meta>` policy cannot say that (browsers ignore
 * frame-ancestors there), so the meta version leaves it out and the app refuses to show answers
 * when framed (src/framing.ts).
 */
export function contentSecurityPolicy(inlineStyleHashes: readonly string[], where: 'header' | 'meta'): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...inlineStyleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(where === 'header' ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** Powerful features the app never uses, denied to it and to anything it could ever embed. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export type Headers = ReadonlyArray<readonly [name: string, value: string]>;

/** Headers for the paths a rule names: exact, or a prefix ending in `*` (the `_headers` file's syntax). */
export interface HeaderRule {
  path: string;
  headers: Headers;
}

/**
 * The service worker's own policy. A worker obeys the policy its script was served with, not the
 * page's: it must fetch the app's files to keep them for offline use, so it may connect to this
 * site (and only to it), which the page itself may not.
 */
export const serviceWorkerPolicy = "default-src 'self'";
export const serviceWorkerPath = '/sw.js';

/**
 * The build's `version.js`, which an open page imports to learn whether a new version has replaced
 * its files: a script of the page, so under the page's policy, and never answered from a cache.
 */
export const versionModulePath = '/version.js';

/**
 * Every response gets the plain headers; the page and its scripts get the page's policy, the service
 * worker its own. The two policies never match the same path: static hosts join the values of a
 * header that several rules give, and two policies would both apply.
 */
export function securityHeaderRules(inlineStyleHashes: readonly string[]): HeaderRule[] {
  const pagePolicy: Headers = [['Content-Security-Policy', contentSecurityPolicy(inlineStyleHashes, 'header')]];
  return [
    {
      path: '/*',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'no-referrer'],
        ['Permissions-Policy', deniedFeatures.map((feature) => `${feature}=()`).join(', ')],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
        // What frame-ancestors says, for every path, including any a host answers with index.html.
        ['X-Frame-Options', 'DENY'],
      ],
    },
    { path: '/', headers: pagePolicy },
    { path: '/index.html', headers: pagePolicy },
    { path: '/assets/*', headers: pagePolicy },
    { path: versionModulePath, headers: [...pagePolicy, ['Cache-Control', 'no-cache']] },
    { path: serviceWorkerPath, headers: [['Content-Security-Policy', serviceWorkerPolicy]] },
  ];
}

function matches(rule: HeaderRule, pathname: string): boolean {
  return rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
}

/** The headers a response for `pathname` gets under `rules`. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Headers {
  return rules.filter((rule) => matches(rule, pathname)).flatMap((rule) => rule.headers);
}

/** Netlify's and Cloudflare Pages' `_headers` file. */
export function headersFile(rules: readonly HeaderRule[]): string {
  return rules.flatMap((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)]).join('\n') + '\n';
}

/** Reads back what `headersFile` wrote, so that `npm start` sends exactly that. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: cannot read "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The same headers for nginx, to `include` in the `server` block that serves the build. `always`
 * sends them on error responses too. nginx drops a server's add_header lines in a location that has
 * add_header lines of its own, so the locations of the version module and the service worker repeat
 * the plain headers.
 */
export function nginxHeaders(rules: readonly HeaderRule[]): string {
  const line = ([name, value]: readonly [string, string]) => `add_header ${name} "${value}" always;`;
  const location = (path: string) => [
    `location = ${path} {`,
    ...headersFor(rules, path).map((header) => `    ${line(header)}`),
    '}',
  ];
  return [...headersFor(rules, '/').map(line), ...location(versionModulePath), ...location(serviceWorkerPath), ''].join('\n');
}
