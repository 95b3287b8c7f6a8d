import type { TopicCount } from '../lib/topics/topic-types';

export function TopicList({ topics }: { topics: TopicCount[] }) {
  return (
    <section aria-labelledby="topics-heading">
      <h2 id="topics-heading">Topics on this page ({topics.length})</h2>
      <ul class="topics">
        {topics.map((t) => (
          <li key={t.id} class="topic">
            <span class="topic-label">{t.label}</span> <span class="count" aria-label={`${t.count} mentions`}>{t.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
