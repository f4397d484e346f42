/** The readers the hazard-log check in clinical-safety.test.ts relies on, tried on small made-up inputs. */
import { describe, expect, it } from 'vitest';
import { declaredTestNames } from './declared-test-names';
import { testReferences } from './hazard-log';

describe('the readers this check relies on', () => {
  const source = [
    "it('plain name', () => {});",
    'it("double \\"quoted\\" name", () => {});',
    'test(`backtick name`, () => {});',
    "it.each([['a'], ['b']] as const)(\n  '%s: parameterised, (with parens)',\n  (x) => {},\n);",
    "it.each(list.map((p) => [`${p.a}=${JSON.stringify(p.b)}`].filter((d) => /a|b=/.test(d))))('after a regex: %s', () => {});",
    'it.skip(\'skipped but declared\', () => {});',
    'it(`dynamic ${name}`, () => {});',
    "describe('a describe is not a test', () => {});",
    "expect(/x/.test('not a test either')).toBe(false);",
    "// it('commented out', () => {});",
  ].join('\n');
  const names = declaredTestNames(source);

  it('finds the first argument of it(), test(), it.each()() and modifiers, in any quotes', () => {
    for (const name of [
      'plain name',
      'double "quoted" name',
      'backtick name',
      '%s: parameterised, (with parens)',
      'after a regex: %s',
      'skipped but declared',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('rejects near misses, run-time names, describe() names, other calls and commented-out tests', () => {
    for (const name of [
      'plain nam',
      'plain name ',
      'Plain name',
      'dynamic ${name}',
      'a describe is not a test',
      'not a test either',
      'commented out',
    ]) {
      expect(names.has(name), name).toBe(false);
    }
  });

  it('splits a tests cell on <br> and ; but not on a ; inside a test name', () => {
    const cell =
      '`tests/a.test.ts › one; with a semicolon`<br>`tests/b.test.tsx › two` ; tests/c.test.ts › three<br />`tests/d.test.ts ›no space`';
    expect(testReferences(cell)).toEqual({
      references: [
        { file: 'tests/a.test.ts', name: 'one; with a semicolon' },
        { file: 'tests/b.test.tsx', name: 'two' },
        { file: 'tests/c.test.ts', name: 'three' },
      ],
      unreadable: ['`tests/d.test.ts ›no space`'],
    });
  });
});
