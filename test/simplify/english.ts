// The test's own second opinion on a split's English: compromise (a dev dependency), a tagger the code under test
// no longer uses, so a sentence is not judged by the reading that made it.
import nlp from 'compromise'

/**
 * What is wrong with a sentence a split made, as English that stands alone: it must start with a capital, end with a
 * full stop, and have a subject before its first verb. "to" + verb and a lone "-ing" word ("Policing in Scotland is
 * …") head no clause; an opening phrase set off by a comma ("Working with others, we try …") comes before the subject.
 */
export function sentenceProblems(sentence: string): string[] {
  const problems: string[] = []
  if (!/^[\p{Lu}‘“"]/u.test(sentence)) problems.push('does not start with a capital')
  if (!/[.](?:['’”"])?$/.test(sentence)) problems.push('does not end with a full stop')
  const clause = sentence.replace(/^[^,]{1,50},\s+(?=(?:we|i|they|it|this|the|our)\s)/i, '')
  const verbs = nlp(clause).verbs().json({offset: true}) as Array<{offset: {start: number}; terms: Array<{tags: string[]}>}>
  const finite = verbs.filter((verb) => !/\bto\s*$/i.test(clause.slice(0, verb.offset.start)) && !(verb.terms.length === 1 && verb.terms[0]!.tags.includes('Gerund')))
  if (finite.length === 0) problems.push('has no verb')
  else if (!/\p{L}/u.test(clause.slice(0, finite[0]!.offset.start))) problems.push('has no subject before its verb')
  return problems
}
