import pluralize from 'pluralize'

/** Lower case, hyphens and runs of white space as one space: "Multi-Agency" → "multi agency". */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/[-‐–\s]+/g, ' ').trim()
}

/**
 * Every written form a glossary name stands for, normalised: the name itself; its joined form when it was
 * written with hyphens ("multi-agency" → "multiagency"); and simple inflections of its last word
 * (plural and singular, "-s", "-ed", "-ing"), so "hotspot" finds "hotspots" and "mitigate" finds "mitigating".
 */
export function expandForms(name: string): string[] {
  const base = normaliseName(name)
  const bases = new Set([base])
  if (/-/.test(name)) bases.add(base.replace(/ /g, ''))
  const forms = new Set<string>()
  for (const each of bases) {
    const words = each.split(' ')
    const last = words.pop()!
    for (const variant of inflect(last)) forms.add([...words, variant].join(' '))
  }
  return [...forms]
}

function inflect(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [word]
  const stem = word.endsWith('e') ? word.slice(0, -1) : word
  const variants = [word, pluralize.plural(word), pluralize.singular(word), `${stem}ing`, `${stem}ed`]
  if (word.endsWith('y') && !/[aeiou]y$/.test(word)) variants.push(`${word.slice(0, -1)}ied`)
  if (!word.endsWith('s')) variants.push(`${word}s`)
  return variants
}
