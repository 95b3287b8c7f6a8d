declare module 'virtual:source-topics' {
  import type { CompactTopic } from './lib/topics/compact-topics';
  const topics: CompactTopic[];
  export default topics;
}
