// A plan `count` times the size of a given one whose copies do not repeat each other, for the benchmark: a stand-in
// for a plan that long that does not say the same thing twice, so that no cache answers a sentence from an earlier
// copy. Copy k (from 0, the text as it is) changes:
// - the place names (Lanarkshire, Scotland) to another place's;
// - every number, by 7k;
// - every word of five letters or more with a common ending (-tion, -ment, -ing, -ly, -ed, -es, …) to another word
//   of the text with the same ending, k places on in the list of them by frequency, so a sentence keeps its shape
//   (its length, its punctuation, a noun where a noun was, mostly) though it no longer makes sense.

const places = {
  Lanarkshire: ['Lanarkshire', 'Fife', 'Tayside', 'Highland', 'Argyll', 'Lothian', 'Ayrshire', 'Borders', 'Moray', 'Angus'],
  Scotland: ['Scotland', 'Wales', 'Cumbria', 'Ulster', 'Devon', 'Kent', 'Essex', 'Dorset', 'Norfolk', 'Suffolk']
}
const endings = ['tion', 'sion', 'ment', 'ity', 'ness', 'ing', 'ly', 'ed', 'ies', 'ers', 'ence', 'ance', 'ive', 'al', 'ful', 'ure', 'ate', 'ise', 'ice', 'ple', 'ous', 'ism', 'est', 'ant', 'ent', 'ts', 'es']

/** The text `count` times over, each copy changed as above; and the share of the sentences of copies 2 on that an earlier copy has. */
export function distinctCopies(text, count) {
  const frequency = new Map()
  for (const word of text.match(/\b[a-z]{5,}\b/g) ?? []) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const classes = new Map()
  for (const [word] of [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const ending = endings.find((end) => word.endsWith(end))
    if (!ending) continue
    if (!classes.has(ending)) classes.set(ending, [])
    classes.get(ending).push(word)
  }
  const classOf = new Map([...classes.values()].flatMap((words) => words.map((word) => [word, words])))
  const copy = (k) => text.replace(/\b[A-Za-z]+\b|\d+/g, (token) => {
    if (/^\d/.test(token)) return String(Number(token) + 7 * k)
    if (places[token]) return places[token][k % places[token].length]
    const words = classOf.get(token)
    return words ? words[(words.indexOf(token) + k) % words.length] : token
  })
  const copies = Array.from({length: count}, (_, k) => copy(k))
  const sentences = (part) => part.split(/(?<=[.!?])\s+|\n+/).map((line) => line.trim()).filter((line) => line.split(/\s+/).length > 2)
  const seen = new Set(sentences(copies[0]))
  let later = 0
  let repeated = 0
  for (const part of copies.slice(1)) {
    for (const line of sentences(part)) {
      later++
      if (seen.has(line)) repeated++
    }
    for (const line of sentences(part)) seen.add(line)
  }
  return {text: copies.join('\n\n'), repeated: later === 0 ? 0 : repeated / later}
}
