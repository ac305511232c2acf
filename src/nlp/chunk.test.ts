import assert from 'node:assert/strict'
import { test } from 'node:test'
import { newDoc } from '../core/index.ts'
import { articleOf } from '../../test/helpers.ts'
import { chunk } from './chunk.ts'
import { tokenize } from './tokenize.ts'

const chunksOf = (text: string): string[] => {
  const doc = chunk(tokenize(newDoc(articleOf(text))))
  return doc.chunks.map((c) => text.slice(c.span[0], c.span[1]))
}

test('proper-noun chunks join names, particles and unspaced hyphens, not possessives or commas', () => {
  const found = chunksOf('Secretary of State Anthony Blinken met General Xu Qiliang, vice-chair of the Central Military Commission, and Bashar al-Assad’s envoy from Al-Qaeda territory.')
  assert.ok(found.includes('Secretary of State Anthony Blinken'), found.join(' | '))
  assert.ok(found.includes('General Xu Qiliang'), found.join(' | '))
  assert.ok(found.includes('Central Military Commission'), found.join(' | '))
  assert.ok(found.includes('Al-Qaeda'), found.join(' | '))
  assert.ok(!found.some((c) => c.includes(',') || c.includes('’s')))
})

test('chunks never cross sentences', () => {
  const found = chunksOf('He met Wang Yi. Blinken left.')
  assert.ok(found.includes('Wang Yi'))
  assert.ok(!found.some((c) => c.includes('.')))
})
