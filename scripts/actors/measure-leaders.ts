// Measures actor resolution on the White House readouts: for every readout whose title names a
// foreign leader and country, is the leader found in the text with that country?
// `npx tsx scripts/actors/measure-leaders.ts [corpus.jsonl.gz] [--misses]`
import { dictionary } from '../../src/actors/index.ts'
import { leaderFound, leaderOfTitle, normal } from '../../src/actors/leaders-measure.ts'
import { readInputs } from '../../src/ingest/index.ts'
import { processArticle } from '../../src/pipeline.ts'

const corpus = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/corpus/wh-readouts.jsonl.gz'
const showMisses = process.argv.includes('--misses')
const dict = dictionary()
let judged = 0
let found = 0
for await (const item of readInputs([corpus])) {
  if (item.kind !== 'read' || !item.article.title) continue
  const leader = leaderOfTitle(item.article.title, dict)
  // a readout whose text never names the leader measures the corpus, not the resolver
  if (!leader || !normal(item.article.text).includes(normal(leader.family))) continue
  judged++
  const doc = processArticle(item.article)
  if (leaderFound(leader, doc)) found++
  else if (showMisses) console.log(`miss: ${leader.family} (${leader.country}) — ${leader.title}`)
}
console.log(`leaders found and resolved to the right country: ${found}/${judged} readouts (${((100 * found) / Math.max(1, judged)).toFixed(1)} %)`)
