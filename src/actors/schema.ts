import { LEVELS, SECTORS } from './types.ts'

/**
 * JSON Schemas of the actor data files (data/actors/SCHEMA.md), checked with ajv at load so a
 * mistake in a reviewed file is reported with the file, the entry and the field.
 */
const strings = { type: 'array', items: { type: 'string', minLength: 1 } } as const
const sector = { enum: [...SECTORS, null] } as const
const level = { enum: [...LEVELS, null] } as const
const partialDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const
const country = { type: 'string', pattern: '^([A-Z]{3})$' } as const

const file = (entry: object) =>
  ({
    type: 'object',
    required: ['about', 'entries'],
    properties: { about: { type: 'string', minLength: 1 }, entries: { type: 'array', items: entry } },
  }) as const

export const countriesSchema = file({
  type: 'object',
  required: ['iso3', 'name', 'names', 'demonyms', 'metonyms'],
  properties: {
    iso3: country,
    name: { type: 'string', minLength: 1 },
    names: strings,
    demonyms: strings,
    capital: { type: ['string', 'null'] },
    metonyms: strings,
    places: strings,
    ambiguous: strings,
  },
})

export const personsSchema = file({
  type: 'object',
  required: ['name', 'family', 'country', 'offices'],
  properties: {
    name: { type: 'string', minLength: 1 },
    aliases: strings,
    family: { type: 'string', minLength: 1 },
    country,
    gender: { enum: ['m', 'f', null] },
    born: { type: ['integer', 'null'], minimum: 1850, maximum: 2020 },
    bareFamily: { type: 'boolean' },
    offices: {
      type: 'array',
      items: {
        type: 'object',
        required: ['office', 'title', 'sector', 'level', 'from'],
        properties: {
          office: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          title: { type: 'string', minLength: 1 },
          sector,
          level,
          from: partialDate,
          to: { oneOf: [partialDate, { type: 'null' }] },
          country,
        },
      },
    },
  },
})

export const rolesSchema = file({
  type: 'object',
  required: ['phrases', 'sector', 'level', 'kind'],
  properties: {
    phrases: { ...strings, minItems: 1 },
    plural: strings,
    sector,
    level,
    office: { type: ['string', 'null'] },
    country: { oneOf: [country, { type: 'null' }] },
    kind: { enum: ['title', 'noun', 'group'] },
  },
})

export const institutionsSchema = file({
  type: 'object',
  required: ['name', 'country', 'sector'],
  properties: {
    name: { type: 'string', minLength: 1 },
    aliases: strings,
    country: { oneOf: [{ type: 'string', pattern: '^([A-Z]{3}|IGO)$' }, { type: 'null' }] },
    sector,
    level,
    generic: { type: 'boolean' },
    kind: { type: 'string' },
  },
})

export const headsSchema = file({
  type: 'object',
  required: ['word', 'sector'],
  properties: {
    word: { type: 'string', pattern: '^\\p{Lu}\\p{L}+$' },
    sector,
  },
})

export const sitesSchema = file({
  type: 'object',
  required: ['word'],
  properties: {
    word: { type: 'string', pattern: '^\\p{Ll}+$' },
  },
})
