import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventsOf, words } from './test-support.ts'

test('an anonymous official who told an outlet: kind anonymous, via the outlet', () => {
  const { doc, events } = eventsOf('“Austin asked to meet Xu Qiliang three times,” a U.S. defense official told the Financial Times on Friday.')
  const e = events[0]
  assert.ok(e)
  assert.equal(e.attribution.kind, 'anonymous')
  assert.equal(words(doc, e.attribution.who), 'U.S. defense official')
  assert.equal(words(doc, e.attribution.via), 'Financial Times')
})

test('named speakers, unnamed sources, documents and hedges', () => {
  assert.equal(eventsOf('Blinken met Wang Yi in Munich, Kirby said.').events[0]?.attribution.kind, 'named')
  const sources = eventsOf('According to sources, Biden called Xi Jinping.').events[0]?.attribution
  assert.deepEqual([sources?.kind, sources?.hedge], ['unnamed-sources', 'according to'])
  const hedged = eventsOf('Biden reportedly called Xi Jinping.').events[0]?.attribution
  assert.deepEqual([hedged?.kind, hedged?.hedge], ['author', 'reportedly'])
  assert.equal(eventsOf('Biden met Xi Jinping.').events[0]?.attribution.kind, 'author')
})

test('a quotation over two sentences takes the speaker named where it closes', () => {
  const { doc, events } = eventsOf('“Blinken met Wang Yi in Geneva. It went well,” Kirby said.')
  assert.equal(events[0]?.attribution.kind, 'named')
  assert.equal(words(doc, events[0]?.attribution.who ?? null), 'Kirby')
})

test('a speaker who is the actor is the author\'s report; a participle before a name reports nothing; a shared subject speaks', () => {
  const own = eventsOf('Defense Secretary Jim Mattis said Saturday that North Korea was a danger, while also criticizing China.', '2017-06-03').events.find((e) => e.type === 'ACCUSE' && e.target?.country === 'CHN')
  assert.equal(own?.attribution.kind, 'author')
  const trip = eventsOf('Newly confirmed Secretary of State Mike Pompeo traveled to North Korea earlier this month.', '2018-04-30').events[0]
  assert.equal(trip?.attribution.kind, 'author')
  const { doc, events } = eventsOf('Moon applauded Trump, noting he deserves credit, and Kim Jong Un met Xi Jinping, Moon said.', '2018-04-30')
  assert.equal(words(doc, events.find((e) => e.type === 'SUPPORT')?.attribution.who ?? null), null)
})

test('a place after a preposition is no speaker: "The Red Cross operating in Iraq said …"', () => {
  const e = eventsOf('The Red Cross operating in Iraq said British forces must ensure security.').events.find((x) => x.type === 'REQUEST')
  assert.deepEqual([e?.source.country, e?.target?.country], ['IGO', 'GBR'])
})
