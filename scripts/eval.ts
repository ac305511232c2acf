// `npm run eval [-- --details]`: extracts the gold sets' articles and scores the events with the
// shared scorer (../shared/eval/score.mjs): the seeds, the hand-annotated dev articles and the
// PLOVER gold-standard sentences. `--details` prints the scorer's misses and extra events.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readInputs } from '../src/ingest/index.ts'
import { processArticle } from '../src/pipeline.ts'
import { toEventRecord } from '../src/events/index.ts'

const EVAL = resolve('..', 'shared', 'eval')
const CORPUS = resolve('..', 'shared', 'corpus')
if (!existsSync(EVAL)) {
  console.error(`eval: ../shared/eval not found (looked in ${EVAL})`)
  process.exit(2)
}
const details = process.argv.includes('--details')
const sets = [
  { name: 'seeds', input: join(CORPUS, 'seeds'), gold: join(EVAL, 'seeds', 'gold.jsonl'), texts: join(CORPUS, 'seeds') },
  { name: 'dev', input: join(EVAL, 'dev', 'articles.jsonl'), gold: join(EVAL, 'dev', 'gold.jsonl'), texts: join(EVAL, 'dev', 'articles.jsonl') },
  { name: 'plover-gsr', input: join(EVAL, 'plover-gsr', 'articles.jsonl'), gold: join(EVAL, 'plover-gsr', 'gold.jsonl'), texts: join(EVAL, 'plover-gsr', 'articles.jsonl') },
]
const dir = mkdtempSync(join(tmpdir(), 'overture-eval-'))
try {
  for (const set of sets) {
    const lines: string[] = []
    for await (const item of readInputs([set.input])) {
      if (item.kind !== 'read') continue
      const doc = processArticle(item.article, item.notes)
      for (const e of doc.events) lines.push(JSON.stringify(toEventRecord(doc, e)))
    }
    const pred = join(dir, `${set.name}.jsonl`)
    writeFileSync(pred, lines.join('\n') + '\n')
    const out = execFileSync(process.execPath, [join(EVAL, 'score.mjs'), '--gold', set.gold, '--pred', pred, '--texts', set.texts], { encoding: 'utf8' })
    console.log(`== ${set.name}`)
    const shown = details ? out.trimEnd().split('\n') : out.trimEnd().split('\n').filter((l) => !/^(missed|extra|  )/.test(l))
    console.log(shown.join('\n'))
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
