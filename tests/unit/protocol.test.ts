import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidMessage, parseRequest } from '../../lib/messages/protocol';

describe('parseRequest', () => {
  it('accepts well-formed requests', () => {
    const scan = { type: 'page-scanned', mode: 'replace', topics: [{ id: 'x', label: 'X', count: 2 }], lines: [{ text: 'X did it. It said so.', start: 0, mentions: [{ topicId: 'x', start: 0, end: 1 }] }] };
    expect(parseRequest(scan)).toEqual(scan);
    const cut = { ...scan, lines: [{ ...scan.lines[0], cutStart: true, cutEnd: false }] };
    expect(parseRequest(cut)).toEqual({ ...scan, lines: [{ ...scan.lines[0], cutStart: true }] });
    // Fields a line does not have are not passed on.
    expect(parseRequest({ ...scan, lines: [{ ...scan.lines[0], html: '<b>' }] })).toEqual(scan);
    expect(parseRequest({ type: 'get-report', tabId: 7 })).toEqual({ type: 'get-report', tabId: 7 });
  });

  it.each([
    null,
    'page-scanned',
    { type: 'nope' },
    { type: 'get-report', tabId: -1 },
    { type: 'get-report', tabId: '3' },
    { type: 'page-scanned', mode: 'replace', topics: [{ id: 'x', label: 'X', count: 0 }], lines: [] },
    { type: 'page-scanned', mode: 'merge', topics: [], lines: [] },
    { type: 'page-scanned', mode: 'replace', topics: [], sentences: [] },
    { type: 'page-scanned', mode: 'replace', topics: [], lines: [{ text: 'x'.repeat(30_000), start: 0, mentions: [] }] },
    { type: 'page-scanned', mode: 'replace', topics: [], lines: Array.from({ length: 30 }, () => ({ text: 'x'.repeat(19_000), start: 0, mentions: [] })) },
    { type: 'page-scanned', mode: 'replace', topics: [], lines: [{ text: 'x', start: -1, mentions: [] }] },
    { type: 'page-scanned', mode: 'replace', topics: [], lines: [{ text: 'x', mentions: [] }] },
    { type: 'page-scanned', mode: 'replace', topics: [], lines: [{ text: 'xyz', start: 0, mentions: [{ topicId: 'x', start: 2, end: 9 }] }] },
    { type: 'page-scanned', mode: 'replace', topics: [], lines: [{ text: 'xyz', start: 0, mentions: [{ topicId: '', start: 0, end: 1 }] }] },
    { type: 'page-scanned', mode: 'replace', topics: [], lines: [{ text: 'xyz', start: 0, mentions: [], cutEnd: 'yes' }] },
    { type: 'page-scanned', mode: 'replace', topics: [], lines: Array.from({ length: 1000 }, () => ({ text: 'a', start: 0, mentions: [] })) },
  ])('rejects %j', (message) => {
    expect(() => parseRequest(message)).toThrow(InvalidMessage);
  });

  it('never throws anything but InvalidMessage on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          parseRequest(value);
        } catch (err) {
          expect(err).toBeInstanceOf(InvalidMessage);
        }
      }),
    );
  });
});
