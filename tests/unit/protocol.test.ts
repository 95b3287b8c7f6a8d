import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidMessage, parseRequest } from '../../lib/messages/protocol';

describe('parseRequest', () => {
  it('accepts well-formed requests', () => {
    const scan = { type: 'page-scanned', mode: 'replace', topics: [{ id: 'x', label: 'X', count: 2 }], sentences: [{ text: 'X did it.', start: 0, topics: ['x'] }] };
    expect(parseRequest(scan)).toEqual(scan);
    expect(parseRequest({ type: 'get-report', tabId: 7 })).toEqual({ type: 'get-report', tabId: 7 });
  });

  it.each([
    null,
    'page-scanned',
    { type: 'nope' },
    { type: 'get-report', tabId: -1 },
    { type: 'get-report', tabId: '3' },
    { type: 'page-scanned', mode: 'replace', topics: [{ id: 'x', label: 'X', count: 0 }], sentences: [] },
    { type: 'page-scanned', mode: 'merge', topics: [], sentences: [] },
    { type: 'page-scanned', topics: [], sentences: [{ text: 'x'.repeat(5000), start: 0, topics: [] }] },
    { type: 'page-scanned', topics: [], sentences: [{ text: 'x', start: -1, topics: [] }] },
    { type: 'page-scanned', topics: [], sentences: [{ text: 'x', topics: [] }] },
    { type: 'page-scanned', topics: [], sentences: Array.from({ length: 1000 }, () => ({ text: 'a', topics: [] })) },
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
