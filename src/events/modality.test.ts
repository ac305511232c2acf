import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventsOf, words } from './test-support.ts'

const modality = (text: string): string | undefined => eventsOf(text).events[0]?.modality

test('asserted, negated, future and hypothetical, each by its cue', () => {
  assert.equal(modality('Biden met Xi Jinping in Bali.'), 'asserted')
  assert.equal(modality('Biden did not meet Xi Jinping in Bali.'), 'negated')
  assert.equal(modality('Biden has never met Xi Jinping.'), 'negated')
  assert.equal(modality('Biden failed to meet Xi Jinping.'), 'negated')
  assert.equal(modality('Biden has yet to meet Xi Jinping.'), 'negated')
  assert.equal(modality('Biden will meet Xi Jinping next week.'), 'future')
  assert.equal(modality('Biden plans to meet Xi Jinping.'), 'future')
  assert.equal(modality('Biden is set to meet Xi Jinping.'), 'future')
  assert.equal(modality('Biden said he would meet Xi Jinping.'), 'future')
  assert.equal(modality('If Biden meets Xi Jinping, tensions may ease.'), 'hypothetical')
  assert.equal(modality('Biden could meet Xi Jinping.'), 'hypothetical')
  assert.equal(modality('Biden wants to meet Xi Jinping.'), 'hypothetical')
})

test('a refusal to meet is itself an event: REJECT, mode meet, asserted', () => {
  const e = eventsOf('Biden refused to meet Xi Jinping.').events[0]
  assert.deepEqual([e?.type, e?.mode, e?.modality], ['REJECT', 'meet', 'asserted'])
})

test('"talked Biden out of making a call to Xi": the call is negated, and the cue is the frame', () => {
  const { doc, events } = eventsOf('Top officials talked Biden out of making a call to Xi Jinping.')
  const call = events.find((e) => e.type === 'CONSULT')
  assert.ok(call)
  assert.equal(call.modality, 'negated')
  assert.match(words(doc, call.cue) ?? '', /^talked .* out of$/)
  assert.equal(call.source.name, 'Joe Biden')
  assert.equal(call.target?.name, 'Xi Jinping')
})

test('advice makes the advised act hypothetical; a negation of something else leaves the event asserted', () => {
  assert.equal(eventsOf('Advisers told Biden to call Xi Jinping.').events.find((e) => e.type === 'CONSULT')?.modality, 'hypothetical')
  assert.equal(modality('Biden met Xi Jinping, but officials did not say when.'), 'asserted')
})

test('a modifier of a noun trigger decides its modality: "expected summit" is future, "any attack" hypothetical', () => {
  const expected = eventsOf('Trump floated holding his expected summit with Kim Jong Un at the border.').events
  assert.equal(expected.find((e) => e.type === 'CONSULT')?.modality, 'future')
  const any = eventsOf('Bolton said the United States will answer any attack on Israel by Iran.').events
  assert.ok(!any.some((e) => e.type === 'ASSAULT' && e.modality === 'asserted'))
})

test('advice covers the plans it advises: "told Biden the best thing to do was to begin reaching out"', () => {
  const { events } = eventsOf('Advisers told Biden the best thing to do was to begin reaching out to Beijing.')
  assert.equal(events.find((e) => e.type === 'CONSULT')?.modality, 'hypothetical')
})

test('a planned act called off is negated: "canceled or delayed joint military drills"', () => {
  const { events } = eventsOf('In part to reassure North Korea, Trump canceled or delayed joint military drills with South Korea.')
  assert.equal(events.find((e) => e.type === 'COOPERATE')?.modality, 'negated')
})

test('an infinitive of purpose shares its verb\'s modality: "could take several steps to pressure"', () => {
  const { events } = eventsOf('Beijing could take several specific steps to pressure Pyongyang.')
  assert.ok(events.length > 0 && events.every((e) => e.modality === 'hypothetical'))
})

test('"possibly" makes an act hypothetical, "hardly" negates it', () => {
  assert.equal(modality('Iran was preparing to possibly attack U.S. forces in Iraq.'), 'hypothetical')
  assert.equal(modality('Germany hardly lends support to Israel.'), 'negated')
})

test('a planned act is not dated before its article: "on Monday floated his expected summit" dates the floating', () => {
  const { events } = eventsOf('On Monday, Trump floated holding his expected summit with Kim Jong Un at the border.', '2018-05-01')
  const summit = events.find((e) => e.type === 'CONSULT')
  assert.deepEqual([summit?.modality, summit?.date], ['future', null])
})

test('what a proposal is for is not yet done: "an amendment offered by Senator Paul to strip Egypt of its aid"', () => {
  assert.equal(modality('The Senate voted on an amendment offered by Senator Rand Paul to strip Egypt of its foreign aid.'), 'hypothetical')
})

test('a harmful act put on a condition is a threat made now: "will withdraw its force from Chad unless …"', () => {
  const { events } = eventsOf('Nigeria announced that it will withdraw its peacekeeping force from Chad unless the president arranges a ceasefire.')
  assert.ok(events.some((e) => e.type === 'THREATEN' && e.modality === 'asserted' && e.target?.country === 'TCD'), events.map((e) => `${e.type} ${e.modality}`).join('; '))
  // without a condition it stays the act announced
  assert.ok(!eventsOf('Nigeria announced that it will withdraw its peacekeeping force from Chad.').events.some((e) => e.type === 'THREATEN'))
})

test('refusing aid or a withdrawal is a rejection: "Syria will not accept any more refugees from Iraq"', () => {
  const { events } = eventsOf('Syria says it will not accept any more refugees from Iraq.')
  assert.ok(events.some((e) => e.type === 'REJECT' && e.modality === 'asserted'), events.map((e) => `${e.type} ${e.modality}`).join('; '))
})

test('only a promise makes a pledge: "Poland\'s plan to buy weaponry" stays a planned act, "Finland will give" is a pledge', () => {
  const plan = eventsOf("They discussed Poland's plan to buy weaponry from the United States.", '2019-09-02').events
  assert.ok(plan.some((e) => e.type === 'COOPERATE' && e.modality === 'future'), plan.map((e) => `${e.type} ${e.modality}`).join('; '))
  const promise = eventsOf('Finland will give Tanzania a grant of 10 million dollars.', '1990-01-01').events
  assert.ok(promise.some((e) => e.type === 'AGREE' && e.modality === 'asserted'), promise.map((e) => `${e.type} ${e.modality}`).join('; '))
})

test('"pressure" is coercion: "Beijing could take steps to pressure Pyongyang"', () => {
  const { events } = eventsOf('The U.S. believes Beijing could take several specific steps to pressure Pyongyang.', '2013-04-13')
  assert.ok(events.some((e) => e.type === 'COERCE' && e.modality === 'hypothetical'), events.map((e) => `${e.type} ${e.modality}`).join('; '))
})

test('to say one will pledge is to pledge: "We will pledge to work closely with China," Mattis said', () => {
  const { events } = eventsOf('"We will pledge to work closely with China," Mattis said.', '2017-06-03')
  assert.ok(events.some((e) => e.type === 'AGREE' && e.modality === 'asserted'), events.map((e) => `${e.type} ${e.modality}`).join('; '))
  // a meeting one will hold is still to come
  assert.ok(eventsOf('Mattis will meet Chinese officials next week.', '2017-06-03').events.some((e) => e.type === 'CONSULT' && e.modality === 'future'))
})

test('a time to come makes the act future only where the verb does not say it is done', () => {
  const done = eventsOf('Uganda has banned Kenyan opposition candidates from participating in the upcoming elections.', '2005-06-01').events
  assert.ok(done.some((e) => e.type === 'COERCE' && e.modality === 'asserted'), done.map((e) => `${e.type} ${e.modality}`).join('; '))
  const toCome = eventsOf('Uganda bans Kenyan opposition candidates from the upcoming elections.', '2005-06-01').events
  assert.ok(toCome.some((e) => e.type === 'COERCE' && e.modality === 'future'), toCome.map((e) => `${e.type} ${e.modality}`).join('; '))
})

test('a harmful act its doer says it will do is a threat made now; one reported for later stays the act', () => {
  const said = eventsOf('Palestinian leaders said they would boycott all official contact with the United States.', '1990-01-01').events
  assert.ok(said.some((e) => e.type === 'THREATEN' && e.modality === 'asserted' && e.target?.country === 'USA'), said.map((e) => `${e.type} ${e.modality}`).join('; '))
  const later = eventsOf('The Trump administration will reveal new sanctions that it will slap on North Korea Tuesday.', '2017-11-20').events
  assert.ok(later.some((e) => e.type === 'SANCTION' && e.modality === 'future'), later.map((e) => `${e.type} ${e.modality}`).join('; '))
})

test('a modifier of the thing rejected does not make the rejection future: "cancelled a planned visit"', () => {
  const e = eventsOf('A French minister has cancelled a planned visit to Haiti.', '1990-01-01').events
  assert.ok(e.some((x) => x.type === 'REJECT' && x.modality === 'asserted'), e.map((x) => `${x.type} ${x.modality}`).join('; '))
})

test('an attempt is an act done, not a hypothetical: "North Korea has tried to hack into South Korean computers"', () => {
  const e = eventsOf('North Korea has tried to hack into the computers of South Korean army officers.', '2013-01-01').events
  assert.ok(e.some((x) => x.type === 'COERCE' && x.modality === 'asserted'), e.map((x) => `${x.type} ${x.modality}`).join('; '))
})

test('a meeting announced with "will" is also an agreement to meet, made now; a planned one is not', () => {
  const { events } = eventsOf('Gambian President Dawda Jawara will visit Mauritania next week.')
  const consult = events.find((e) => e.type === 'CONSULT')
  const agree = events.find((e) => e.type === 'AGREE')
  assert.deepEqual([consult?.modality, consult?.target?.country], ['future', 'MRT'])
  assert.deepEqual([agree?.modality, agree?.source.country, agree?.target?.country, agree?.date], ['asserted', 'GMB', 'MRT', null])
  const planned = eventsOf('Gambian President Dawda Jawara is expected to visit Mauritania next week.').events
  assert.equal(planned.some((e) => e.type === 'AGREE'), false)
})

test('"would" after any past reporting verb of the lexicon is a future in the past: "confirmed it would"', () => {
  assert.equal(modality('Foreign Minister Marcelo Ebrard confirmed on Twitter that he would visit Washington.'), 'future')
  assert.equal(modality('Ebrard says he would visit Washington if invited.'), 'hypothetical')
})

test('a readiness or vow to do harm is a threat: "is willing to slap tariffs", "promised to add tariffs if …"', () => {
  const e = eventsOf('Trump said Friday he is willing to slap tariffs on an additional 267 billion dollars in Chinese goods.').events.find((x) => x.source.country === 'USA')
  assert.deepEqual([e?.type, e?.target?.country, e?.modality], ['THREATEN', 'CHN', 'asserted'])
  // a readiness to help stays a commitment
  assert.equal(eventsOf('France is ready to contribute troops to a force in Liberia.').events.find((x) => x.source.country === 'FRA')?.type, 'AGREE')
})

test('"saying he would" reports a future as "said he would" does, a stated readiness is a commitment made, and "would have" stays unreal', () => {
  const e = eventsOf('King Hassan of Morocco was quoted today as saying he would be ready to host a meeting between Israel and the PLO.').events.find((x) => x.type === 'AGREE')
  assert.deepEqual([e?.source.country, e?.modality], ['MAR', 'asserted'])
  assert.equal(modality('Ebrard said later that retaliating would have killed 150 people in Iran.'), 'hypothetical')
})

test('a coming time inside a later infinitive dates that act, not the trigger: "decided to allow X to participate in the upcoming elections"', () => {
  const { events } = eventsOf('The Ivory Coast\'s Supreme Court decided to allow candidate Alassane Ouattara to participate in the country\'s upcoming elections.')
  const allowed = events.find((e) => e.type === 'CONCEDE')
  assert.equal(allowed?.modality, 'asserted')
  // the trigger's own clause time still counts: "will meet at the upcoming summit" is to come
  const meet = eventsOf('Trump and Putin meet at the upcoming G-20 summit in Hamburg.').events.find((e) => e.type === 'CONSULT')
  assert.equal(meet?.modality, 'future')
})
