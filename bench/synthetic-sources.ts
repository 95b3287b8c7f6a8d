import type { SourceFile } from '../lib/pack/build-source-pack';
import { pick, seededRandom } from './random';

/**
 * A large source set for the matching benchmark: short news texts about messengers, regulators
 * and countries, with figures, built from a seed. Only the size matters; no answer depends on it.
 */
const NAMES = ['WhatsApp', 'Telegram', 'Signal', 'Viber', 'Roskomnadzor', 'Mediascope', 'Ofcom', 'Meta', 'Durov', 'Kremlin'];
const PLACES = ['Russia', 'India', 'Brazil', 'Germany', 'Turkey', 'Iran', 'Kazakhstan', 'Indonesia'];
const VERBS = ['restricted', 'limited', 'blocked', 'fined', 'warned', 'praised', 'studied', 'reported on'];
const THINGS = ['voice calls', 'video calls', 'channels', 'group chats', 'encrypted messaging', 'user data', 'moderation'];
const FILLER = 'officials said the decision followed months of talks with the companies and drew criticism from rights groups'.split(' ');

export function syntheticSources(count: number, seed = 7): SourceFile[] {
  const rand = seededRandom(seed + count);
  const files: SourceFile[] = [];
  for (let i = 0; i < count; i++) {
    const place = pick(rand, PLACES);
    const lines = [
      `${pick(rand, NAMES)} ${pick(rand, VERBS)} ${pick(rand, THINGS)} in ${place} on ${1 + Math.floor(rand() * 28)} August.`,
      `According to ${pick(rand, NAMES)}, ${pick(rand, NAMES)} has about ${10 + Math.floor(rand() * 90)} million users in ${place}.`,
      `${pick(rand, NAMES)} said it removes ${pick(rand, ['thousands', 'millions', 'hundreds'])} of posts daily, ${FILLER.slice(0, 6 + Math.floor(rand() * 8)).join(' ')}.`,
      `The ${pick(rand, THINGS)} of ${pick(rand, NAMES)} were ${pick(rand, VERBS)} by ${pick(rand, NAMES)}, ${FILLER.slice(2, 10).join(' ')}.`,
      `${pick(rand, NAMES)} and ${pick(rand, NAMES)} ${pick(rand, VERBS)} ${pick(rand, THINGS)} after ${pick(rand, NAMES)} ${pick(rand, VERBS)} them.`,
    ];
    files.push({ name: `synthetic-${String(i).padStart(5, '0')}.txt`, content: lines.join('\n') });
  }
  return files;
}
