import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventsOf, words } from './test-support.ts'

const STORY = 'China and the United States resumed trade talks on Monday. Chinese officials met U.S. negotiators in Beijing. China wants tariffs lifted, and the U.S. wants purchases. '

test('in a story about one pair of countries, a refusal with no target is aimed at the other side (implied)', () => {
  const { doc, events } = eventsOf(STORY + 'Washington abruptly canceled a visit by its trade envoy.', '2019-11-07')
  const cancel = events.find((e) => e.type === 'REJECT')
  assert.deepEqual([cancel?.source.country, cancel?.target?.country, cancel?.target?.how], ['USA', 'CHN', 'implied:counterpart'])
  // the implied target points at where the article names that country
  assert.equal(words(doc, cancel?.target?.span ?? null), 'China')
})

test('no pair stands out, or the act is not one news leaves implied: no target is made up', () => {
  const three = 'China, Japan and the United States met. China, Japan and the U.S. agreed. Beijing, Tokyo and Washington talked. '
  assert.ok(!eventsOf(three + 'Washington abruptly canceled a visit by its envoy.', '2019-11-07').events.some((e) => e.type === 'REJECT'))
  // praise is not among the acts whose other party news leaves to the context
  assert.ok(!eventsOf(STORY + 'Washington praised the progress.', '2019-11-07').events.some((e) => e.type === 'SUPPORT' && e.target?.how === 'implied:counterpart'))
})

test('only a state\'s own voice gets the implied counterpart: defense attorneys asking a court are domestic business', () => {
  assert.ok(!eventsOf(STORY + 'His defense attorneys asked the court to spare him.', '2019-11-07').events.some((e) => e.target?.how === 'implied:counterpart'))
})

test('a state\'s thing attacked with no party named is aimed at its owner named elsewhere in the article', () => {
  const text = 'Biden wanted to smooth things over with Xi after shooting down the surveillance balloon. The discovery of a Chinese spy balloon drew attention.'
  const { events } = eventsOf(text, '2023-06-16')
  const shot = events.find((e) => e.type === 'ASSAULT')
  assert.deepEqual([shot?.source.country, shot?.target?.country, shot?.target?.how], ['USA', 'CHN', 'implied:owner'])
  // a thing no state owns takes no owner: "killing people" … "Mexican people"
  assert.ok(!eventsOf('The epidemic is killing people. Mexican people suffer too.', '2019-01-01').events.some((e) => e.target?.how === 'implied:owner'))
})

test('an official known by a title but no dated office speaks for his state: his refusal is aimed at the other side', () => {
  const story = 'Iran and the United States resumed talks. Iranian officials met U.S. negotiators. Iran wants sanctions lifted, and the U.S. wants limits. '
  const { doc, events } = eventsOf(story + "Iran's Deputy Foreign Minister Abbas Araqchi told state media that Iran won't agree to ship its fuel abroad.", '2015-03-29')
  const refusal = events.find((e) => e.type === 'REJECT')
  assert.deepEqual([refusal?.source.country, words(doc, refusal?.source.span ?? null)?.endsWith('Araqchi'), refusal?.target?.country, refusal?.target?.how], ['IRN', true, 'USA', 'implied:counterpart'])
})

test('an act whose sentence names a third party is about that one, not the article\'s other side', () => {
  const story = 'Poland and the United States signed a deal. Polish officials met U.S. diplomats. Poland wants troops, and the U.S. wants purchases. '
  const { events } = eventsOf(story + "Duda was not enthusiastic about Trump's push to readmit Russia to the G-7.", '2019-09-02')
  assert.ok(!events.some((e) => e.target?.how === 'implied:counterpart' && e.target.country === 'POL'), events.map((e) => `${e.type} ${e.target?.country}`).join('; '))
})
