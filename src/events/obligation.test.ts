import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventsOf, words } from './test-support.ts'

test('"X said that Y must …" is a REQUEST from X to Y', () => {
  const { events } = eventsOf('Russia said on Tuesday that Sudan must return a helicopter captured last week.')
  const e = events.find((x) => x.type === 'REQUEST')
  assert.deepEqual([e?.source.country, e?.target?.country, e?.modality, e?.rule], ['RUS', 'SDN', 'asserted', 'obligation: must'])
})

test('a speaker\'s own side "must" is resolve, not a demand; "must not" is not a demand either', () => {
  assert.equal(eventsOf('The Chinese foreign minister said China must defend its interests.').events.filter((e) => e.type === 'REQUEST').length, 0)
  assert.equal(eventsOf('Macron warned that Germany must not give in to violence.').events.filter((e) => e.type === 'REQUEST').length, 0)
})

test('without a reporting verb "must" is no event', () => {
  assert.equal(eventsOf('Iran must return the tanker.').events.length, 0)
})

test('a that-clause after a day names the one asked: "demanded Friday that the United States …"', () => {
  const { events } = eventsOf('Palestinian officials demanded Friday that the United States match the support of Europe.')
  const e = events.find((x) => x.type === 'REQUEST')
  assert.deepEqual([e?.source.country, e?.target?.country], ['PSE', 'USA'])
})

test('verbs of stressing report too: "reiterated that Libya must …" is a demand', () => {
  const { events } = eventsOf('A senior British minister reiterated that Libya must hand over the two suspects.')
  const e = events.find((x) => x.type === 'REQUEST')
  assert.deepEqual([e?.source.country, e?.target?.country, e?.modality], ['GBR', 'LBY', 'asserted'])
})

test('a possessive pronoun is no speaker: "For his part, Pence … and stressed that NATO allies must …" is Pence\'s', () => {
  const { doc, events } = eventsOf('For his part, Pence lauded the bond between the U.S. and Poland and stressed that NATO allies must remain vigilant.')
  const e = events.find((x) => x.type === 'REQUEST')
  assert.equal(e && doc.article.text.slice(...e.source.span), 'Pence')
  assert.equal(e?.target?.country, 'IGO')
})

test('two branches of one country facing each other make a demand: "Rwandan rebels announced that the Rwandan Patriotic Front must agree"', () => {
  const e = eventsOf('Rwandan rebels announced that the Rwandan Patriotic Front must agree to major constitutional changes.').events.find((x) => x.type === 'REQUEST')
  assert.deepEqual([e?.source.country, e?.target?.country], ['RWA', 'RWA'])
})

test('a coordinated subject of "must" is named by its first actor: "the Sudanese government and the rebels in Darfur must …"', () => {
  const { doc, events } = eventsOf('British Foreign Secretary Jack Straw said on Friday that the Sudanese government and the rebels in Darfur must reach an agreement.')
  const e = events.find((x) => x.type === 'REQUEST')
  assert.deepEqual([e?.source.country, e && words(doc, e.target?.span ?? null), e?.target?.country], ['GBR', 'Sudanese government', 'SDN'])
})

test('what an obligation demands is its content, one happening with the demand: "the US must be ready to mediate"', () => {
  const { events } = eventsOf('Egyptian President Hosni Mubarak said on Wednesday that the US must be ready to mediate between Israelis and Palestinians.')
  assert.deepEqual(events.map((e) => `${e.type} ${e.source.country}>${e.target?.country}`), ['REQUEST EGY>USA'])
})

test('what a demand\'s that-clause asks is its content: "reiterated its demand today that Israel ease restrictions"', () => {
  const { events } = eventsOf('The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions on the movement of Palestinian workers.')
  assert.deepEqual(events.map((e) => `${e.type} ${e.source.country}>${e.target?.country}`), ['REQUEST IGO>ISR'])
})

test('what a met or refused demand asks is its content: "would not meet hostage-takers\' demands to release prisoners"', () => {
  const { events } = eventsOf('The U.S. said it would not meet the hostage-takers\' demands to release prisoners in Iraq.')
  assert.ok(!events.some((e) => e.type === 'RETREAT'), events.map((e) => e.type).join('; '))
})

test('the rest of an obligation\'s clause is its content too: "must ensure security to allow emergency supplies to reach the needy"', () => {
  const { events } = eventsOf('The Red Cross said US and British forces must ensure security to allow emergency water, food and medical supplies to reach the needy.')
  assert.ok(!events.some((e) => e.type === 'CONCEDE'), events.map((e) => e.type).join('; '))
})

test('what is demanded past the demanded thing is the demand\'s content: "demanded an immediate admission by Moscow that Soviet forces murdered …"', () => {
  const { events } = eventsOf('Poland\'s parliament has demanded an immediate admission by Moscow that Soviet NKVD security forces murdered more than 15,000 captive Polish officers.')
  assert.deepEqual(events.map((e) => `${e.type} ${e.source.country}>${e.target?.country}`), ['REQUEST POL>RUS'])
})
