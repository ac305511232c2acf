export { createPool, defaultWorkers, extractAll, mapOrdered, type ExtractPool, type Skipped } from './pool.ts'
export { openQueue, enqueue, articleOfJob, QUEUE, type ArticleJob, type QueueOptions } from './queue.ts'
