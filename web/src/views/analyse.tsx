import { useState } from 'preact/hooks'
import { api, read, type ArticleView } from '../api.ts'
import { Failure } from '../components.tsx'
import { Reader } from './article.tsx'

/** Paste or upload an article and see it annotated at once (nothing is stored). */
export const AnalyseView = () => {
  const [text, setText] = useState('')
  const [date, setDate] = useState('')
  const [result, setResult] = useState<ArticleView | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (ev: Event) => {
    ev.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const json: { text: string; date?: string } = { text }
      if (date) json.date = date
      setResult(await read<ArticleView>(api.extract.$post({ json })))
      setSelected(null)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const upload = async (ev: Event) => {
    const file = (ev.target as HTMLInputElement).files?.[0]
    if (file) setText(await file.text())
  }
  return (
    <section>
      <h2>Analyse an article</h2>
      <form class="analyse" onSubmit={run}>
        <label for="analyse-text">Article text</label>
        <textarea id="analyse-text" rows={10} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} placeholder="Paste an article…" />
        <div class="filters">
          <label>
            Published <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            or upload a text file <input type="file" accept=".txt,text/plain" onChange={upload} />
          </label>
          <button type="submit" disabled={busy || !text.trim()}>
            {busy ? 'Analysing…' : 'Analyse'}
          </button>
        </div>
      </form>
      {error ? <Failure message={error} /> : null}
      {result ? (
        <Reader a={result} selected={selected} link={() => '#/analyse'} onSelect={setSelected} />
      ) : null}
    </section>
  )
}
