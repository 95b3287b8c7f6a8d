import type { AliasFile } from './apply-aliases';
import type { Topic, TopicTerm } from './topic-types';

/** A term as the alias file writes it: every word starred when its words take endings. */
function written(term: TopicTerm): string {
  return term.inflects ? term.text.split(/\s+/u).map((w) => `${w}*`).join(' ') : term.text;
}

/**
 * The alias file that gives a pack's topics back their names when its sources are built again (the
 * extension rebuilds an imported pack from its texts with its own pipeline): each topic's terms other
 * than its label. Terms the rebuild derives anyway are harmless repeats.
 */
export function aliasesOfTopics(topics: readonly Topic[]): AliasFile {
  const out: AliasFile = { topics: {} };
  for (const t of topics) {
    const forms = [...new Set(t.terms.filter((term) => term.text !== t.label).map(written))];
    if (forms.length > 0) out.topics[t.label] = forms;
  }
  return out;
}
