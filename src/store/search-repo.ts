import { sql, type Kysely } from 'kysely'
import type { Database } from './schema.ts'

export interface SearchHit {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly date: string | null
  readonly rank: number
  /** a fragment around the matches, with matched words between « and » */
  readonly snippet: string
}

/**
 * PostgreSQL full-text search over the stored articles (title and text, English stemming),
 * ranked, with snippets. The query is read as a web search: words, "quoted phrases", -excluded,
 * OR; any text is a valid query, so a user's input never makes an error.
 */
export const searchArticles = async (db: Kysely<Database>, text: string, limit = 20): Promise<SearchHit[]> => {
  const q = sql`websearch_to_tsquery('english', ${text})`
  const rows = await sql<{ id: string; title: string | null; outlet: string | null; date: string | null; rank: number; snippet: string }>`
    select id, title, outlet, date, ts_rank(search, ${q}) as rank,
      ts_headline('english', text, ${q}, 'MaxFragments=2, MinWords=6, MaxWords=24, StartSel=«, StopSel=», FragmentDelimiter=" … "') as snippet
    from articles
    where search @@ ${q}
    order by rank desc, date desc nulls last, id
    limit ${limit}`.execute(db)
  return rows.rows.map((r) => ({ ...r, rank: Number(r.rank), snippet: r.snippet.replace(/\s+/g, ' ').trim() }))
}
