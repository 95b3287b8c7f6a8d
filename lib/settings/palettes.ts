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
  label: string;
  light: Record<HighlightKind, KindStyle>;
  dark: Record<HighlightKind, KindStyle>;
}

export const PALETTES: Record<PaletteId, Palette> = {
  classic: {
    id: 'classic',
    label: 'Classic (yellow, green, red)',
    light: {
      topic: { background: [255, 196, 0, 0.35], underline: '#a86400' },
      fact: { background: [80, 140, 255, 0.12], underline: '#2f5fb3' },
      agree: { background: [46, 160, 92, 0.3], underline: '#1d6b48' },
      close: { background: [245, 166, 35, 0.3], underline: '#8a5a00' },
      conflict: { background: [220, 60, 50, 0.28], underline: '#b3261e', wavy: true },
      flash: { background: [255, 140, 0, 0.55], underline: '#8a3b00' },
    },
    dark: {
      topic: { background: [255, 196, 0, 0.28], underline: '#ffcc4d' },
      fact: { background: [110, 160, 255, 0.2], underline: '#9ec0ff' },
      agree: { background: [60, 200, 120, 0.28], underline: '#6fe0a0' },
      close: { background: [255, 180, 60, 0.3], underline: '#ffc86b' },
      conflict: { background: [255, 90, 80, 0.32], underline: '#ff8a80', wavy: true },
      flash: { background: [255, 160, 40, 0.45], underline: '#ffc080' },
    },
  },
  'high-contrast': {
    id: 'high-contrast',
    label: 'High contrast (strong underlines)',
    light: {
      topic: { background: [255, 230, 0, 0.55], underline: '#000000' },
      fact: { background: [0, 90, 255, 0.15], underline: '#002f87' },
      agree: { background: [0, 170, 80, 0.3], underline: '#003d1c' },
      close: { background: [255, 170, 0, 0.35], underline: '#4d3000' },
      conflict: { background: [255, 0, 0, 0.25], underline: '#6b0000', wavy: true },
      flash: { background: [255, 120, 0, 0.6], underline: '#000000' },
    },
    dark: {
      topic: { background: [255, 230, 0, 0.35], underline: '#ffffff' },
      fact: { background: [80, 150, 255, 0.3], underline: '#ffffff' },
      agree: { background: [0, 220, 110, 0.3], underline: '#ffffff' },
      close: { background: [255, 190, 40, 0.4], underline: '#ffffff' },
      conflict: { background: [255, 60, 60, 0.4], underline: '#ffffff', wavy: true },
      flash: { background: [255, 150, 0, 0.5], underline: '#ffffff' },
    },
  },
  'colour-blind': {
    id: 'colour-blind',
    label: 'Colour-blind safe (blue and orange)',
    light: {
      topic: { background: [240, 228, 66, 0.45], underline: '#6b6000' },
      fact: { background: [86, 180, 233, 0.2], underline: '#005a8c' },
      agree: { background: [0, 114, 178, 0.22], underline: '#004a75' },
      close: { background: [0, 158, 115, 0.25], underline: '#00553d' },
      conflict: { background: [230, 159, 0, 0.4], underline: '#8a4b00', wavy: true },
      flash: { background: [204, 121, 167, 0.45], underline: '#6b2a50' },
    },
    dark: {
      topic: { background: [240, 228, 66, 0.3], underline: '#f0e442' },
      fact: { background: [86, 180, 233, 0.25], underline: '#8fd0f5' },
      agree: { background: [0, 114, 178, 0.45], underline: '#7cc4f0' },
      close: { background: [0, 158, 115, 0.4], underline: '#6fe0c0' },
      conflict: { background: [230, 159, 0, 0.4], underline: '#ffc04d', wavy: true },
      flash: { background: [204, 121, 167, 0.45], underline: '#f0b0d5' },
    },
  },
};

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
  return `::highlight(${HIGHLIGHT_NAMES[kind]}) { background-color: rgba(${r}, ${g}, ${b}, ${a}); text-decoration: underline ${style.wavy ? 'wavy ' : ''}${style.underline}; text-decoration-thickness: 2px; text-underline-offset: 2px; }`;
}

/** The stylesheet for the highlights, light by default and dark when the page's scheme is dark. */
export function highlightCss(palette: Palette): string {
  const kinds = Object.keys(palette.light) as HighlightKind[];
  const light = kinds.map((k) => rule(k, palette.light[k])).join('\n');
  const dark = kinds.map((k) => `  ${rule(k, palette.dark[k])}`).join('\n');
  return `${light}\n@media (prefers-color-scheme: dark) {\n${dark}\n}\n`;
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
