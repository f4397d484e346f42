/**
 * Reads test files as text: the static names of the tests they declare, skipping comments, strings,
 * templates and regexes the way a JavaScript parser would.
 */

/**
 * The static names of the tests declared in a source file: the first argument of `it(…)`, `test(…)`,
 * their modifiers (`it.skip(…)`, `test.concurrent(…)`) and `it.each(…)(…)` / `it.each\`…\`(…)`, when
 * that argument is a string literal (quotes, double quotes or a backtick string without `${}`).
 * Names built at run time (template literals with `${}`) are not listed, so they cannot be cited.
 */
export function declaredTestNames(text: string): Set<string> {
  const source = withoutComments(text);
  const names = new Set<string>();
  const head = /(?<![\w$.])(?:it|test)((?:\s*\.\s*[A-Za-z]+)*)\s*/g;
  for (let match = head.exec(source); match; match = head.exec(source)) {
    const modifiers = match[1].split('.').map((m) => m.trim()).filter(Boolean);
    let at = match.index + match[0].length;
    if (modifiers.includes('each')) {
      // The table: either a call's arguments or a tagged template.
      if (source[at] === '(') at = skipBalanced(source, at);
      else if (source[at] === '`') at = skipTemplate(source, at);
      else continue;
      if (at < 0) continue;
      at = skipSpace(source, at);
    }
    if (source[at] !== '(') continue;
    const literal = readStringLiteral(source, skipSpace(source, at + 1));
    if (literal !== null) names.add(literal);
  }
  return names;
}

/** The source with every comment blanked out (strings, templates and regexes are kept as they are). */
function withoutComments(source: string): string {
  let out = '';
  let previous = '';
  for (let at = 0; at < source.length; ) {
    const c = source[at];
    let end = at + 1;
    if (source.startsWith('//', at) || source.startsWith('/*', at)) {
      const line = source.startsWith('//', at);
      const close = source.indexOf(line ? '\n' : '*/', at + 2);
      end = close < 0 ? source.length : line ? close : close + 2;
      out += source.slice(at, end).replace(/[^\n]/g, ' ');
      at = end;
      continue;
    }
    if (c === "'" || c === '"') end = skipQuoted(source, at);
    else if (c === '`') end = skipTemplate(source, at);
    else if (c === '/' && (previous === '' || /[(,=:[!&|?{};>+\-*%~^<]/.test(previous))) end = skipRegex(source, at);
    if (end < 0) end = at + 1;
    out += source.slice(at, end);
    if (!/\s/.test(source[end - 1])) previous = source[end - 1];
    at = end;
  }
  return out;
}

function skipSpace(source: string, at: number): number {
  for (;;) {
    while (at < source.length && /\s/.test(source[at])) at++;
    if (source.startsWith('//', at)) at = source.indexOf('\n', at) < 0 ? source.length : source.indexOf('\n', at);
    else if (source.startsWith('/*', at)) at = source.indexOf('*/', at) < 0 ? source.length : source.indexOf('*/', at) + 2;
    else return at;
  }
}

/** From an opening bracket, the index just after its matching closing bracket (or -1). */
function skipBalanced(source: string, at: number): number {
  const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  let previous = '';
  while (at < source.length) {
    const c = source[at];
    if (c === "'" || c === '"') {
      at = skipQuoted(source, at);
    } else if (c === '`') {
      at = skipTemplate(source, at);
    } else if (source.startsWith('//', at) || source.startsWith('/*', at)) {
      at = skipSpace(source, at);
      continue;
    } else if (c === '/' && (previous === '' || /[(,=:[!&|?{};>+\-*%~^<]/.test(previous))) {
      at = skipRegex(source, at);
    } else {
      if (c in closing) stack.push(closing[c]);
      else if (c === ')' || c === ']' || c === '}') {
        if (stack.pop() !== c) return -1;
        if (stack.length === 0) return at + 1;
      }
      at++;
    }
    if (at < 0) return -1;
    previous = source[at - 1] ?? '';
    if (/\s/.test(previous)) {
      let back = at - 1;
      while (back >= 0 && /\s/.test(source[back])) back--;
      previous = source[back] ?? '';
    }
  }
  return -1;
}

function skipQuoted(source: string, at: number): number {
  const quote = source[at];
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return i + 1;
    else if (source[i] === '\n') return -1;
  }
  return -1;
}

function skipTemplate(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '`') return i + 1;
    else if (source.startsWith('${', i)) {
      const end = skipBalanced(source, i + 1);
      if (end < 0) return -1;
      i = end - 1;
    }
  }
  return -1;
}

function skipRegex(source: string, at: number): number {
  let inClass = false;
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      let end = i + 1;
      while (end < source.length && /[a-z]/i.test(source[end])) end++;
      return end;
    } else if (c === '\n') return -1;
  }
  return -1;
}

/** The value of a string literal starting at `at`, or null if there is none (or it has `${}`). */
function readStringLiteral(source: string, at: number): string | null {
  const quote = source[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return null;
  let value = '';
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i];
    if (c === quote) return value;
    if (quote === '`' && source.startsWith('${', i)) return null;
    if (c === '\n' && quote !== '`') return null;
    if (c !== '\\') {
      value += c;
      continue;
    }
    const next = source[++i];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
    if (next in simple) value += simple[next];
    else if (next === 'x') {
      value += String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === 'u' && source[i + 1] === '{') {
      const end = source.indexOf('}', i);
      value += String.fromCodePoint(parseInt(source.slice(i + 2, end), 16));
      i = end;
    } else if (next === 'u') {
      value += String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next === '\n') {
      // A line continuation adds nothing.
    } else value += next;
  }
  return null;
}
