import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decode, firstInvalidUtf8 } from './decode.ts'

const problem = (bytes: Uint8Array) => {
  const d = decode(bytes, 'in.txt')
  assert.equal(d.ok, false)
  return d.ok ? null! : d.problem
}

test('UTF-8 decodes and a BOM is dropped', () => {
  const d = decode(Buffer.from('\uFEFFWang Yi met Blinken.'), 'in.txt')
  assert.ok(d.ok)
  assert.equal(d.text, 'Wang Yi met Blinken.')
})

test('empty and white-space-only inputs are refused', () => {
  assert.equal(problem(new Uint8Array(0)).code, 'empty')
  assert.equal(problem(Buffer.from(' \n\t\n')).code, 'empty')
})

test('binary data is refused and named', () => {
  const png = problem(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))
  assert.equal(png.code, 'binary')
  assert.match(png.reason, /PNG/)
  assert.match(problem(Buffer.from('abc\u0000def')).reason, /NUL/)
})

test('invalid UTF-8 is refused with the offset of the first bad byte', () => {
  const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait')]) // Latin-1 é
  const p = problem(bytes)
  assert.equal(p.code, 'invalid-utf8')
  assert.match(p.reason, /offset 3/)
  assert.equal(p.input, 'in.txt')
  assert.equal(firstInvalidUtf8(bytes), 3)
})

test('UTF-16 with a byte-order mark is decoded, with a warning', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Xi called Biden.', 'utf16le')])
  const d = decode(le, 'in.txt')
  assert.ok(d.ok)
  assert.equal(d.text, 'Xi called Biden.')
  assert.equal(d.notes[0]?.code, 'utf16')
  const be = Buffer.from(le).swap16()
  const dbe = decode(be, 'in.txt')
  assert.ok(dbe.ok)
  assert.equal(dbe.text, 'Xi called Biden.')
})
