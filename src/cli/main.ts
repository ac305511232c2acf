import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { fileURLToPath } from 'node:url'
import { ConfigError, isOvertureError } from '../core/index.ts'
import { DEFAULT_MAX_ARTICLE_BYTES, formatBytes, parseSize } from '../ingest/index.ts'
import { ACTOR_FORMATS, listActors, type ActorFormat } from './actors-command.ts'
import { extract, summaryLine } from './extract-command.ts'
import { FORMATS, type OutputFormat } from './format.ts'
import { EXPORT_FORMATS, type ExportFormat } from '../export/events-export.ts'
import { PLOVER_TYPES } from '../core/index.ts'
import { DEFAULT_DATA_DIR, storeTarget } from '../store/index.ts'
import { ingest, ingestSummaryLine } from './ingest-command.ts'
import { boardOf, countryArg, dateArg, withStore, writeBoard, writeEvents, writeSearch } from './store-commands.ts'
import { serveUntilStopped } from './serve-command.ts'
import { enqueueInputs, runWorker } from './worker-command.ts'
import { watch } from './watch-command.ts'
import { parseEvery } from '../watch/index.ts'
import { defaultWorkers } from '../scale/index.ts'

/** The bundled sample: CC0 White House readouts (see data/sample/README.md). */
export const SAMPLE = fileURLToPath(new URL('../../data/sample/wh-readouts-sample.jsonl', import.meta.url))

const sizeOption = (): Option =>
  new Option('--max-article-size <size>', `refuse articles larger than this (e.g. 5MB, 512kB)`)
    .default(DEFAULT_MAX_ARTICLE_BYTES, formatBytes(DEFAULT_MAX_ARTICLE_BYTES))
    .argParser((v) => sizeArg(v))

const program = (): Command => {
  const cli = new Command('overture')
    .description('Reads news and keeps a sourced, structured record of official contact between governments.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride()

  cli
    .command('extract')
    .description('Read articles and write the events Overture finds in them (spec/event.schema.json), one JSON object a line.')
    .argument('<inputs...>', 'files, directories (read recursively) or - for standard input')
    .option('-o, --out <file>', 'write to FILE instead of standard output (written whole or not at all)')
    .addOption(new Option('-f, --format <format>', 'jsonl: events (the schema); table: events to read; articles: each article with its sentences, chunks and time expressions').choices(FORMATS).default('jsonl'))
    .addOption(sizeOption())
    .addOption(workersOption())
    .option('-q, --quiet', 'print only errors and the summary line')
    .addHelpText(
      'after',
      `
Inputs:
  *.txt               plain text; an optional first line "date YYYY-MM-DD"; a headline line becomes the title
  *.html, *.htm       web pages: main content and metadata via Readability
  *.xml, *.rss, *.atom RSS 2.0, RSS 1.0 and Atom feeds: one article per item
  *.jsonl[.gz]        JSON Lines: one {id, text, date?, title?, outlet?, url?} a line
  other files and -   recognised by their content

Exit status: 0 when every input was read, 1 when anything was skipped (each reason is printed), 2 on a usage error.

Examples:
  overture extract ../shared/corpus/seeds --format table
  overture extract corpus.jsonl.gz --out annotations.jsonl
  curl -s https://example.org/feed.xml | overture extract -`,
    )
    .action(async (inputs: string[], o: { out?: string; format: OutputFormat; maxArticleSize: number; quiet?: boolean; workers: number }) => {
      const summary = await extract({ inputs, out: o.out ?? null, format: o.format, read: { maxArticleBytes: o.maxArticleSize }, quiet: Boolean(o.quiet), workers: o.workers })
      process.stderr.write(`${summaryLine(summary)}\n`)
      if (summary.skipped > 0) process.exitCode = 1
    })

  cli
    .command('actors')
    .description('Show the actor mentions Overture resolves in each article: who, which country, sector, level and role, and by which rule.')
    .argument('<inputs...>', 'files, directories (read recursively) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(ACTOR_FORMATS).default('table'))
    .addOption(sizeOption())
    .addHelpText(
      'after',
      `
jsonl writes one mention a line: {article, text, start, end, name, country, sector, level, role, how}.
"how" names the rule: dictionary, title, role, office-at-date, institution, metonym, name,
demonym-group, family-at-date, family, coref:name, coref:title, coref:description,
coref:pronoun, coref:age.

Example:
  overture actors ../shared/corpus/seeds`,
    )
    .action(async (inputs: string[], o: { format: ActorFormat; maxArticleSize: number }) => {
      const s = await listActors(inputs, o.format, { maxArticleBytes: o.maxArticleSize })
      process.stderr.write(`actors: ${s.mentions} mentions in ${s.articles} articles; ${s.skipped} skipped\n`)
      if (s.skipped > 0) process.exitCode = 1
    })

  const dataOption = (): Option =>
    new Option('-d, --data <dir>', `the embedded database's directory (env OVERTURE_DATA; ignored when DATABASE_URL is set)`).default(undefined, DEFAULT_DATA_DIR)

  cli
    .command('ingest')
    .description('Read articles, extract their events and store articles, actor mentions and events; fuse reports of one happening across articles.')
    .argument('<inputs...>', 'files, directories (read recursively) or - for standard input')
    .addOption(dataOption())
    .addOption(sizeOption())
    .option('-q, --quiet', 'print only errors and the summary line')
    .option('-v, --verbose', 'a line per article once it is committed: "stored ID: N events" or "unchanged ID"')
    .addOption(workersOption())
    .option('--queue', 'enqueue the articles in the PostgreSQL job queue (DATABASE_URL) for `overture worker`s instead of storing them here')
    .addHelpText(
      'after',
      `
Store: an embedded PostgreSQL (PGlite) in --data DIR (default ./.overture), or the PostgreSQL server
in DATABASE_URL. Each article is stored whole with its mentions and events in one transaction;
re-ingesting an article (same id or same text) changes nothing.

Examples:
  overture ingest ../shared/corpus/seeds
  DATABASE_URL=postgres://user@localhost/overture overture ingest corpus.jsonl.gz`,
    )
    .action(async (inputs: string[], o: { data?: string; maxArticleSize: number; quiet?: boolean; verbose?: boolean; workers: number; queue?: boolean }) => {
      if (o.queue) {
        const q = await enqueueInputs(inputs, { maxArticleBytes: o.maxArticleSize })
        process.stderr.write(`ingest --queue: ${q.queued} articles queued, ${q.skipped} skipped\n`)
        if (q.skipped > 0) process.exitCode = 1
        return
      }
      await withStore({ data: o.data }, async (store) => {
        const s = await ingest(store, { inputs, read: { maxArticleBytes: o.maxArticleSize }, quiet: Boolean(o.quiet), verbose: Boolean(o.verbose), workers: o.workers })
        process.stderr.write(`${ingestSummaryLine(s, store.where)}\n`)
        if (s.skipped > 0) process.exitCode = 1
      })
    })

  cli
    .command('events')
    .description('List stored events, one per happening with its corroboration, filtered; export as table, JSON Lines, CSV or PLOVER JSON.')
    .addOption(dataOption())
    .addOption(new Option('-f, --format <format>', 'table; jsonl (fused events with every report); csv (GDELT-like columns); plover (PLOVER JSON lines)').choices(EXPORT_FORMATS).default('table'))
    .option('--actor <words>', 'an actor named or described on either side ("Blinken", "Central Military Commission")')
    .option('--country <country>', 'a country on either side (ISO3 or name)')
    .option('--counterpart <country>', 'with --country: only events between the two')
    .addOption(new Option('--type <type>', 'PLOVER type').choices([...PLOVER_TYPES]))
    .addOption(new Option('--modality <modality>', 'asserted, negated, future or hypothetical').choices(['asserted', 'negated', 'future', 'hypothetical']))
    .option('--from <date>', 'on or after YYYY-MM-DD')
    .option('--to <date>', 'on or before YYYY-MM-DD')
    .option('--min-corroboration <n>', 'reported by at least N outlets', (v) => positiveInt('--min-corroboration', v))
    .option('--limit <n>', 'at most N events (default 1000)', (v) => positiveInt('--limit', v))
    .action(async (o: { data?: string; format: ExportFormat; actor?: string; country?: string; counterpart?: string; type?: string; modality?: string; from?: string; to?: string; minCorroboration?: number; limit?: number }) => {
      const filter = {
        actor: o.actor,
        country: o.country === undefined ? undefined : countryArg(o.country),
        counterpart: o.counterpart === undefined ? undefined : countryArg(o.counterpart),
        type: o.type,
        modality: o.modality,
        from: dateArg('--from', o.from),
        to: dateArg('--to', o.to),
        minCorroboration: o.minCorroboration,
        limit: o.limit,
      }
      await withStore({ data: o.data }, async (store) => {
        const n = await writeEvents(store, filter, o.format, process.stdout)
        process.stderr.write(`events: ${n} happenings; store: ${store.where}\n`)
      })
    })

  cli
    .command('search')
    .description('Full-text search over the stored articles (PostgreSQL), ranked, with snippets.')
    .argument('<text...>', 'words, "quoted phrases", -excluded words, or OR')
    .addOption(dataOption())
    .option('--limit <n>', 'at most N articles', (v) => positiveInt('--limit', v), 20)
    .option('--json', 'one JSON object a line: {id, title, outlet, date, rank, snippet}')
    .action(async (text: string[], o: { data?: string; limit: number; json?: boolean }) => {
      await withStore({ data: o.data }, async (store) => {
        const n = await writeSearch(store, text.join(' '), o.limit, Boolean(o.json), process.stdout)
        process.stderr.write(`search: ${n} articles; store: ${store.where}\n`)
      })
    })

  cli
    .command('channel')
    .description('The state of each channel of contact between two countries: last contact, open requests, refusals, announcements, contacts that did not happen, monthly temperature.')
    .argument('[a]', 'a country (ISO3 or name); default: the most active dyad in the store')
    .argument('[b]', 'the other country')
    .addOption(dataOption())
    .option('--as-of <date>', 'the board as of YYYY-MM-DD (default: the newest article in the store)')
    .option('--json', 'the board as JSON')
    .addHelpText('after', '\nSemantics: spec/CHANNELS.md. Example:\n  overture channel USA CHN --as-of 2023-06-16')
    .action(async (a: string | undefined, b: string | undefined, o: { data?: string; asOf?: string; json?: boolean }) => {
      if ((a === undefined) !== (b === undefined)) throw new ConfigError('bad-dyad', 'channel: give two countries, or none for the most active dyad')
      const pair = a !== undefined && b !== undefined ? [countryArg(a), countryArg(b)] as const : null
      const asOf = dateArg('--as-of', o.asOf)
      await withStore({ data: o.data }, async (store) => {
        const board = await boardOf(store, pair?.[0] ?? null, pair?.[1] ?? null, asOf)
        if (!board) {
          process.stderr.write(`channel: the store holds no events between two countries yet (overture ingest <articles> first); store: ${store.where}\n`)
          return
        }
        writeBoard(board, Boolean(o.json), process.stdout)
      })
    })

  cli
    .command('worker')
    .description('Take articles from the PostgreSQL job queue (DATABASE_URL) and store them; run any number, on any machine.')
    .addOption(workersOption())
    .option('-v, --verbose', 'a line per article once it is committed')
    .option('--exit-when-idle', 'stop once the queue is empty (batch use)')
    .addHelpText('after', '\nA job whose worker dies is retried after OVERTURE_JOB_EXPIRE seconds (default 300); storing is idempotent, so each article is stored once.')
    .action(async (o: { workers: number; verbose?: boolean; exitWhenIdle?: boolean }) => {
      if (!process.env.DATABASE_URL) throw new ConfigError('queue', 'worker: set DATABASE_URL to the PostgreSQL server that holds the queue and the store')
      await runWorker({}, { workers: o.workers, verbose: Boolean(o.verbose), exitWhenIdle: Boolean(o.exitWhenIdle) })
    })

  cli
    .command('watch')
    .description('Poll RSS/Atom feeds, fetch new articles\' pages, extract their main text and ingest them; report each feed\'s health.')
    .argument('<feeds>', 'an OPML file, or a text file with one feed URL a line')
    .addOption(dataOption())
    .option('--every <interval>', 'poll interval: 30s, 15m, 1h', (v) => durationArg(v), 15 * 60_000)
    .option('--once', 'one round, then exit')
    .option('--allow-private', 'allow fetching private and loopback addresses (refused by default)')
    .addOption(new Option('--max-bytes <size>', 'cut off any response larger than this').default(DEFAULT_MAX_ARTICLE_BYTES, formatBytes(DEFAULT_MAX_ARTICLE_BYTES)).argParser((v) => sizeArg(v)))
    .option('--timeout <interval>', 'time limit of each request', (v) => durationArg(v), 20_000)
    .option('--state <file>', 'where feed validators and seen items are kept (default: watch-state.json in the data directory)')
    .option('-v, --verbose', 'a line per stored article and per page that could not be read')
    .action(async (feeds: string, o: { data?: string; every: number; once?: boolean; allowPrivate?: boolean; maxBytes: number; timeout: number; state?: string; verbose?: boolean }) => {
      const last = await watch(feeds, { data: o.data }, { everyMs: o.every, once: Boolean(o.once), allowPrivate: Boolean(o.allowPrivate), maxBytes: o.maxBytes, timeoutMs: o.timeout, state: o.state, verbose: Boolean(o.verbose) })
      if (o.once && last.some((h) => h.status === 'error')) process.exitCode = 1
    })

  cli
    .command('serve')
    .description('Serve the web UI and the JSON API (/api, described at /api/openapi.json) over the store.')
    .addOption(dataOption())
    .option('-p, --port <port>', 'port to listen on', (v) => portArg(v), 4317)
    .option('--host <host>', 'address to bind (other machines can connect only if you bind a public address)', '127.0.0.1')
    .addHelpText('after', '\nWrites (POST /api/articles) need Authorization: Bearer $OVERTURE_TOKEN; without OVERTURE_TOKEN they are refused.')
    .action(async (o: { data?: string; port: number; host: string }) => {
      await serveUntilStopped({ data: o.data }, o.host, o.port)
    })

  cli
    .command('demo')
    .description('Ingest the bundled sample of White House readouts into the embedded database, print the channel board of its most active dyad and serve the UI (what `npm start` runs).')
    .addOption(dataOption())
    .option('-p, --port <port>', 'port for the UI', (v) => portArg(v), 4317)
    .option('--no-serve', 'print the board and exit')
    .action(async (o: { data?: string; port: number; serve: boolean }) => {
      await withStore({ data: o.data }, async (store) => {
        const s = await ingest(store, { inputs: [SAMPLE], read: { maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES }, quiet: false })
        process.stderr.write(`${ingestSummaryLine(s, store.where)}\n\n`)
        const board = await boardOf(store, null, null, undefined)
        if (board) writeBoard(board, false, process.stdout)
        if (s.skipped > 0) process.exitCode = 1
      })
      const where = storeTarget({ data: o.data }).where
      process.stderr.write(`Next: overture channel USA CHN, overture events --country USA, overture search "phone call" (store: ${where}; overture --help for more)\n`)
      if (o.serve) await serveUntilStopped({ data: o.data }, '127.0.0.1', o.port)
    })
  return cli
}

/** Extraction threads: one per core by default; 1 runs in the main thread. */
const workersOption = (): Option =>
  new Option('-w, --workers <n>', 'extraction threads (worker pool); 1 = none').default(defaultWorkers(), `${defaultWorkers()}: the cores of this machine`).argParser((v) => positiveInt('--workers', v))

const durationArg = (v: string): number => {
  try {
    return parseEvery(v)
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message)
  }
}

const sizeArg = (v: string): number => {
  try {
    return parseSize(v)
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message)
  }
}

const portArg = (v: string): number => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`not a port: "${v}"`)
  return n
}

const positiveInt = (name: string, v: string): number => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} takes a whole number ≥ 1, not "${v}"`)
  return n
}

/** Runs the CLI; returns the exit code. Usage and configuration errors print one line, never a stack. */
export const main = async (argv: readonly string[]): Promise<number> => {
  process.exitCode = 0
  try {
    await program().parseAsync([...argv], { from: 'user' })
    return Number(process.exitCode ?? 0)
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    if (e instanceof ConfigError || isOvertureError(e)) {
      process.stderr.write(`overture: error: ${e.message}\n`)
      return 2
    }
    const err = e as NodeJS.ErrnoException
    if (err.code === 'EPIPE') return 0
    process.stderr.write(`overture: internal error: ${err.message}\n${process.env.OVERTURE_DEBUG ? `${err.stack}\n` : '(set OVERTURE_DEBUG=1 for details)\n'}`)
    return 70
  }
}
