import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../lib/text/repair-mojibake';

describe('repairMojibake', () => {
  it.each([
    // Windows-874 remnants whose continuation bytes were lost.
    ['The companyโs lawyers', 'The company’s lawyers'],
    ['it doesnโt work', 'it doesn’t work'],
    ['they โll see', 'they “ll see'],
    ['service was patchyโcalls dropped', 'service was patchy—calls dropped'],
    ['โWe will appeal,โ she said.', '“We will appeal,” she said.'],
    ['the regulatorโs ruling', 'the regulator’s ruling'],
    // Windows-874 with the visible continuation characters kept.
    ['patchyโ€\u201Dcalls', 'patchy—calls'],
    ['itโ€s late', 'it’s late'],
    // Windows-1252 / Latin-1 mojibake.
    ['itâ€™s', 'it’s'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['cafÃ© rÃ©sumÃ©', 'café résumé'],
    [Buffer.from('Россия, 96 млн', 'utf8').toString('latin1'), 'Россия, 96 млн'],
  ])('%s', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it('leaves real Thai text alone', () => {
    const thai = 'โรงเรียนอยู่ใกล้บ้าน';
    expect(repairMojibake(thai)).toBe(thai);
  });

  it('leaves clean text unchanged', () => {
    const clean = 'Roskomnadzor’s “digital sovereignty” push — 96 млн users, café.';
    expect(repairMojibake(clean)).toBe(clean);
  });
});
