import type { TopicCount } from '../lib/topics/topic-types';
import type { PopupActions } from './popup-actions';

export function TopicList({ topics, actions }: { topics: TopicCount[]; actions: PopupActions }) {
  return (
    <section aria-labelledby="topics-heading">
      <h2 id="topics-heading">
        {actions.t('topicsOnPage')} ({topics.length})
      </h2>
      <ul class="topics">
        {topics.map((t) => (
          <li key={t.id} class="topic">
            <span class="topic-label">{t.label}</span>{' '}
            <span class="count" aria-label={actions.t('mentions', { count: t.count })}>
              {t.count}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
