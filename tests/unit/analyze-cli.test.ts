import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'lib/node/analyze-cli.ts'), ...args], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run analyze', () => {
  it('prints exactly one JSON object of the documented shape with --json', () => {
    const { code, stdout, stderr } = run([join(PAGES, 'figures-conflict.html'), '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['topics', 'facts', 'figures', 'sourceConflicts']);
    expect(result.figures.map((f: { text: string; verdict: string }) => [f.text, f.verdict])).toEqual([
      ['roughly 97 million', 'close'],
      ['about 60 million', 'conflicts'],
      ['14 August', 'conflicts'],
      ['thousands', 'conflicts'],
    ]);
    for (const f of result.figures) {
      expect(Object.keys(f)).toEqual(['text', 'sentence', 'subject', 'verdict', 'sources', 'explanation']);
      expect(f.sentence).toContain(f.text);
      for (const s of f.sources) expect(Object.keys(s)).toEqual(['source', 'quote']);
    }
    expect(result.sourceConflicts[0].sides).toHaveLength(2);
  });

  it('reads plain text from standard input and prints a readable report', () => {
    const { code, stdout } = run(['-'], 'Telegram said it removes thousands of posts a day. Roskomnadzor restricted calls on WhatsApp and Telegram in Russia.');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Conflicting figures \(1\)/);
    expect(stdout).toContain('thousands — Telegram posts per day');
  });

  it.each([
    ['a missing file', ['/nonexistent/page.html'], /no such file/],
    ['an empty file', ['EMPTY'], /is empty/],
    ['a binary file', ['BINARY'], /is binary/],
    ['a directory', [tmpdir()], /is a directory/],
    ['no input', [], /usage/],
  ])('fails with one line on stderr and exit 2 for %s', (_what, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'data.bin');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
    const { code, stdout, stderr } = run(args.map((a) => (a === 'EMPTY' ? empty : a === 'BINARY' ? binary : a)));
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('fails cleanly on a file that cannot be read, even as root', () => {
    // Reading /proc/self/mem from the start fails with EIO for every user.
    const { code, stdout, stderr } = run(['/proc/self/mem']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^analyze: \/proc\/self\/mem: cannot read/);
  });

  it('answers any input with one JSON object (exit 0) or one line of error (exit 2), never a crash', () => {
    const inputs = fc.sample(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1'))), { numRuns: 6, seed: 42 });
    for (const input of [...inputs, '<p>WhatsApp ' + '<b>'.repeat(500) + 'about 96 million</p>']) {
      const { code, stdout, stderr } = run(['-', '--json'], input);
      if (code === 0) expect(() => JSON.parse(stdout)).not.toThrow();
      else {
        expect(code).toBe(2);
        expect(stderr.trim().split('\n')).toHaveLength(1);
      }
    }
  });
});
