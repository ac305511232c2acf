import PgBoss from 'pg-boss'
import { article, ConfigError, type Article, type Message } from '../core/index.ts'
import { redact } from '../store/index.ts'

/**
 * A job queue in PostgreSQL (pg-boss) for ingest on many machines: `overture ingest --queue`
 * enqueues articles, any number of `overture worker`s store them. A job whose worker dies is
 * retried once it expires; storing is idempotent (same id or same text changes nothing), so each
 * article is stored exactly once however many times its job runs.
 */
export const QUEUE = 'overture-ingest'

export interface QueueOptions {
  /** seconds a job may run before it counts as abandoned and is retried (env OVERTURE_JOB_EXPIRE, default 300) */
  readonly expireSeconds?: number
  /** how often expired jobs are looked for (env OVERTURE_QUEUE_MAINTENANCE, default 30) */
  readonly maintenanceSeconds?: number
}

/** One article as a job's payload (JSON). */
export interface ArticleJob {
  readonly article: Omit<Article, 'kind'>
  readonly notes: readonly Message[]
}

const envSeconds = (name: string, fallback: number): number => {
  const v = process.env[name]
  if (v === undefined || v === '') return fallback
  const n = Number(v)
  if (!Number.isFinite(n) || n < 1) throw new ConfigError('queue', `${name} must be a number of seconds ≥ 1, not "${v}"`)
  return n
}

export const openQueue = async (url: string | undefined, o: QueueOptions = {}): Promise<PgBoss> => {
  if (!url) throw new ConfigError('queue', 'the queue lives in PostgreSQL: set DATABASE_URL to the server the workers share')
  const expireInSeconds = o.expireSeconds ?? envSeconds('OVERTURE_JOB_EXPIRE', 300)
  const boss = new PgBoss({
    connectionString: url,
    schema: 'overture_queue',
    max: 4,
    maintenanceIntervalSeconds: o.maintenanceSeconds ?? envSeconds('OVERTURE_QUEUE_MAINTENANCE', 30),
    monitorStateIntervalSeconds: 60,
  })
  // errors of the background maintenance are reported, not thrown from an event
  boss.on('error', (e) => process.stderr.write(`queue: ${(e as Error).message}\n`))
  try {
    await boss.start()
    await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 10, retryDelay: 1, expireInSeconds })
  } catch (e) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {})
    throw new ConfigError('queue', `${redact(url)}: cannot open the job queue: ${(e as Error).message}`)
  }
  return boss
}

export const enqueue = (boss: PgBoss, a: Article, notes: readonly Message[]): Promise<string | null> => {
  const { kind: _kind, ...fields } = a
  return boss.send(QUEUE, { article: fields, notes } satisfies ArticleJob)
}

export const articleOfJob = (j: ArticleJob): Article => article(j.article)
