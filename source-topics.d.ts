declare module 'virtual:source-topics' {
  import type { Topic } from './lib/topics/topic-types';
  const topics: Topic[];
  export default topics;
}
