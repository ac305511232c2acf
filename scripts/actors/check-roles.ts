/**
 * Validates data/actors/roles.json and data/actors/institutions.json.
 *
 *   npx tsx scripts/actors/check-roles.ts [--roles FILE] [--institutions FILE]
 *
 * roles.json entries: { phrases[], sector, level, office, country, kind, plural?[] }
 *   - phrases (non-empty) and plural: non-empty, trimmed, NFC, lower-case strings with ASCII
 *     apostrophes and no leading article other than "the authorities", "the public", "the press";
 *   - sector: GOV MIL LEG JUD PTY MED BUS CVL IGO; level: head minister senior working or null;
 *   - office: null or a kebab-case key (keys that SCHEMA.md does not list are reported, not failed);
 *   - country: null, IGO, or an ISO 3166-1 alpha-3 code (checked against countries.json when present);
 *   - kind: title | noun | group.
 * institutions.json entries: { name, aliases[], country, sector, level, kind, generic? }
 *   - name and aliases: non-empty, trimmed, NFC strings, no leading "the"/"The";
 *   - country: null, IGO or ISO3; kind: institution | group | non-state;
 *   - generic: optional, only `true`, and then country must be null.
 * Across each file: a phrase (roles: phrases and plurals) or a name/alias (institutions) may occur
 * once only; every duplicate is reported with the entries it is in. Role phrases of two entries
 * must not fold together (lower case, diacritics stripped, as the gazetteer keys them). Institution
 * strings that differ only in case or diacritics are listed as warnings (deliberate pairs such as
 * "Foreign Office" (UK) and "foreign office" (generic) are allowed). Unknown fields are errors.
 *
 * Prints every problem (naming the file and entry) to stderr and exits 1, or prints a summary
 * and exits 0. Node built-ins only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SECTORS = ['GOV', 'MIL', 'LEG', 'JUD', 'PTY', 'MED', 'BUS', 'CVL', 'IGO'] as const;
const LEVELS = ['head', 'minister', 'senior', 'working'] as const;
const ROLE_KINDS = ['title', 'noun', 'group'] as const;
const INSTITUTION_KINDS = ['institution', 'group', 'non-state', 'ngo'] as const;
const ROLE_FIELDS = new Set(['phrases', 'sector', 'level', 'office', 'country', 'kind', 'plural']);
const INSTITUTION_FIELDS = new Set(['name', 'aliases', 'country', 'sector', 'level', 'kind', 'generic']);
/** Phrases where the article is part of the sense (see roles.json `about`). */
const ARTICLE_OK = new Set(['the authorities', 'the public', 'the press']);
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(here, '../../data/actors');

function argValue(flag: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(flag);
  if (i === -1) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) {
    console.error(`${flag} needs a file argument`);
    process.exit(1);
  }
  return v;
}

function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') ? file : rel;
}

const rolesFile = path.resolve(argValue('--roles') ?? path.join(dataDir, 'roles.json'));
const institutionsFile = path.resolve(argValue('--institutions') ?? path.join(dataDir, 'institutions.json'));
const schemaFile = path.join(dataDir, 'SCHEMA.md');
const countriesFile = path.join(dataDir, 'countries.json');

const errors: string[] = [];
const warnings: string[] = [];
const notes: string[] = [];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function includes<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}

/** Office keys listed in SCHEMA.md (backticked kebab-case words in the `office` paragraph). */
function schemaOffices(): Set<string> {
  const keys = new Set<string>();
  if (!existsSync(schemaFile)) return keys;
  const text = readFileSync(schemaFile, 'utf8');
  const start = text.indexOf('`office`');
  const para = start === -1 ? text : text.slice(start, text.indexOf('\n- ', start + 1) === -1 ? undefined : text.indexOf('\n- ', start + 1));
  for (const m of para.matchAll(/`([a-z][a-z0-9-]*)`/g)) {
    const k = m[1];
    if (k !== undefined && KEBAB.test(k)) keys.add(k);
  }
  return keys;
}

/** ISO3 codes from countries.json, or null when that file is absent or unreadable. */
function countryCodes(): Set<string> | null {
  if (!existsSync(countriesFile)) return null;
  try {
    const doc: unknown = JSON.parse(readFileSync(countriesFile, 'utf8'));
    if (!isRecord(doc) || !Array.isArray(doc['entries'])) return null;
    const codes = new Set<string>();
    for (const e of doc['entries'] as unknown[]) {
      if (isRecord(e) && typeof e['iso3'] === 'string') codes.add(e['iso3']);
    }
    return codes;
  } catch {
    return null;
  }
}

const OFFICES = schemaOffices();
const COUNTRIES = countryCodes();

function load(file: string): unknown[] | null {
  const where = shown(file);
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    errors.push(`${where}: cannot read or parse: ${(e as Error).message}`);
    return null;
  }
  if (!isRecord(doc)) {
    errors.push(`${where}: top level must be an object with "about" and "entries"`);
    return null;
  }
  for (const key of Object.keys(doc)) {
    if (key !== 'about' && key !== 'entries') errors.push(`${where}: top level: unknown field "${key}"`);
  }
  const about = doc['about'];
  if (typeof about !== 'string' || about.trim() === '') errors.push(`${where}: top level: "about" must be a non-empty string`);
  const entries = doc['entries'];
  if (!Array.isArray(entries) || entries.length === 0) {
    errors.push(`${where}: top level: "entries" must be a non-empty array`);
    return null;
  }
  return entries as unknown[];
}

/** Checks one matchable string; returns it when usable for the duplicate index. */
function checkString(where: string, field: string, v: unknown, opts: { lower: boolean }): string | null {
  if (typeof v !== 'string') {
    errors.push(`${where}: ${field} must be a string, got ${v === null ? 'null' : typeof v}`);
    return null;
  }
  if (v.trim() === '') {
    errors.push(`${where}: ${field} is empty`);
    return null;
  }
  const q = JSON.stringify(v);
  if (v !== v.trim() || /\s{2,}/.test(v)) errors.push(`${where}: ${field} ${q} has stray whitespace`);
  if (v !== v.normalize('NFC')) errors.push(`${where}: ${field} ${q} is not in Unicode NFC form`);
  if (/[\u2018\u2019\u201C\u201D]/.test(v)) errors.push(`${where}: ${field} ${q} has a curly quote (use ASCII ' and ")`);
  if (opts.lower) {
    if (v !== v.toLowerCase()) errors.push(`${where}: ${field} ${q} must be lower-case`);
    if (/^the /.test(v) && !ARTICLE_OK.has(v)) errors.push(`${where}: ${field} ${q} starts with "the" (the matcher handles articles)`);
  } else if (/^the /i.test(v)) {
    errors.push(`${where}: ${field} ${q} starts with "the" (the matcher handles articles)`);
  }
  return v;
}

function checkList(where: string, field: string, v: unknown, opts: { lower: boolean; nonEmpty: boolean }): string[] {
  if (!Array.isArray(v)) {
    errors.push(`${where}: ${field} must be an array of strings`);
    return [];
  }
  if (opts.nonEmpty && v.length === 0) errors.push(`${where}: ${field} must not be empty`);
  const out: string[] = [];
  v.forEach((item: unknown, i: number) => {
    const s = checkString(where, `${field}[${i}]`, item, opts);
    if (s !== null) out.push(s);
  });
  return out;
}

function checkCodes(where: string, raw: Record<string, unknown>): void {
  const sector = raw['sector'];
  if (!includes(SECTORS, sector)) errors.push(`${where}: sector ${JSON.stringify(sector)} must be one of ${SECTORS.join(', ')}`);
  if (!('level' in raw)) errors.push(`${where}: level is missing (use null for no tier)`);
  else if (raw['level'] !== null && !includes(LEVELS, raw['level'])) {
    errors.push(`${where}: level ${JSON.stringify(raw['level'])} must be one of ${LEVELS.join(', ')} or null`);
  }
  if (!('country' in raw)) errors.push(`${where}: country is missing (use null where the phrase implies none)`);
  else {
    const c = raw['country'];
    if (c !== null) {
      if (typeof c !== 'string' || (c !== 'IGO' && !/^[A-Z]{3}$/.test(c))) {
        errors.push(`${where}: country ${JSON.stringify(c)} must be an ISO 3166-1 alpha-3 code, "IGO" or null`);
      } else if (c !== 'IGO' && COUNTRIES !== null && !COUNTRIES.has(c)) {
        errors.push(`${where}: country ${c} is not an iso3 in data/actors/countries.json`);
      }
    }
  }
}

type Claim = { entry: string; field: string };

/** Lower case without diacritics, as src/actors/gazetteer.ts keys its trie. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function addClaim(index: Map<string, Claim[]>, s: string, claim: Claim): void {
  const list = index.get(s) ?? [];
  list.push(claim);
  index.set(s, list);
}

function reportDuplicates(file: string, index: Map<string, Claim[]>, what: string): void {
  for (const [s, claims] of index) {
    if (claims.length < 2) continue;
    const where = claims.map((c) => `${c.entry} ${c.field}`).join('; ');
    errors.push(`${shown(file)}: duplicate ${what} ${JSON.stringify(s)} in ${where}`);
  }
}

function checkRoles(): { entries: number; strings: number } {
  const file = rolesFile;
  const entries = load(file);
  if (entries === null) return { entries: 0, strings: 0 };
  const index = new Map<string, Claim[]>();
  const customOffices = new Map<string, number>();
  let strings = 0;
  entries.forEach((raw: unknown, i: number) => {
    if (!isRecord(raw)) {
      errors.push(`${shown(file)}: entries[${i}]: must be an object`);
      return;
    }
    const first = Array.isArray(raw['phrases']) && typeof raw['phrases'][0] === 'string' ? ` "${raw['phrases'][0]}"` : '';
    const label = `entries[${i}]${first}`;
    const where = `${shown(file)}: ${label}`;
    for (const key of Object.keys(raw)) {
      if (!ROLE_FIELDS.has(key)) errors.push(`${where}: unknown field "${key}"`);
    }
    const phrases = checkList(where, 'phrases', raw['phrases'], { lower: true, nonEmpty: true });
    const plural = 'plural' in raw ? checkList(where, 'plural', raw['plural'], { lower: true, nonEmpty: true }) : [];
    for (const p of phrases) addClaim(index, p, { entry: label, field: 'phrases' });
    for (const p of plural) addClaim(index, p, { entry: label, field: 'plural' });
    strings += phrases.length + plural.length;
    checkCodes(where, raw);
    if (!('office' in raw)) errors.push(`${where}: office is missing (use null for a generic role)`);
    else {
      const office = raw['office'];
      if (office !== null) {
        if (typeof office !== 'string' || !KEBAB.test(office)) {
          errors.push(`${where}: office ${JSON.stringify(office)} must be a SCHEMA.md office key or a kebab-case key`);
        } else if (OFFICES.size > 0 && !OFFICES.has(office)) {
          customOffices.set(office, (customOffices.get(office) ?? 0) + 1);
        }
      }
    }
    if (!includes(ROLE_KINDS, raw['kind'])) {
      errors.push(`${where}: kind ${JSON.stringify(raw['kind'])} must be one of ${ROLE_KINDS.join(', ')}`);
    }
  });
  reportDuplicates(file, index, 'phrase');
  // Phrases are matched case-insensitively and without diacritics: two entries must not fold together.
  const byFold = new Map<string, Claim[]>();
  for (const [s, claims] of index) {
    if (claims.length > 1) continue; // already reported as an exact duplicate
    for (const c of claims) addClaim(byFold, fold(s), { entry: c.entry, field: `${c.field} ${JSON.stringify(s)}` });
  }
  for (const [k, claims] of byFold) {
    if (new Set(claims.map((c) => c.entry)).size < 2) continue;
    errors.push(`${shown(file)}: phrases that differ only in diacritics fold to ${JSON.stringify(k)} in ${claims.map((c) => `${c.entry} ${c.field}`).join('; ')}`);
  }
  if (customOffices.size > 0) {
    const list = [...customOffices].map(([k, n]) => `${k} (${n})`).join(', ');
    notes.push(`${shown(file)}: office keys not listed in SCHEMA.md (kebab-case, allowed): ${list}`);
  }
  return { entries: entries.length, strings };
}

function checkInstitutions(): { entries: number; strings: number; generic: number } {
  const file = institutionsFile;
  const entries = load(file);
  if (entries === null) return { entries: 0, strings: 0, generic: 0 };
  const index = new Map<string, Claim[]>();
  let strings = 0;
  let generic = 0;
  entries.forEach((raw: unknown, i: number) => {
    if (!isRecord(raw)) {
      errors.push(`${shown(file)}: entries[${i}]: must be an object`);
      return;
    }
    const label = `entries[${i}]${typeof raw['name'] === 'string' ? ` "${raw['name']}"` : ''}`;
    const where = `${shown(file)}: ${label}`;
    for (const key of Object.keys(raw)) {
      if (!INSTITUTION_FIELDS.has(key)) errors.push(`${where}: unknown field "${key}"`);
    }
    const name = checkString(where, 'name', raw['name'], { lower: false });
    const aliases = checkList(where, 'aliases', raw['aliases'], { lower: false, nonEmpty: false });
    if (name !== null) addClaim(index, name, { entry: label, field: 'name' });
    for (const a of aliases) addClaim(index, a, { entry: label, field: 'aliases' });
    strings += (name === null ? 0 : 1) + aliases.length;
    checkCodes(where, raw);
    if (!includes(INSTITUTION_KINDS, raw['kind'])) {
      errors.push(`${where}: kind ${JSON.stringify(raw['kind'])} must be one of ${INSTITUTION_KINDS.join(', ')}`);
    }
    if ('generic' in raw) {
      if (raw['generic'] !== true) errors.push(`${where}: generic must be true or absent`);
      else {
        generic++;
        if (raw['country'] !== null) errors.push(`${where}: a generic entry must have country null (the country comes from the context)`);
      }
    }
  });
  reportDuplicates(file, index, 'name or alias');
  // Collisions that differ only in case or diacritics (the gazetteer folds both): warn, do not fail.
  const folded = new Map<string, { strings: Set<string>; entries: Set<string>; where: string[] }>();
  for (const [s, claims] of index) {
    const key = fold(s);
    const f = folded.get(key) ?? { strings: new Set<string>(), entries: new Set<string>(), where: [] };
    f.strings.add(s);
    for (const c of claims) {
      f.entries.add(c.entry);
      f.where.push(`${c.entry} ${JSON.stringify(s)}`);
    }
    folded.set(key, f);
  }
  for (const [key, f] of folded) {
    if (f.strings.size > 1 && f.entries.size > 1) {
      warnings.push(`${shown(file)}: ${JSON.stringify(key)} differs only in case or diacritics between ${f.where.join('; ')}`);
    }
  }
  return { entries: entries.length, strings, generic };
}

function main(): void {
  const r = checkRoles();
  const inst = checkInstitutions();
  for (const n of notes) console.log(`note: ${n}`);
  for (const w of warnings) console.log(`warning: ${w}`);
  if (errors.length > 0) {
    for (const e of errors) console.error(e);
    console.error(`${errors.length} error${errors.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log(
    `${shown(rolesFile)}: OK: ${r.entries} entries, ${r.strings} phrases and plurals; ` +
      `${shown(institutionsFile)}: OK: ${inst.entries} entries (${inst.generic} generic), ${inst.strings} names and aliases`,
  );
}

main();
