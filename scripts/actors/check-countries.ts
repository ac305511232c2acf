/**
 * Validates data/actors/countries.json.
 *
 *   npx tsx scripts/actors/check-countries.ts [path/to/countries.json] [--overlaps]
 *
 * Checks every entry: iso3 is three upper-case letters and unique; name is a
 * non-empty string listed in names; names/demonyms/metonyms (and the optional
 * ambiguous) are arrays of non-empty, trimmed, NFC, non-duplicated strings;
 * capital is a non-empty string; every ambiguous string is one of the entry's
 * own names, demonyms or metonyms; no fields beyond those in
 * data/actors/SCHEMA.md (per-entry review notes live in
 * data/actors/countries.notes.md). Across entries: no name, demonym or
 * metonym is claimed by two countries unless it is listed as ambiguous in
 * both.
 *
 * Prints every problem (naming the entry) to stderr and exits 1, or prints a
 * one-line summary and exits 0. With --overlaps it also lists, for review
 * only, strings that occur as whole words inside another country's string
 * without being marked ambiguous (these never fail the check: the matcher's
 * longest-match rule handles them).
 *
 * Node built-ins only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

type StringListField = 'names' | 'demonyms' | 'metonyms' | 'places' | 'ambiguous';

interface CountryEntry {
  iso3: string;
  name: string;
  names: string[];
  demonyms: string[];
  capital: string;
  metonyms: string[];
  places: string[];
  ambiguous: string[];
}

const LIST_FIELDS: readonly StringListField[] = ['names', 'demonyms', 'metonyms', 'places', 'ambiguous'];
/** Fields whose strings are matched in text and so must not be claimed twice. */
const CLAIM_FIELDS: readonly Exclude<StringListField, 'ambiguous'>[] = ['names', 'demonyms', 'metonyms', 'places'];
const KNOWN_FIELDS = new Set(['iso3', 'name', 'names', 'demonyms', 'capital', 'metonyms', 'places', 'ambiguous']);

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultFile = path.resolve(here, '../../data/actors/countries.json');

const args = process.argv.slice(2);
const showOverlaps = args.includes('--overlaps');
const fileArg = args.find((a) => !a.startsWith('--'));
const file = fileArg !== undefined ? path.resolve(fileArg) : defaultFile;
const relFile = path.relative(process.cwd(), file);
const shownFile = relFile === '' || relFile.startsWith('..') ? file : relFile;

const errors: string[] = [];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function label(index: number, raw: Record<string, unknown>): string {
  const iso = typeof raw['iso3'] === 'string' ? raw['iso3'] : '?';
  const name = typeof raw['name'] === 'string' ? ` "${raw['name']}"` : '';
  return `entries[${index}] (${iso}${name})`;
}

function checkString(where: string, field: string, v: unknown): v is string {
  if (typeof v !== 'string') {
    errors.push(`${where}: ${field} must be a string, got ${v === null ? 'null' : typeof v}`);
    return false;
  }
  if (v.trim() === '') {
    errors.push(`${where}: ${field} is empty`);
    return false;
  }
  if (v !== v.trim()) {
    errors.push(`${where}: ${field} ${JSON.stringify(v)} has leading or trailing whitespace`);
  }
  if (v !== v.normalize('NFC')) {
    errors.push(`${where}: ${field} ${JSON.stringify(v)} is not in Unicode NFC form (decomposed accents will not match news text)`);
  }
  return true;
}

function checkList(where: string, field: StringListField, v: unknown): string[] {
  if (!Array.isArray(v)) {
    errors.push(`${where}: ${field} must be an array of strings`);
    return [];
  }
  const out: string[] = [];
  const seen = new Set<string>();
  v.forEach((item: unknown, i: number) => {
    if (!checkString(where, `${field}[${i}]`, item)) return;
    if (seen.has(item)) {
      errors.push(`${where}: ${field}[${i}] ${JSON.stringify(item)} is listed twice`);
      return;
    }
    seen.add(item);
    out.push(item);
  });
  return out;
}

function validateEntry(index: number, raw: unknown): CountryEntry | null {
  if (!isRecord(raw)) {
    errors.push(`entries[${index}]: must be an object`);
    return null;
  }
  const where = label(index, raw);
  for (const key of Object.keys(raw)) {
    if (!KNOWN_FIELDS.has(key)) errors.push(`${where}: unknown field "${key}"`);
  }

  const iso3 = raw['iso3'];
  let isoOk = checkString(where, 'iso3', iso3);
  if (isoOk && !/^[A-Z]{3}$/.test(iso3 as string)) {
    errors.push(`${where}: iso3 ${JSON.stringify(iso3)} must be exactly three upper-case letters A-Z`);
    isoOk = false;
  }
  const nameOk = checkString(where, 'name', raw['name']);
  const capitalOk = checkString(where, 'capital', raw['capital']);

  const lists = {} as Record<StringListField, string[]>;
  for (const field of LIST_FIELDS) {
    // ambiguous and places are optional (SCHEMA.md: ambiguous?[], places?[]); the others are required.
    lists[field] = (field === 'ambiguous' || field === 'places') && raw[field] === undefined ? [] : checkList(where, field, raw[field]);
  }

  if (lists.names.length === 0) errors.push(`${where}: names must list at least one name`);
  if (nameOk && !lists.names.includes(raw['name'] as string)) {
    errors.push(`${where}: name ${JSON.stringify(raw['name'])} is not listed in names`);
  }
  const own = new Set([...lists.names, ...lists.demonyms, ...lists.metonyms]);
  for (const a of lists.ambiguous) {
    if (!own.has(a)) {
      errors.push(`${where}: ambiguous ${JSON.stringify(a)} is not one of this entry's names, demonyms or metonyms`);
    }
  }

  if (!isoOk || !nameOk || !capitalOk) return null;
  const entry: CountryEntry = {
    iso3: iso3 as string,
    name: raw['name'] as string,
    names: lists.names,
    demonyms: lists.demonyms,
    capital: raw['capital'] as string,
    metonyms: lists.metonyms,
    places: lists.places,
    ambiguous: lists.ambiguous,
  };
  return entry;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word containment of `inner` in `outer` (Unicode letters/digits as word characters). */
function containsWord(outer: string, inner: string): boolean {
  if (outer === inner || inner.length >= outer.length) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(inner)}(?![\\p{L}\\p{N}])`, 'u').test(outer);
}

function main(): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${shownFile}: cannot read file: ${(e as Error).message}`);
    process.exit(1);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    console.error(`${shownFile}: invalid JSON: ${(e as Error).message}`);
    process.exit(1);
  }
  if (!isRecord(doc)) {
    console.error(`${shownFile}: top level must be an object with "about" and "entries"`);
    process.exit(1);
  }
  for (const key of Object.keys(doc)) {
    if (key !== 'about' && key !== 'entries') errors.push(`top level: unknown field "${key}"`);
  }
  checkString('top level', 'about', doc['about']);
  const rawEntries = doc['entries'];
  if (!Array.isArray(rawEntries) || rawEntries.length === 0) {
    errors.push('top level: entries must be a non-empty array');
  }

  const entries: { index: number; entry: CountryEntry }[] = [];
  const isoSeen = new Map<string, number>();
  (Array.isArray(rawEntries) ? rawEntries : []).forEach((raw: unknown, index: number) => {
    const entry = validateEntry(index, raw);
    if (entry === null) return;
    const prev = isoSeen.get(entry.iso3);
    if (prev !== undefined) {
      errors.push(`entries[${index}] (${entry.iso3} "${entry.name}"): iso3 ${entry.iso3} already used by entries[${prev}]`);
    } else {
      isoSeen.set(entry.iso3, index);
    }
    entries.push({ index, entry });
  });

  // Cross-entry claims: a string matched in text may belong to one country only,
  // unless every country claiming it marks it ambiguous.
  const claims = new Map<string, { index: number; entry: CountryEntry; field: string }[]>();
  for (const { index, entry } of entries) {
    const mine = new Set<string>();
    for (const field of CLAIM_FIELDS) {
      for (const s of entry[field]) {
        if (mine.has(s)) continue; // e.g. a city-state's name doubling as its metonym
        mine.add(s);
        const list = claims.get(s) ?? [];
        list.push({ index, entry, field });
        claims.set(s, list);
      }
    }
  }
  for (const [s, list] of claims) {
    if (list.length < 2) continue;
    const unflagged = list.filter((c) => !c.entry.ambiguous.includes(s));
    if (unflagged.length === 0) continue;
    const who = list.map((c) => `entries[${c.index}] (${c.entry.iso3}) ${c.field}`).join(', ');
    for (const c of unflagged) {
      errors.push(
        `entries[${c.index}] (${c.entry.iso3} "${c.entry.name}"): ${JSON.stringify(s)} is claimed by ${list.length} countries (${who}) ` +
          `but is not listed in this entry's ambiguous`,
      );
    }
  }

  if (errors.length > 0) {
    for (const e of errors) console.error(`${shownFile}: ${e}`);
    console.error(`${shownFile}: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
    process.exit(1);
  }

  if (showOverlaps) {
    const all = [...claims.entries()];
    for (const [inner, innerOwners] of all) {
      for (const [outer, outerOwners] of all) {
        if (!containsWord(outer, inner)) continue;
        for (const io of innerOwners) {
          if (io.entry.ambiguous.includes(inner)) continue;
          for (const oo of outerOwners) {
            if (oo.entry.iso3 === io.entry.iso3) continue;
            console.log(`overlap: ${io.entry.iso3} ${JSON.stringify(inner)} occurs inside ${oo.entry.iso3} ${JSON.stringify(outer)}`);
          }
        }
      }
    }
  }

  let names = 0;
  let demonyms = 0;
  let metonyms = 0;
  let ambiguous = 0;
  for (const { entry } of entries) {
    names += entry.names.length;
    demonyms += entry.demonyms.length;
    metonyms += entry.metonyms.length;
    ambiguous += entry.ambiguous.length;
  }
  console.log(
    `${shownFile}: OK: ${entries.length} entries, ${names} names, ${demonyms} demonyms, ${metonyms} metonyms (${ambiguous} marked ambiguous)`,
  );
}

main();
