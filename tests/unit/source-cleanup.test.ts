import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../lib/sources/extract-metadata';
import { stripBoilerplate } from '../../lib/sources/strip-boilerplate';

const PARA1 = 'The city council approved the new budget on Tuesday after a long debate about transport spending.';
const PARA2 = 'Opposition members said the plan would raise fares for commuters without improving the service.';

describe('stripBoilerplate', () => {
  it('drops share bars, image file names, counters, repeated titles and trailing widgets', () => {
    const lines = [
      'Council Approves Budget After Long Debate',
      '',
      'Council Approves Budget After Long Debate',
      'Share This Story',
      PARA1,
      'IMG-20240101-WA0003',
      'DSC01234.jpg',
      PARA2,
      '12345',
      'Share your Comment',
      '0 Comments',
      'Newest Most Voted',
      'Trending Posts',
      'Scan to download Foo App',
    ];
    expect(stripBoilerplate(lines)).toEqual(['Council Approves Budget After Long Debate', PARA1, PARA2]);
  });

  it('drops disclaimers and language menus after the article', () => {
    const lines = [
      PARA1,
      'This page may contain third-party content, which is provided for information purposes only and should not be considered as financial advice. See Disclaimer for details.',
      '• Reward',
      '• Repost',
      'English',
      'Español',
      'Русский',
      'Français (Afrique)',
      '日本語',
    ];
    expect(stripBoilerplate(lines)).toEqual([PARA1]);
  });

  it('keeps headings and list items inside the article', () => {
    const lines = [PARA1, 'What Happens Next', '- Fares rise in January for all zones.', PARA2];
    expect(stripBoilerplate(lines)).toEqual([PARA1, 'What Happens Next', 'Fares rise in January for all zones.', PARA2]);
  });

  it('does not cut the article at a comment label that comes before it', () => {
    const lines = ['Comments', PARA1, PARA2];
    expect(stripBoilerplate(lines)).toEqual([PARA1, PARA2]);
  });
});

describe('extractMetadata', () => {
  it('takes a headline that opens the text as the title', () => {
    expect(extractMetadata(['Council Approves Budget After Long Debate', PARA1]).title).toBe(
      'Council Approves Budget After Long Debate',
    );
  });

  it('invents nothing when the text starts with a paragraph', () => {
    expect(extractMetadata([PARA1, PARA2])).toEqual({ title: null, outlet: null, date: null });
  });

  it('does not take a short label as the title', () => {
    expect(extractMetadata(['Quick Summary', PARA1]).title).toBeNull();
  });

  it('reads a stated date and outlet', () => {
    const meta = extractMetadata(['Published: 12 August 2025', PARA1, '© 2025 Example Herald. All rights reserved.']);
    expect(meta.date).toBe('2025-08-12');
    expect(meta.outlet).toBe('Example Herald');
  });

  it('reads a bare date line near the top', () => {
    expect(extractMetadata(['Aug. 3, 2025', PARA1]).date).toBe('2025-08-03');
  });
});
