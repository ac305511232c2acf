import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely'

/**
 * The schema's versions, in order. Kysely's Migrator applies those not yet applied (recorded in
 * `kysely_migration`) at every open, in one transaction each; a released migration is never
 * edited, a change is a new one. The same SQL runs on PGlite and on PostgreSQL 15+.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await sql`
        create table articles (
          id text primary key,
          hash text not null unique,
          title text,
          outlet text,
          url text,
          date text check (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
          input text not null,
          format text not null,
          text text not null,
          messages jsonb not null default '[]',
          ingested_at timestamptz not null default now(),
          search tsvector generated always as (to_tsvector('english', coalesce(title, '') || ' ' || text)) stored
        )`.execute(db)
      await sql`create index articles_search on articles using gin (search)`.execute(db)
      await sql`create index articles_date on articles (date)`.execute(db)
      await sql`
        create table mentions (
          article_id text not null references articles (id) on delete cascade,
          idx integer not null,
          start_at integer not null,
          end_at integer not null,
          kind text not null,
          name text,
          country text,
          sector text,
          level text,
          role text,
          person text,
          how text not null,
          primary key (article_id, idx)
        )`.execute(db)
      await sql`create index mentions_name on mentions (name)`.execute(db)
      await sql`create index mentions_country on mentions (country)`.execute(db)
      await sql`
        create table happenings (
          id text primary key,
          type text not null,
          modality text not null,
          source_country text,
          target_country text,
          date_start text,
          date_end text,
          created_at timestamptz not null default now()
        )`.execute(db)
      await sql`create index happenings_key on happenings (type, modality, source_country, target_country)`.execute(db)
      await sql`
        create table events (
          id text primary key,
          article_id text not null references articles (id) on delete cascade,
          happening_id text not null references happenings (id),
          type text not null,
          mode text,
          modality text not null,
          source_name text,
          source_country text,
          source_sector text,
          source_level text,
          target_name text,
          target_country text,
          target_sector text,
          target_level text,
          count integer not null,
          answer text,
          date_start text,
          date_end text,
          on_date text,
          attribution_kind text not null,
          hedge text,
          trigger_text text not null,
          record jsonb not null,
          seq bigserial not null
        )`.execute(db)
      await sql`create index events_article on events (article_id)`.execute(db)
      await sql`create index events_happening on events (happening_id)`.execute(db)
      await sql`create index events_dyad on events (source_country, target_country)`.execute(db)
      await sql`create index events_date on events (on_date)`.execute(db)
    },
  },
  '0002_article_times': {
    // the reader highlights time expressions from their offsets, so they are stored with the article
    async up(db: Kysely<unknown>) {
      await sql`alter table articles add column times jsonb not null default '[]'`.execute(db)
    },
  },
}

export const migrations: MigrationProvider = { getMigrations: async () => MIGRATIONS }
export const LATEST_MIGRATION = Object.keys(MIGRATIONS).at(-1)!
