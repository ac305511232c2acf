import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { fileURLToPath } from 'node:url'
import { ConfigError, isOvertureError } from '../core/index.ts'
import { DEFAULT_MAX_ARTICLE_BYTES, formatBytes, parseSize } from '../ingest/index.ts'
import { ACTOR_FORMATS, listActors, type ActorFormat } from './actors-command.ts'
import { extract, summaryLine } from './extract-command.ts'
import { FORMATS, type OutputFormat } from './format.ts'

/** The bundled sample: CC0 White House readouts (see data/sample/README.md). */
export const SAMPLE = fileURLToPath(new URL('../../data/sample/wh-readouts-sample.jsonl', import.meta.url))

const sizeOption = (): Option =>
  new Option('--max-article-size <size>', `refuse articles larger than this (e.g. 5MB, 512kB)`)
    .default(DEFAULT_MAX_ARTICLE_BYTES, formatBytes(DEFAULT_MAX_ARTICLE_BYTES))
    .argParser((v) => {
      try {
        return parseSize(v)
      } catch (e) {
        throw new InvalidArgumentError((e as Error).message)
      }
    })

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
    .action(async (inputs: string[], o: { out?: string; format: OutputFormat; maxArticleSize: number; quiet?: boolean }) => {
      const summary = await extract({ inputs, out: o.out ?? null, format: o.format, read: { maxArticleBytes: o.maxArticleSize }, quiet: Boolean(o.quiet) })
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

  cli
    .command('demo')
    .description('Extract the events of the bundled sample of White House readouts and show them (what `npm start` runs).')
    .action(async () => {
      const summary = await extract({ inputs: [SAMPLE], out: null, format: 'table', read: { maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES }, quiet: false })
      process.stderr.write(`${summaryLine(summary)}\n`)
      process.stderr.write('\nNext: overture extract <your articles> --out annotations.jsonl   (overture --help for more)\n')
      if (summary.skipped > 0) process.exitCode = 1
    })
  return cli
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
