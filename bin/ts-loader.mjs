// Node module hooks that run our TypeScript sources through esbuild's transform, one file at a
// time. Why not tsx here: tsx always compiles with esbuild's keepNames, which wraps every named
// closure made at run time in a __name() call; measured on 500 articles in one process, that
// wrapping cost 25 % of the events stage, 20 % of actors and 9 % of time expressions. The same
// transform without keepNames emits the code as written. Tests and scripts keep tsx; the
// `overture` bin, the worker pool and the benchmark use this.
//
// Why `supported`: for every target esbuild rewrites a regular expression literal with a Unicode
// property escape (/^\p{Lu}/u) as `new RegExp("^\\p{Lu}", "u")`, parsed from its string wherever
// it is evaluated, per token and per mention. Node 20 reads these literals natively, so they are
// kept as written: the same matches, about 125 such constructions per document in the actors
// stage and 99 in events at about 160 ns more each than a literal (roughly 2 % of actors and 1 %
// of events; a same-process A/B on the shared 2-core machine could not resolve it from noise).
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { transform } from 'esbuild'

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context)
  const path = fileURLToPath(url)
  const source = await readFile(path, 'utf8')
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, sourcemap: 'inline', sourcefile: path })
  return { format: 'module', source: code, shortCircuit: true }
}
