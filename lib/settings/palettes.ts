/**
 * Highlight colours. Each palette has a light and a dark variant; a test checks that page text on
 * every highlight keeps at least WCAG AA contrast (4.5:1) against typical light and dark pages.
 */
export const PALETTE_IDS = ['classic', 'high-contrast', 'colour-blind'] as const;
export type PaletteId = (typeof PALETTE_IDS)[number];

export type HighlightKind = 'topic' | 'fact' | 'agree' | 'close' | 'conflict' | 'flash';

export interface KindStyle {
  /** Background as [r, g, b, alpha]. */
  background: [number, number, number, number];
  underline: string;
  wavy?: boolean;
}

export interface Palette {
  id: PaletteId;
  light: Record<HighlightKind, KindStyle>;
  dark: Record<HighlightKind, KindStyle>;
}

const KINDS: HighlightKind[] = ['topic', 'fact', 'agree', 'close', 'conflict', 'flash'];

/** How the options page names each palette (apart from the colours: the content script needs none of it). */
export const PALETTE_LABELS: Record<PaletteId, string> = {
  classic: 'Classic (yellow, green, red)',
  'high-contrast': 'High contrast (strong underlines)',
  'colour-blind': 'Colour-blind safe (blue and orange)',
};

/**
 * The palettes as written: per variant, one 'r g b alpha underline' entry per kind in KINDS order;
 * conflicts are underlined wavy. Written compactly because the content script ships them to every page.
 */
const WRITTEN: Array<[PaletteId, string, string]> = [
  [
    'classic',
    '255 196 0 0.35 a86400,80 140 255 0.12 2f5fb3,46 160 92 0.3 1d6b48,245 166 35 0.3 8a5a00,220 60 50 0.28 b3261e,255 140 0 0.55 8a3b00',
    '255 196 0 0.28 ffcc4d,110 160 255 0.2 9ec0ff,60 200 120 0.28 6fe0a0,255 180 60 0.3 ffc86b,255 90 80 0.32 ff8a80,255 160 40 0.45 ffc080',
  ],
  [
    'high-contrast',
    '255 230 0 0.55 000000,0 90 255 0.15 002f87,0 170 80 0.3 003d1c,255 170 0 0.35 4d3000,255 0 0 0.25 6b0000,255 120 0 0.6 000000',
    '255 230 0 0.35 ffffff,80 150 255 0.3 ffffff,0 220 110 0.3 ffffff,255 190 40 0.4 ffffff,255 60 60 0.4 ffffff,255 150 0 0.5 ffffff',
  ],
  [
    'colour-blind',
    '240 228 66 0.45 6b6000,86 180 233 0.2 005a8c,0 114 178 0.22 004a75,0 158 115 0.25 00553d,230 159 0 0.4 8a4b00,204 121 167 0.45 6b2a50',
    '240 228 66 0.3 f0e442,86 180 233 0.25 8fd0f5,0 114 178 0.45 7cc4f0,0 158 115 0.4 6fe0c0,230 159 0 0.4 ffc04d,204 121 167 0.45 f0b0d5',
  ],
];

function variant(written: string): Record<HighlightKind, KindStyle> {
  const entries = written.split(',').map((entry, i): [HighlightKind, KindStyle] => {
    const [r, g, b, a, underline] = entry.split(' ');
    const kind = KINDS[i]!;
    const style: KindStyle = { background: [Number(r), Number(g), Number(b), Number(a)], underline: `#${underline}` };
    if (kind === 'conflict') style.wavy = true;
    return [kind, style];
  });
  return Object.fromEntries(entries) as Record<HighlightKind, KindStyle>;
}

export const PALETTES = Object.fromEntries(
  WRITTEN.map(([id, light, dark]) => [id, { id, light: variant(light), dark: variant(dark) }]),
) as Record<PaletteId, Palette>;

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  topic: 'source-context-topic',
  fact: 'source-context-fact',
  agree: 'source-context-agree',
  close: 'source-context-close',
  conflict: 'source-context-conflict',
  flash: 'source-context-flash',
};

function rule(kind: HighlightKind, style: KindStyle): string {
  const [r, g, b, a] = style.background;
  return `::highlight(${HIGHLIGHT_NAMES[kind]}){background-color:rgba(${r},${g},${b},${a});text-decoration:underline ${style.wavy ? 'wavy ' : ''}${style.underline};text-decoration-thickness:2px;text-underline-offset:2px}`;
}

/** The stylesheet for the highlights, light by default and dark when the page's scheme is dark. */
export function highlightCss(palette: Palette): string {
  const kinds = Object.keys(palette.light) as HighlightKind[];
  const light = kinds.map((k) => rule(k, palette.light[k])).join('\n');
  const dark = kinds.map((k) => rule(k, palette.dark[k])).join('\n');
  return `${light}\n@media (prefers-color-scheme:dark){\n${dark}\n}\n`;
}

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A translucent colour over an opaque one. */
export function blend([r, g, b, a]: [number, number, number, number], under: Rgb): Rgb {
  return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)];
}
