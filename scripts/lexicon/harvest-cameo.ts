/**
 * Harvest candidate event triggers from PETRARCH2's CAMEO verb dictionary, mapped to PLOVER.
 *
 *   npx tsx scripts/lexicon/harvest-cameo.ts [--type ASSAULT] [--verbs-only] > /tmp/candidates.tsv
 *
 * Reads ../shared/reference/petrarch2/CAMEO.2.0.txt (MIT, Open Event Data Alliance) and
 * ../shared/reference/plover/CAMEO2PLOVER-2021.txt (CC BY-SA 4.0) and prints one candidate a
 * line: kind (verb | pattern), PLOVER type, mode, CAMEO code, the candidate in lower case (verbs
 * joined by spaces, patterns with `*` at the verb and synonym sets expanded to their first
 * members), and the block / original verb. It is a review aid: data/lexicon/triggers.json is
 * written by hand from its output, never generated. CAMEO 01 (public statements) has no PLOVER
 * type and is dropped; CAMEO 02 (appeal) is mapped to REQUEST with the mode of the parallel
 * CAMEO 10 code, as PLOVER's REQUEST covers both appeals and demands.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const REF = resolve(root, '../shared/reference')
const cameoText = readFileSync(resolve(REF, 'petrarch2/CAMEO.2.0.txt'), 'utf8')
const c2pText = readFileSync(resolve(REF, 'plover/CAMEO2PLOVER-2021.txt'), 'utf8')

interface Plover { type: string; mode: string | null }
const c2p = new Map<string, Plover>()
for (const line of c2pText.split('\n')) {
  const m = /^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)/.exec(line)
  if (!m) continue
  const mode = m[3]!.trim()
  c2p.set(m[1]!, { type: m[2]!, mode: mode === '' ? null : mode })
}

const plover = (code: string): Plover | null => {
  if (c2p.has(code)) return c2p.get(code)!
  if (code.startsWith('02')) {
    // appeal → REQUEST, mode from the parallel demand code 10x
    const parallel = c2p.get('10' + code.slice(2)) ?? c2p.get('10' + code.slice(2, 3))
    return { type: 'REQUEST', mode: parallel?.mode ?? null }
  }
  if (code.length === 4 && c2p.has(code.slice(0, 3))) return c2p.get(code.slice(0, 3))!
  return null
}

/** first code of "[042:043]", "[:110]", "[173]"; null for "---" */
const firstCode = (raw: string): string | null => {
  for (const part of raw.split(':')) {
    const p = part.trim()
    if (/^\d{3,4}$/.test(p)) return p
  }
  return null
}

// synonym sets: &NAME → members (lower case, words joined by space)
const synsets = new Map<string, string[]>()
{
  const head = cameoText.split('####### VERB PATTERNS #######')[0]!
  let cur: string | null = null
  for (const raw of head.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    if (line.startsWith('&')) { cur = line; synsets.set(cur, []) }
    else if (line.startsWith('+') && cur) synsets.get(cur)!.push(line.slice(1).replace(/_+$/, '').replace(/_/g, ' ').toLowerCase())
    else if (line === '') cur = null
  }
}

const expand = (tok: string): string => {
  const m = /^&[A-Z_]+/.exec(tok)
  if (!m) return tok.toLowerCase()
  const members = synsets.get(m[0]) ?? []
  return '&' + members.slice(0, 4).join('|') + (members.length > 4 ? '|…' : '')
}

interface Candidate { kind: 'verb' | 'pattern'; code: string; text: string; block: string; note: string }
const out: Candidate[] = []
const body = cameoText.split('####### VERB PATTERNS #######')[1] ?? ''
let block = ''
let blockCode: string | null = null
for (const raw of body.split('\n')) {
  const comment = raw.includes('#') ? raw.slice(raw.indexOf('#') + 1).trim() : ''
  const line = raw.replace(/#.*/, '').trim()
  if (line === '') continue
  const header = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line)
  if (header) { block = header[1]!; blockCode = firstCode(header[2]!); continue }
  if (line.startsWith('-')) {
    const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(line)
    if (!m) continue
    const code = firstCode(m[2]!)
    if (!code) continue
    const text = m[1]!.replace(/[{}()]/g, ' ').split(/\s+/).filter(Boolean)
      .map(t => (t === '*' ? '*' : expand(t))).join(' ')
    out.push({ kind: 'pattern', code, text, block, note: comment })
    continue
  }
  // verb line: WORD or +MULTI_WORD, optional {forms}, optional [code]
  const m = /^\+?([A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line)
  if (!m) continue
  const code = m[3] ? firstCode(m[3].slice(1, -1)) : blockCode
  if (!code) continue
  out.push({ kind: 'verb', code, text: m[1]!.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase(), block, note: comment })
}

const args = process.argv.slice(2)
const onlyType = args.includes('--type') ? args[args.indexOf('--type') + 1] : null
const verbsOnly = args.includes('--verbs-only')
let n = 0
for (const c of out) {
  const p = plover(c.code)
  if (!p) continue
  if (onlyType && p.type !== onlyType) continue
  if (verbsOnly && c.kind !== 'verb') continue
  n++
  console.log([c.kind, p.type, p.mode ?? '-', c.code, c.text, c.block, c.note].join('\t'))
}
console.error(`${n} candidates (of ${out.length} verb and pattern lines)`)
