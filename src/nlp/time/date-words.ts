/** How months and years are written in prose, for the fix-up patterns. */

const MONTH_NUMBER: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}
/** 1–12 from a month name or abbreviation; 0 when it is not one. */
export const monthNumber = (word: string): number => MONTH_NUMBER[word.slice(0, 3).toLowerCase()] ?? 0

/** Month names, capitalised only: lower-case "may" and "march" are verbs. */
export const MONTH_SRC =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)'

/** A four-digit year 1900–2099. */
export const YEAR_SRC = '(?:19|20)\\d\\d'
