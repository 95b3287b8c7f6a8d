import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings, settingsItem } from '../../extension/settings-store';
import { blend, contrastRatio, PALETTES } from '../../lib/settings/palettes';
import { checkSettings, DEFAULT_SETTINGS, isSiteEnabled, normalizeHost, readSettings, type SettingsProblem } from '../../lib/settings/settings';

describe('checkSettings', () => {
  it('keeps good fields and reports each bad one, falling back only there', () => {
    const { settings, problems } = checkSettings({ enabled: 'yes', disabledSites: ['News.Example.com', 42], show: { topics: false, agree: 'no' }, palette: 'neon' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'], show: { ...DEFAULT_SETTINGS.show, topics: false } });
    expect(problems).toEqual([
      '"enabled" was not true or false',
      'some turned-off sites were not host names and were dropped',
      '"show.agree" was not true or false',
      'the colour palette was unknown',
    ]);
  });

  it('is readSettings (what the content script reads) with each problem it notes described', () => {
    const bad = [{ enabled: 'yes', disabledSites: 'all', show: 3, palette: 'neon' }, { show: { close: 1 } }, ['x'], null];
    for (const value of bad) {
      const notes: SettingsProblem[] = [];
      const settings = readSettings(value, notes);
      const checked = checkSettings(value);
      expect(checked.settings).toEqual(settings);
      expect(checked.problems).toHaveLength(notes.length);
    }
    const notes: SettingsProblem[] = [];
    readSettings({ enabled: 'yes', disabledSites: 'all', show: 3, palette: 'neon' }, notes);
    expect(notes).toEqual(['enabled', 'sites-not-a-list', 'show', 'palette']);
    expect(checkSettings({ enabled: 'yes', disabledSites: 'all', show: 3, palette: 'neon' }).problems).toEqual([
      '"enabled" was not true or false',
      'the turned-off sites were not a list',
      'the highlight kinds were not readable',
      'the colour palette was unknown',
    ]);
  });

  it('restores defaults from a value that is not an object, with a notice', () => {
    expect(checkSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, problems: [expect.stringMatching(/not an object/)] });
    expect(checkSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});

describe('sites', () => {
  it.each([
    ['https://News.Example.com/a/b', 'news.example.com'],
    ['example.com.', 'example.com'],
    ['localhost:8080', 'localhost'],
    ['not a host!', ''],
  ])('normalizes %s', (input, host) => expect(normalizeHost(input)).toBe(host));

  it('turns the extension off on a site and its subdomains, and everywhere when disabled', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteEnabled(s, 'example.com')).toBe(false);
    expect(isSiteEnabled(s, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(s, 'notexample.com')).toBe(true);
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, 'other.org')).toBe(false);
  });
});

describe('palettes', () => {
  const LIGHT_PAGE: [number, number, number] = [255, 255, 255];
  const LIGHT_TEXT: [number, number, number] = [17, 17, 17];
  const DARK_PAGE: [number, number, number] = [18, 18, 18];
  const DARK_TEXT: [number, number, number] = [236, 236, 236];
  for (const palette of Object.values(PALETTES)) {
    it(`${palette.id}: text on every highlight keeps 4.5:1 contrast in light and dark pages`, () => {
      for (const style of Object.values(palette.light)) expect(contrastRatio(LIGHT_TEXT, blend(style.background, LIGHT_PAGE))).toBeGreaterThanOrEqual(4.5);
      for (const style of Object.values(palette.dark)) expect(contrastRatio(DARK_TEXT, blend(style.background, DARK_PAGE))).toBeGreaterThanOrEqual(4.5);
    });
  }
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a version 1 value without losing the reader\'s choices', async () => {
    await browser.storage.sync.set({
      settings: { enabled: false, disabledSites: ['HTTPS://Blocked.Example/'], show: { topics: false, facts: true, agree: true, conflict: true } },
      settings$: { v: 1 },
    });
    await settingsItem().migrate();
    const { settings, problems } = await loadSettings();
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      enabled: false,
      disabledSites: ['blocked.example'],
      show: { topics: false, facts: true, agree: true, close: true, conflict: true },
      palette: 'classic',
    });
  });

  it('gives a highlight kind added later its default, keeping the stored choices', async () => {
    await browser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, show: { topics: true, facts: false, agree: false, conflict: true } }, settings$: { v: 2 } });
    const { settings, problems } = await loadSettings();
    expect(problems).toEqual([]);
    expect(settings.show).toEqual({ topics: true, facts: false, agree: false, close: true, conflict: true });
  });

  it('saves only checked values', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['A.example', 'bad host'] });
    expect((await loadSettings()).settings.disabledSites).toEqual(['a.example']);
  });
});
