import { describe, expect, it } from 'vitest';
import { decodeText, MAX_SOURCE_BYTES, TextFileError } from '../../lib/text/decode-text';
import { htmlToText } from '../../lib/sources/html-to-text';
import { markdownToText } from '../../lib/sources/markdown-to-text';
import { pastedSource, readSourceFile } from '../../lib/sources/read-source-file';
import { buildSourcePack } from '../../lib/pack/build-source-pack';

const utf8 = (s: string) => new TextEncoder().encode(s);
const prose = 'The Norbay harbour authority said on Monday that the new ferry line would open in the spring.';

describe('decodeText', () => {
  it('reads UTF-8, UTF-8 with a BOM and UTF-16 with a BOM alike', () => {
    const text = 'Паром — ferry, “quoted”';
    expect(decodeText(utf8(text), 'a.txt')).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'a.txt')).toBe(text);
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(le, 'a.txt')).toBe(text);
  });

  it('uses the charset an HTML file declares', () => {
    // "Паром" in windows-1251
    const bytes = new Uint8Array([...utf8('<meta charset="windows-1251"><p>'), 0xcf, 0xe0, 0xf0, 0xee, 0xec, ...utf8('</p>')]);
    expect(decodeText(bytes, 'a.html', { html: true })).toContain('Паром');
  });

  it('refuses empty, binary, oversized and mis-encoded files with a message naming the file', () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [new Uint8Array(0), /^e\.txt: empty file$/],
      [utf8(' \n\t '), /^e\.txt: empty file$/],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), /^e\.txt: binary data/],
      [utf8(`text${'\u0001\u0002\u0003'.repeat(20)}`), /^e\.txt: binary data/],
      [new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61), /^e\.txt: 2\.0 MB is over the 2 MB/],
      [new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /^e\.txt: not valid UTF-8 text \(mis-encoded\?\)/],
    ];
    for (const [bytes, message] of cases) {
      expect(() => decodeText(bytes, 'e.txt')).toThrow(TextFileError);
      expect(() => decodeText(bytes, 'e.txt')).toThrow(message);
    }
  });
});

describe('htmlToText', () => {
  it('keeps the article, drops scripts, styles, navigation and handlers, and reads stated metadata', () => {
    const html = `<!doctype html><html><head><title>Ferry | Norbay Post</title>
      <meta property="og:title" content="Norbay ferry line opens in spring">
      <meta property="og:site_name" content="Norbay Post">
      <meta property="article:published_time" content="2026-03-02T08:00:00Z">
      <link rel="canonical" href="https://news.example/ferry">
      <script>document.title = 'evil'; fetch('https://x.example')</script><style>p{color:red}</style></head>
      <body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
      <article><h1>Norbay ferry line opens</h1><p onclick="alert(1)">${prose}</p>
      <p>It will carry 2,000 passengers a day &amp; cars, officials said in a statement on Tuesday.</p>
      <script>alert('inside')</script><p>The route links Norbay with the islands to the north of the bay.</p></article>
      <footer>© Norbay Post 2026</footer></body></html>`;
    const { text, stated } = htmlToText(html);
    expect(text).toContain(prose);
    expect(text).toContain('2,000 passengers a day & cars');
    expect(text).not.toMatch(/alert|fetch|color:red|World news menu|© Norbay/u);
    expect(text.split('\n\n')[0]).toBe('Norbay ferry line opens');
    expect(stated).toEqual({ title: 'Norbay ferry line opens in spring', outlet: 'Norbay Post', date: '2026-03-02', url: 'https://news.example/ferry' });
  });

  it('states nothing the markup does not, and refuses a non-http canonical address', () => {
    const { stated } = htmlToText(`<link rel="canonical" href="javascript:alert(1)"><p>${prose}</p>`);
    expect(stated).toEqual({});
  });

  it('survives broken markup', () => {
    const { text } = htmlToText(`<div><p>${prose}<span><b>unclosed <i>tags</div></article></p><p>Second paragraph here.`);
    expect(text).toContain(prose);
    expect(text).toContain('Second paragraph here.');
  });
});

describe('markdownToText', () => {
  it('reads front matter and keeps the words of links and emphasis', () => {
    const md = `---\ntitle: "Ferry line opens"\noutlet: Norbay Post\ndate: 2 March 2026\nurl: https://news.example/ferry\nauthor: Someone\n---\n# Ferry line opens\n\n${prose} See [the timetable](https://x.example) for **all** _times_.\n\n\`\`\`\ncode block\n\`\`\`\n![map](map.png)\n`;
    const { text, stated } = markdownToText(md);
    expect(stated).toEqual({ title: 'Ferry line opens', outlet: 'Norbay Post', date: '2026-03-02', url: 'https://news.example/ferry' });
    expect(text).toContain('Ferry line opens\n');
    expect(text).toContain('See the timetable for all times.');
    expect(text).not.toMatch(/code block|map\.png|https:|\*\*|#/u);
  });
});

describe('readSourceFile', () => {
  it('reads each kind into text the pack builder takes, with what the file states', () => {
    const html = readSourceFile('a.html', utf8(`<title>Harbour news</title><p>${prose}</p>`));
    expect(html.content).toBe(prose);
    expect(html.stated).toEqual({ title: 'Harbour news' });
    expect(readSourceFile('b.md', utf8(`# Heading\n\n${prose}`)).content).toContain(`Heading\n\n${prose}`);
    expect(readSourceFile('c.TXT', utf8(prose)).content).toBe(prose);
  });

  it('refuses other kinds, and HTML with no text in it', () => {
    expect(() => readSourceFile('a.pdf', utf8(prose))).toThrow(/^a\.pdf: not a \.txt, \.md or \.html file$/);
    expect(() => readSourceFile('a.html', utf8('<script>var x = "only code";</script>'))).toThrow(/^a\.html: no readable text in it$/);
  });

  it('takes pasted text with the title the reader gives, and refuses empty text', () => {
    const pasted = pastedSource('pasted-1.txt', '  My   notes ', prose);
    expect(pasted.stated).toEqual({ title: 'My notes' });
    expect(() => pastedSource('p.txt', 'Notes', '   ')).toThrow(/Notes: the text is empty/);
  });
});

describe('source names and metadata in the pack', () => {
  it('prefers what the file states, then what the text states, then sources.json; else names it by its lead', () => {
    const pack = buildSourcePack([
      { name: 'a.txt', content: `Harbour Ferry Line Opens In Spring\n${prose}`, given: { title: 'Given title', outlet: 'Given outlet', url: 'https://a.example/1' } },
      { name: 'b.txt', content: prose, stated: { title: 'Stated title', date: '2026-03-02' }, given: { title: 'Given B', date: '2026-01-01' } },
      { name: 'c.txt', content: prose, given: { title: 'Given C' } },
      { name: 'd.txt', content: prose },
    ]);
    const byId = Object.fromEntries(pack.sources.map((s) => [s.id, s]));
    expect(byId.a).toMatchObject({ title: 'Harbour Ferry Line Opens In Spring', outlet: 'Given outlet', url: 'https://a.example/1', date: null });
    expect(byId.b).toMatchObject({ title: 'Stated title', date: '2026-03-02', url: null });
    expect(byId.c!.title).toBe('Given C');
    expect(byId.d!.title).toBeNull();
    expect(byId.d!.lead).toBe('The Norbay harbour authority said on Monday that…');
    expect(byId.d!.words).toBe(prose.split(' ').length);
  });
});
