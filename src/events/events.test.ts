import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { collect, hasShared, NO_SHARED, shared } from '../../test/helpers.ts'
import { processArticle } from '../pipeline.ts'
import { toEventRecord } from './record.ts'
import { eventsOf } from './test-support.ts'

const seed = async (id: string) => processArticle((await collect([shared('corpus', 'seeds', `${id}.txt`)])).articles[0]!)

test('seed 000: three unanswered requests from Austin to Xu, one event over the lede and the detail', { skip: !hasShared && NO_SHARED }, async () => {
  const doc = await seed('000_991cd1617cec3500')
  const req = doc.events.filter((e) => e.type === 'REQUEST')
  assert.equal(req.length, 1)
  const e = req[0]!
  assert.deepEqual([e.source.name, e.target?.name, e.count, e.answer, e.modality, e.attribution.kind], ['Lloyd Austin', 'Xu Qiliang', 3, 'none', 'asserted', 'author'])
  assert.ok(e.sentences.length >= 2)
})

test('seed 004: the Biden–Xi call did not happen; the Blinken trip was cancelled; Blinken met Wang Yi', { skip: !hasShared && NO_SHARED }, async () => {
  const doc = await seed('004_bf467fc1274fd481')
  const call = doc.events.find((e) => e.type === 'CONSULT' && e.modality === 'negated')
  assert.deepEqual([call?.source.name, call?.target?.name, call?.mode, call?.attribution.kind, call?.attribution.hedge], ['Joe Biden', 'Xi Jinping', 'phone', 'unnamed-sources', 'according to'])
  const cancel = doc.events.find((e) => e.type === 'REJECT' && e.mode === 'meet')
  // "the U.S. … announced it would cancel Secretary of State Anthony Blinken's trip": Blinken's contact, the U.S.'s own announcement
  assert.deepEqual([cancel?.source.name, cancel?.target?.country, cancel?.modality, cancel?.attribution.kind], ['Antony Blinken', 'CHN', 'asserted', 'author'])
  const meeting = doc.events.find((e) => e.type === 'CONSULT' && e.source.name === 'Antony Blinken')
  assert.deepEqual([meeting?.target?.name, meeting?.modality], ['Wang Yi', 'asserted'])
})

test('every event of the dev articles validates against spec/event.schema.json', { skip: !hasShared && NO_SHARED }, async () => {
  const schema = JSON.parse(readFileSync(shared('spec', 'event.schema.json'), 'utf8')) as object
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema)
  const { articles } = await collect([shared('eval', 'dev', 'articles.jsonl'), shared('corpus', 'seeds')])
  let n = 0
  for (const a of articles) {
    const doc = processArticle(a)
    for (const e of doc.events) {
      const rec = toEventRecord(doc, e)
      assert.ok(validate(rec), `${a.id}: ${JSON.stringify(validate.errors)}`)
      for (const [s, t] of [...rec.evidence.sentences, rec.evidence.trigger]) assert.ok(s < t && t <= a.text.length)
      n++
    }
  }
  assert.ok(n > 20, `only ${n} events`)
})

test('no event without a source resolved at least to a country', () => {
  const { events } = eventsOf('Someone met somebody on Tuesday. They attacked the village.')
  assert.equal(events.length, 0)
})

test('passives swap the roles: "was snubbed by Beijing"', () => {
  const { events } = eventsOf('Blinken was snubbed by Beijing.')
  const e = events[0]
  assert.deepEqual([e?.type, e?.source.country, e?.target?.name], ['REJECT', 'CHN', 'Antony Blinken'])
})

test('a verb that names is no contact: "calling Kerry the worst negotiator", "what he called Beijing\'s disregard for …"', () => {
  assert.equal(eventsOf('Trump criticized Obama, while calling former Secretary of State John Kerry the “worst negotiator” he had ever seen.').events.filter((e) => e.type === 'CONSULT').length, 0)
  assert.equal(eventsOf("Mattis paired his praise with criticism of what he called Beijing's disregard for international law.").events.filter((e) => e.type === 'REQUEST').length, 0)
  // a real call still is one
  assert.equal(eventsOf('Joe Biden called Xi Jinping on Tuesday.').events.filter((e) => e.type === 'CONSULT').length, 1)
})

test('a noun trigger inside a prepositional phrase does not take the clause subject as its source', () => {
  const { events } = eventsOf('Trump and Xi were due to meet in Chile but the gathering was canceled amid large protests there.')
  assert.equal(events.filter((e) => e.type === 'PROTEST').length, 0)
  // its possessor still is its source
  assert.equal(eventsOf("Blinken's trip to Beijing was cancelled.").events.some((e) => e.source.name === 'Antony Blinken'), true)
})

test('coordinated targets are each a party: "meetings with Duda and Ukrainian President Zelensky"', () => {
  const { events } = eventsOf('Pence held bilateral meetings with Duda and Ukrainian President Volodymyr Zelensky.', '2019-09-02')
  assert.deepEqual(events.filter((e) => e.type === 'CONSULT').map((e) => e.target?.country).sort(), ['POL', 'UKR'])
})

test('a meeting between coordinated parties is one happening: "a mediation mission between Syria and Arafat"', () => {
  const { events } = eventsOf('Arab League Secretary General Chadli Klibi undertook a mediation mission between Syria and Palestinian leader Yasser Arafat.')
  assert.deepEqual(events.map((e) => `${e.type} ${e.target?.country}`), ['CONSULT SYR'])
})

test('an act aimed at coordinated parties other than a meeting is one happening: "aid for Romania and Poland"', () => {
  const { events } = eventsOf('Pakistan threatened to break off diplomatic relations with Chile and Peru.')
  assert.deepEqual(events.map((e) => `${e.type} ${e.target?.country}`), ['THREATEN CHL'])
})

test('an act done alone stands without a target: a resignation, a unilateral ceasefire; not one merely demanded or planned', () => {
  const brief = (text: string): string[] => eventsOf(text).events.map((e) => `${e.type} ${e.source.country}>${e.target?.country ?? '-'} ${e.modality}`)
  assert.deepEqual(brief('Georgian President Eduard Shevardnadze resigned on Sunday.'), ['RETREAT GEO>- asserted'])
  assert.deepEqual(brief('The Syrian army declared a unilateral ceasefire on Wednesday.'), ['RETREAT SYR>- asserted'])
  // demanded, or promised to no one: nothing reported yet
  assert.deepEqual(brief('Georgian protesters said Shevardnadze must resign.'), [])
  assert.deepEqual(brief('Georgian President Eduard Shevardnadze will resign.'), [])
  // a commitment to resign is made alone too
  assert.deepEqual(brief('Ousted President Askar Akayev has agreed to resign.'), ['AGREE KGZ>- asserted'])
})

test('the other of a pair after the trigger is the target: "lauded the bond between the U.S. and Poland"', () => {
  const { events } = eventsOf('Pence lauded what he called the “remarkable bond” between the U.S. and Poland.', '2019-09-02')
  const e = events.find((x) => x.type === 'SUPPORT')
  assert.deepEqual([e?.source.name, e?.target?.country], ['Mike Pence', 'POL'])
})

test('a fixed phrase holding a trigger word names no act: "pleaded guilty" is no plea', () => {
  const { events } = eventsOf('Flynn, a former U.S. official, pleaded guilty to lying about his talks with Russia.')
  assert.ok(!events.some((e) => e.type === 'REQUEST'), events.map((e) => e.type).join('; '))
})

test('what an agreement agrees to is its content, not a second event: "agreed to cancel tariff hikes"', () => {
  const { events } = eventsOf('Washington and Beijing have agreed to cancel tariff hikes as their talks progress.')
  assert.deepEqual(events.map((e) => e.type), ['AGREE'])
})

test('what an agreement agrees to is its content past a few words: "agreed in principle on Saturday to provide aid"', () => {
  const { events } = eventsOf('European Community foreign ministers agreed in principle on Saturday to provide about 70 million dollars of aid for Romania.')
  assert.deepEqual(events.map((e) => `${e.type} ${e.target?.country}`), ['AGREE ROU'])
})

test('an official speaking for his country\'s act and the country itself report one happening', () => {
  const text = 'The U.S. is dispatching an aircraft carrier to Iran. National security adviser John Bolton said Sunday that the U.S. is deploying the carrier to Iran.'
  const { events } = eventsOf(text, '2019-05-06')
  assert.equal(events.filter((e) => e.type === 'MOBILIZE').length, 1, events.map((e) => `${e.type} ${e.source.name}`).join('; '))
})

test('calling something by a word of blame is an accusation: "China called Trump\'s comments irresponsible"', () => {
  const { events } = eventsOf("China called Trump's comments irresponsible.", '2018-09-01')
  assert.ok(events.some((e) => e.type === 'ACCUSE' && e.source.country === 'CHN' && e.target?.country === 'USA'))
  // a call with no word of blame stays a call
  assert.ok(!eventsOf('Xi called Trump on Friday.', '2018-09-01').events.some((e) => e.type === 'ACCUSE'))
})

test('"the threat of tariffs on French wines" is a threat, not the tariffs', () => {
  const { events } = eventsOf('Trump renewed the threat of tariffs on French wines.', '2019-08-24')
  assert.deepEqual(events.map((e) => `${e.type} ${e.target?.country}`), ['THREATEN FRA'])
})

test('forces arriving are deployed, not visiting: peacekeepers are aid, troops a mobilisation', () => {
  const peace = eventsOf('The first deployment of NATO peacekeeping troops have arrived in Bosnia, Defense Secretary William Perry said.').events
  assert.deepEqual(peace.map((e) => [e.type, e.source.country, e.target?.country, e.context]), [['AID', 'IGO', 'BIH', ['peacekeeping']]])
  const troops = eventsOf('U.S. troops arrived in Poland on Monday.').events
  assert.deepEqual(troops.map((e) => [e.type, e.mode, e.target?.country]), [['MOBILIZE', 'troops', 'POL']])
  // a person who arrives visits
  assert.equal(eventsOf('Secretary of State Antony Blinken arrived in Poland on Monday.').events[0]?.type, 'CONSULT')
})

test('a reminder issued to a party is a request, and what it reminds of is its content: "issued a stern reminder to Iraq that it must cooperate"', () => {
  const { events } = eventsOf('French President Jacques Chirac issued a stern reminder Saturday to Iraq that it must cooperate fully with UN inspectors.', '1998-01-10')
  assert.deepEqual(events.map((e) => `${e.type} ${e.source.country}>${e.target?.country}`), ['REQUEST FRA>IRQ'])
})

test('going somewhere for talks is a visit: "An Israeli delegation arrived Tuesday evening in Cairo for negotiations"', () => {
  const { events } = eventsOf('An Israeli delegation arrived Tuesday evening in Cairo for negotiations.', '2014-08-05')
  assert.deepEqual(events.map((e) => `${e.type} ${e.mode} ${e.source.country}>${e.target?.country}`), ['CONSULT visit ISR>EGY'])
})

test('mobilising is of forces: "mobilized pressure groups in the United States" deploys no one', () => {
  assert.ok(!eventsOf('Saudi Arabia has mobilized pressure groups in the United States to help support the rights of Palestinians.').events.some((e) => e.type === 'MOBILIZE'))
  assert.ok(eventsOf('Armenia mobilized its reservists against Azerbaijan.').events.some((e) => e.type === 'MOBILIZE' && e.source.country === 'ARM'))
})

test('a trigger word inside an office\'s or a body\'s name names no act: "the United Nations Emergency Relief Coordinator"', () => {
  const { events } = eventsOf('Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded parties to the war in Liberia to let convoys pass.', '2003-06-01')
  assert.ok(!events.some((e) => e.type === 'AID'), events.map((e) => e.type).join('; '))
  assert.ok(events.some((e) => e.type === 'REQUEST'), events.map((e) => e.type).join('; '))
})

test('what a coercive act demands is its content: "would blockade Paris to demand an end to the reform"', () => {
  const { events } = eventsOf('French farmers said they would blockade Paris from Monday night to demand an end to the European Community\'s farm reform.', '1992-06-01')
  assert.ok(!events.some((e) => e.type === 'REQUEST'), events.map((e) => e.type).join('; '))
  assert.ok(events.some((e) => e.type === 'THREATEN' && e.source.country === 'FRA'), events.map((e) => e.type).join('; '))
})

test('a commitment is aimed at the first party its agreed acts name: "is willing to send material to help defend Saudi Arabia"', () => {
  const { events } = eventsOf('Norway is willing to send material to help defend Saudi Arabia, Norway\'s foreign minister said.', '1990-09-01')
  assert.deepEqual(events.map((e) => `${e.type} ${e.source.country}>${e.target?.country}`), ['AGREE NOR>SAU'])
})

test('a readiness to back someone is that backing, given now: "are willing to forgive President Obasanjo"', () => {
  const { events } = eventsOf('Yoruba leaders announced that they are willing to forgive Nigerian President Olusegun Obasanjo.', '2002-06-01')
  assert.deepEqual(events.map((e) => `${e.type} ${e.modality} ${e.source.country}>${e.target?.country}`), ['SUPPORT asserted NGA>NGA'])
  // a readiness to give stays a commitment
  assert.equal(eventsOf('France is ready to contribute troops to a force in Liberia.', '2003-06-01').events[0]?.type, 'AGREE')
})

test('withdrawing inspectors or monitors is a sanction, and announced for later a threat: "he will withdraw weapons inspectors from Iraq"', () => {
  const { events } = eventsOf('U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw the weapons inspectors from Iraq.', '1998-11-01')
  assert.deepEqual(events.map((e) => `${e.type} ${e.modality} ${e.source.country}>${e.target?.country}`), ['THREATEN asserted IGO>IRQ'])
})
