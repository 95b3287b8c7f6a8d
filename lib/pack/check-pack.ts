import type { SourceFigure } from '../figures/figure-types';
import { PACK_FORMAT, type SourcePack } from './pack-types';

export class PackError extends Error {}

type Check = (v: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBool: Check = (v) => typeof v === 'boolean';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBound: Check = (v) => v === null || typeof v === 'number';

function fields(where: string, v: unknown, shape: Record<string, Check>): Record<string, unknown> {
  if (!isObject(v)) throw new PackError(`${where} is not an object`);
  for (const [key, check] of Object.entries(shape)) {
    if (!check(v[key])) throw new PackError(`${where}: "${key}" is missing or of the wrong type`);
  }
  return v;
}

function list(where: string, v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new PackError(`${where} is not a list`);
  return v;
}

/** JSON has no Infinity: an open bound ("more than 100 million") is stored as null and comes back here. */
function reviveFigure(f: SourceFigure): void {
  if ((f.low as number | null) === null) f.low = -Infinity;
  if ((f.high as number | null) === null) f.high = Infinity;
}

export function revivePackFigures(pack: SourcePack): void {
  for (const f of pack.figures) reviveFigure(f);
  for (const c of pack.sourceConflicts) for (const side of c.sides) for (const f of side) reviveFigure(f);
}

/**
 * Checks that parsed JSON is a source pack this version can use (as `npm run build-pack` writes it
 * and the extension exports it), and restores what JSON cannot hold. Throws PackError with one line
 * saying what is wrong; never returns a half-checked pack.
 */
export function checkPack(json: unknown, name = 'pack'): SourcePack {
  if (!isObject(json)) throw new PackError(`${name}: not a source pack (expected a JSON object)`);
  if (!('format' in json) || !('sources' in json)) throw new PackError(`${name}: not a source pack (no "format" and "sources")`);
  if (json.format !== PACK_FORMAT) {
    throw new PackError(`${name}: pack format ${String(json.format)} is not ${PACK_FORMAT}; rebuild it with npm run build-pack`);
  }
  const sources = list(`${name}: sources`, json.sources);
  if (sources.length === 0) throw new PackError(`${name}: has no sources`);
  const texts = new Map<string, string>();
  sources.forEach((s, i) => {
    const src = fields(`${name}: source ${i}`, s, {
      id: isString, title: isStringOrNull, outlet: isStringOrNull, date: isStringOrNull, url: isStringOrNull,
      lead: isString, words: isNumber, text: isString,
    });
    if (texts.has(src.id as string)) throw new PackError(`${name}: source id "${String(src.id)}" appears twice`);
    texts.set(src.id as string, src.text as string);
  });
  list(`${name}: sentences`, json.sentences).forEach((s, i) => {
    const where = `${name}: sentence ${i}`;
    const sen = fields(where, s, { id: isNumber, sourceId: isString, start: isNumber, end: isNumber, text: isString, heading: isBool, topics: Array.isArray });
    if (sen.id !== i) throw new PackError(`${where}: id ${String(sen.id)} out of order`);
    const text = texts.get(sen.sourceId as string);
    if (text === undefined) throw new PackError(`${where}: unknown source "${String(sen.sourceId)}"`);
    if ((sen.start as number) < 0 || (sen.end as number) > text.length || (sen.start as number) > (sen.end as number)) {
      throw new PackError(`${where}: offsets outside its source`);
    }
  });
  list(`${name}: topics`, json.topics).forEach((t, i) => fields(`${name}: topic ${i}`, t, { id: isString, label: isString, kind: isString, terms: Array.isArray }));
  if (!isObject(json.termFrequencies)) throw new PackError(`${name}: "termFrequencies" is missing`);
  if (!isNumber(json.matchableCount)) throw new PackError(`${name}: "matchableCount" is missing`);
  if (!list(`${name}: places`, json.places).every(isString)) throw new PackError(`${name}: places must be strings`);
  list(`${name}: figures`, json.figures).forEach((f, i) =>
    fields(`${name}: figure ${i}`, f, { sourceId: isString, sentenceId: isNumber, low: isBound, high: isBound, unit: isString, measure: isString, subjects: Array.isArray }),
  );
  list(`${name}: sourceConflicts`, json.sourceConflicts);
  if (!isObject(json.index)) throw new PackError(`${name}: "index" is missing`);
  if (!Array.isArray(json.warnings)) throw new PackError(`${name}: "warnings" is missing`);
  const pack = json as unknown as SourcePack;
  revivePackFigures(pack);
  return pack;
}
