import assert from 'node:assert/strict'
import { test } from 'node:test'
import { articleOf, collect, hasShared, NO_SHARED, shared } from '../../test/helpers.ts'
import { processArticle } from '../pipeline.ts'
import { docOf, mentionAt } from './test-support.ts'

const seed = async (id: string) => {
  const { articles } = await collect([shared('corpus', 'seeds', `${id}.txt`)])
  return processArticle(articles[0]!)
}

test('seed 000: Austin, Xu Qiliang, Blinken, Biden, Klinck and China’s top military leadership', { skip: !hasShared && NO_SHARED }, async () => {
  const doc = await seed('000_991cd1617cec3500')
  const austin = mentionAt(doc, 'Defense Secretary Lloyd Austin')
  assert.deepEqual([austin?.name, austin?.country, austin?.sector, austin?.level], ['Lloyd Austin', 'USA', 'MIL', 'minister'])
  const biden = mentionAt(doc, 'Joe Biden')
  assert.deepEqual([biden?.name, biden?.country, biden?.level], ['Joe Biden', 'USA', 'head'])
  const again = mentionAt(doc, 'Austin')
  assert.equal(again?.name, 'Lloyd Austin')
  assert.equal(again?.how, 'coref:name')
  const xu = mentionAt(doc, 'General Xu Qiliang')
  assert.deepEqual([xu?.name, xu?.country, xu?.sector, xu?.level], ['Xu Qiliang', 'CHN', 'MIL', 'minister'])
  const leadership = mentionAt(doc, 'China’s top military leadership')
  assert.deepEqual([leadership?.name, leadership?.country, leadership?.sector, leadership?.level], [null, 'CHN', 'MIL', 'minister'])
  const official = mentionAt(doc, 'U.S. defense official')
  assert.deepEqual([official?.country, official?.sector, official?.name], ['USA', 'MIL', null])
  const klinck = mentionAt(doc, 'Former Pentagon official Heino Klinck')
  assert.deepEqual([klinck?.name, klinck?.country, klinck?.sector, klinck?.level], ['Heino Klinck', 'USA', 'MIL', null])
  assert.equal(mentionAt(doc, 'Klinck')?.name, 'Heino Klinck')
  const blinken = mentionAt(doc, 'Secretary of State Anthony Blinken')
  assert.deepEqual([blinken?.name, blinken?.country, blinken?.level], ['Antony Blinken', 'USA', 'minister'])
})

test('seed 004 (2023-06-16): Xi, Wang Yi as China’s top foreign policy official, the senators, descriptions', { skip: !hasShared && NO_SHARED }, async () => {
  const doc = await seed('004_bf467fc1274fd481')
  const xi = mentionAt(doc, 'Chinese President Xi Jinping')
  assert.deepEqual([xi?.name, xi?.country, xi?.level], ['Xi Jinping', 'CHN', 'head'])
  assert.equal(mentionAt(doc, 'Xi')?.name, 'Xi Jinping')
  const wang = mentionAt(doc, 'China’s top foreign policy official')
  assert.deepEqual([wang?.name, wang?.country, wang?.level, wang?.how], ['Wang Yi', 'CHN', 'minister', 'office-at-date'])
  for (const [words, name] of [['Sen. Bill Hagerty', 'Bill Hagerty'], ['Roger Wicker', 'Roger Wicker'], ['Marco Rubio', 'Marco Rubio']] as const) {
    const m = mentionAt(doc, words)
    assert.deepEqual([m?.name, m?.country, m?.sector], [name, 'USA', 'LEG'], words)
  }
  assert.equal(mentionAt(doc, 'the 80-year-old')?.name, 'Joe Biden')
  assert.equal(mentionAt(doc, 'Chinese dictator')?.name, 'Xi Jinping')
  const working = mentionAt(doc, 'Beijing’s lower and midlevel officials')
  assert.deepEqual([working?.country, working?.sector, working?.level, working?.kind], ['CHN', 'GOV', 'working', 'group'])
  assert.equal(mentionAt(doc, 'Blinken')?.name, 'Antony Blinken')
})

test('roles resolve at the date: the same words name different people across office changes', () => {
  const before = docOf('The Chinese foreign minister called the U.S. defense secretary.', '2019-08-10')
  assert.equal(mentionAt(before, 'Chinese foreign minister')?.name, 'Wang Yi')
  assert.equal(mentionAt(before, 'U.S. defense secretary')?.name, 'Mark Esper')
  const qin = docOf('The Chinese foreign minister called the U.S. defense secretary.', '2023-05-10')
  assert.equal(mentionAt(qin, 'Chinese foreign minister')?.name, 'Qin Gang')
  assert.equal(mentionAt(qin, 'U.S. defense secretary')?.name, 'Lloyd Austin')
  const after = docOf('The Chinese foreign minister met the British prime minister.', '2023-09-10')
  assert.equal(mentionAt(after, 'Chinese foreign minister')?.name, 'Wang Yi')
  assert.equal(mentionAt(after, 'British prime minister')?.name, 'Rishi Sunak')
  // Iran's president is its head of government, not the supreme leader
  assert.equal(mentionAt(docOf('The Iranian president spoke.', '2023-05-10'), 'Iranian president')?.name, 'Ebrahim Raisi')
  assert.equal(mentionAt(docOf('The Iranian president spoke.', '2019-05-10'), 'Iranian president')?.name, 'Hassan Rouhani')
  // a person's level is the office held on the date
  const austin2014 = docOf('Lloyd Austin visited Baghdad.', '2014-06-01')
  assert.equal(mentionAt(austin2014, 'Lloyd Austin')?.level, 'senior')
})

test('unknown persons with a title get country, sector and level from the title and "of X"', () => {
  const doc = docOf('Foreign Minister Ahmad Zubaidi of Jordan met Gen. Tom Harrow, a Pentagon official.', '2020-01-01')
  const fm = mentionAt(doc, 'Foreign Minister Ahmad Zubaidi')
  assert.deepEqual([fm?.name, fm?.country, fm?.sector, fm?.level, fm?.how], ['Ahmad Zubaidi', 'JOR', 'GOV', 'minister', 'title'])
  const gen = doc.mentions.find((m) => m.name === 'Tom Harrow')
  assert.equal(gen?.sector, 'MIL')
})

test('names inside longer names and modifiers are not actors', () => {
  const doc = docOf('Ships sailed in the East China Sea near the spy balloon, a civilian aircraft said.', '2020-01-01')
  assert.equal(doc.mentions.filter((m) => m.country === 'CHN').length, 0)
  assert.equal(doc.mentions.filter((m) => m.role === 'spy' || m.role === 'civilian').length, 0)
  // "us" is not the U.S.; "Turkey" is, "turkey" is not
  const lower = docOf('They told us about the turkey dinner. Turkey objected.', '2020-01-01')
  assert.deepEqual(lower.mentions.map((m) => m.country), ['TUR'])
})

test('pronouns take the nearest person of their gender', () => {
  const doc = docOf('Chancellor Angela Merkel met Emmanuel Macron. She said he was right.', '2019-03-01')
  assert.equal(mentionAt(doc, 'She')?.name, 'Angela Merkel')
  assert.equal(mentionAt(doc, 'he')?.name, 'Emmanuel Macron')
})

test('a demonym before a plural noun is a group of that country; before anything else it is not an actor', () => {
  const doc = docOf('Thousands of Iraqi Kurds demonstrated in Kirkuk. The Chinese economy grew.', '2020-01-01')
  const kurds = mentionAt(doc, 'Iraqi Kurds')
  assert.deepEqual([kurds?.kind, kurds?.country, kurds?.sector], ['group', 'IRQ', 'CVL'])
  assert.equal(doc.mentions.some((m) => doc.article.text.slice(m.span[0], m.span[1]).startsWith('Chinese')), false)
})

test('"the paper", "the editorial" refer back to the news outlet named last', () => {
  const doc = processArticle(articleOf("North Korea's Rodong Sinmun newspaper said the drills were a provocation. The editorial urged Washington to give up its gamble.", '2018-08-26'))
  const back = doc.mentions.find((m) => m.how === 'coref:outlet')
  assert.deepEqual([back?.name, back?.country, doc.article.text.slice(...back!.span)], ['Rodong Sinmun', 'PRK', 'The editorial'])
})

test('a people named by its plural demonym alone is a group of its country: "The Palestinians reject …"', () => {
  const doc = processArticle(articleOf('The Palestinians reject the proposed changes, and Israelis say little.', '2000-01-10'))
  const groups = doc.mentions.filter((m) => m.how === 'demonym-plural').map((m) => `${doc.article.text.slice(...m.span)}:${m.country}`)
  assert.deepEqual(groups, ['Palestinians:PSE', 'Israelis:ISR'])
})

test('an unknown name in apposition with a role takes the role\'s country: "Otto Warmbier — the 23-year-old US citizen"', () => {
  for (const text of ['The death of Otto Warmbier — the 23-year-old US citizen — shocked many.', 'The death of Otto Warmbier, a US citizen, shocked many.']) {
    const m = mentionAt(docOf(text, '2017-11-16'), 'Otto Warmbier')
    assert.deepEqual([m?.name, m?.country, m?.kind], ['Otto Warmbier', 'USA', 'person'], text)
  }
  // a verb in between ends the apposition
  assert.equal(mentionAt(docOf('Otto Warmbier, who visited the US embassy, died.', '2017-11-16'), 'Otto Warmbier'), undefined)
})

test('a day or month after a name is no part of it: "sanctions on North Korea Tuesday"', () => {
  const m = mentionAt(docOf('The White House will impose new sanctions on North Korea Tuesday.', '2017-11-20'), 'North Korea')
  assert.equal(m?.country, 'PRK')
})

test('"the administration" takes the country of the administration the article names, before or after it', () => {
  const before = docOf('Trump administration officials met. The administration will reveal new sanctions.', '2017-11-20')
  assert.equal(before.mentions.find((m) => before.article.text.slice(m.span[0], m.span[1]) === 'administration')?.country, 'USA')
  const after = docOf('The administration will reveal new sanctions. Trump administration officials said so.', '2017-11-20')
  assert.equal(after.mentions.find((m) => after.article.text.slice(m.span[0], m.span[1]) === 'administration')?.country, 'USA')
})

test('a bare family name placed in another country by "of X" is someone else: "King Hassan of Morocco"', () => {
  const m = mentionAt(docOf('King Hassan of Morocco said he would host a meeting.', '1990-01-01'), 'King Hassan')
  assert.equal(m?.country, 'MAR')
})

test('"North Korea\'s state-controlled newspaper" in a lede is the outlet the story names next', () => {
  const doc = docOf("North Korea's state-controlled newspaper on Sunday accused the United States of double-dealing. North Korea's Rodong Sinmun newspaper said drills were staged.", '2018-08-26')
  const paper = doc.mentions.find((m) => doc.article.text.slice(m.span[0], m.span[1]) === 'state-controlled newspaper')
  assert.deepEqual([paper?.name, paper?.how], ['Rodong Sinmun', 'coref:outlet'])
})

test('a named body is preferred over the generic one that describes it: "Human rights organization Amnesty International"', () => {
  const doc = docOf('Human rights organization Amnesty International accused the United States of violating human rights.', '2005-01-01')
  const m = doc.mentions.find((x) => doc.article.text.slice(x.span[0], x.span[1]).includes('Amnesty'))
  assert.deepEqual([m?.name, m?.country], ['Amnesty International', 'IGO'])
})

test('a compass word before a country is no part of a name, unless the name is also part of longer ones', () => {
  const doc = docOf('Israel mounted an invasion of South Lebanon, while Britain outlawed a group in Northern Ireland.', '1990-01-01')
  assert.equal(mentionAt(doc, 'Lebanon')?.country, 'LBN')
  assert.ok(!doc.mentions.some((m) => m.country === 'IRL'), JSON.stringify(doc.mentions.map((m) => m.country)))
  assert.ok(!docOf('The ship sailed through the East China Sea.', '2020-01-01').mentions.some((m) => m.country === 'CHN'))
})

test('a state\'s historical names are its successor\'s, as CAMEO and PLOVER code them: "the Soviet Union", "Kampuchean"', () => {
  const doc = docOf('In late 1939 the Soviet Union attacked Finland, and Vietnamese troops later fought Kampuchean guerrillas.', '2019-01-01')
  assert.equal(mentionAt(doc, 'Soviet Union')?.country, 'RUS')
  assert.equal(mentionAt(doc, 'Kampuchean guerrillas')?.country, 'KHM')
})

test('UN peacekeepers are armed forces of an international body, as NATO troops are: IGO, MIL', () => {
  const doc = docOf('The UN peacekeepers left the town.')
  const un = mentionAt(doc, 'UN peacekeepers')
  assert.deepEqual([un?.country, un?.sector], ['IGO', 'MIL'])
})

test('"and" before a named body or after a head joins two actors: "Israel and Hezbollah", "the Sudanese government and the rebels"', () => {
  const doc = docOf('Israel and Hezbollah traded blame. The Sudanese government and the rebels must talk.')
  assert.deepEqual([mentionAt(doc, 'Israel')?.country, mentionAt(doc, 'Hezbollah')?.country], ['ISR', 'LBN'])
  assert.equal(mentionAt(doc, 'Sudanese government')?.country, 'SDN')
  assert.equal(mentionAt(doc, 'Israel and Hezbollah'), undefined)
})

test('a role after a comma that "said" follows is a new speaker, not an apposition: "… with the Palestinians, a senior Israeli official said"', () => {
  const doc = docOf('Barak has agreed to talks with the Palestinians, a senior Israeli official said. Otto Warmbier, a US citizen, was released.')
  assert.equal(mentionAt(doc, 'Palestinians')?.country, 'PSE')
  assert.equal(mentionAt(doc, 'Israeli official')?.country, 'ISR')
  assert.equal(mentionAt(doc, 'Otto Warmbier')?.country, 'USA')
})

test('an unknown name after a demonym with an organisation head noun is a body of that country: "the Rwandan Patriotic Front"', () => {
  const doc = docOf('Rebels said the Rwandan Patriotic Front must agree. Jean Dupont met them.')
  const rpf = mentionAt(doc, 'Rwandan Patriotic Front')
  assert.deepEqual([rpf?.country, rpf?.sector, rpf?.kind, rpf?.how], ['RWA', 'PTY', 'institution', 'organisation-name'])
  // a name without such a word, or without a demonym, stays unknown
  assert.equal(mentionAt(doc, 'Jean Dupont'), undefined)
})

test('an international body\'s officers and executive organs are its executive and diplomatic service: IGO, GOV', () => {
  const doc = docOf('UN Secretary-General Kofi Annan met the UN Security Council.', '2003-01-01')
  const sg = mentionAt(doc, 'UN Secretary-General Kofi Annan')
  assert.deepEqual([sg?.country, sg?.sector], ['IGO', 'GOV'])
  const council = mentionAt(doc, 'UN Security Council')
  assert.deepEqual([council?.country, council?.sector], ['IGO', 'GOV'])
})

test('a state organ coded with the country unqualified news means is another country\'s when the text says so: "India\'s Supreme Court"', () => {
  const doc = docOf("India's Supreme Court ruled. The Supreme Court ruled. Iran's Hezbollah fired.")
  assert.equal(mentionAt(doc, "India's Supreme Court")?.country, 'IND')
  assert.equal(mentionAt(doc, 'Supreme Court')?.country, 'USA')
  // a non-state group keeps its own country
  assert.equal(mentionAt(doc, "Iran's Hezbollah")?.country, 'LBN')
})

test('an unknown name before an institution noun modifies it: "Nicaragua\'s Sandinista government" is the government of Nicaragua', () => {
  const doc = docOf('Nicaragua\'s Sandinista government today ordered the opposition newspaper to suspend publication.')
  const m = mentionAt(doc, 'Nicaragua\'s Sandinista government')
  assert.deepEqual([m?.kind, m?.country, m?.sector], ['institution', 'NIC', 'GOV'])
})

test('a people of one country is its demonym: "Chechen refugees", "Uighur activists", "Yoruba leaders"', () => {
  const doc = docOf('Chechen refugees and Uighur activists met Yoruba leaders on Monday.')
  assert.deepEqual(['Chechen refugees', 'Uighur activists', 'Yoruba leaders'].map((w) => mentionAt(doc, w)?.country), ['RUS', 'CHN', 'NGA'])
})

test('a place opening the name of a site is that place: "Baghdad University Medical School", "Esfahan Uranium Conversion Facilities"', () => {
  const doc = docOf('The IAEA dispatched inspectors to Esfahan Uranium Conversion Facilities. Doctors delivered goods to Baghdad University Medical School.')
  assert.deepEqual([mentionAt(doc, 'Esfahan')?.country, mentionAt(doc, 'Baghdad')?.country, mentionAt(doc, 'Baghdad')?.sector], ['IRN', 'IRQ', null])
  // a longer name that is no site still hides the country
  assert.equal(mentionAt(docOf('Ships crossed the East China Sea.'), 'China'), undefined)
})

test('an international body\'s officer is of his role\'s sector, the body itself IGO', () => {
  const doc = docOf('Arab League Secretary General Chadli Klibi met the Arab League on Monday.', '1985-03-01')
  assert.deepEqual([mentionAt(doc, 'Arab League Secretary General Chadli Klibi')?.country, mentionAt(doc, 'Arab League Secretary General Chadli Klibi')?.sector], ['IGO', 'GOV'])
})

test('elders and traditional leaders are civil society of the people that names them: "Ibo traditional elders"', () => {
  const elders = mentionAt(docOf('Ibo traditional elders have demanded that control of the Nigerian Interior Ministry be taken away.', '1999-01-01'), 'Ibo traditional elders')
  assert.deepEqual([elders?.country, elders?.sector], ['NGA', 'CVL'])
})

test('a person with no office on file, described in apposition as an international body\'s officer, acts for that body', () => {
  const doc = docOf('Kenzo Oshima, the United Nations Emergency Relief Coordinator, visited Liberia.', '2003-06-01')
  const oshima = mentionAt(doc, 'Kenzo Oshima')
  assert.deepEqual([oshima?.country, oshima?.sector, oshima?.level], ['IGO', 'GOV', 'senior'])
  // a role of a country in apposition changes nothing
  assert.equal(mentionAt(docOf('Kenzo Oshima, the Japanese envoy, visited Liberia.', '2003-06-01'), 'Kenzo Oshima')?.country, 'JPN')
})
