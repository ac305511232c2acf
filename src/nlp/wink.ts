import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/** The one wink-nlp instance: loading the model takes a while, so it is loaded once per process. */
let instance: ReturnType<typeof winkNLP> | null = null

export const wink = (): ReturnType<typeof winkNLP> => {
  // sentence boundaries and part of speech only: negation, entities and the rest are ours
  instance ??= winkNLP(model, ['sbd', 'pos'])
  return instance
}
