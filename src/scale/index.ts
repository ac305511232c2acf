export { createPool, defaultWorkers, mapOrdered, type ExtractPool } from './pool.ts'
export { openQueue, enqueue, articleOfJob, QUEUE, type ArticleJob, type QueueOptions } from './queue.ts'
