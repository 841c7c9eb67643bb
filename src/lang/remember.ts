/**
 * `parse` with its answers kept for the texts it saw lately (at least the last `size` / 2, at most `size`): every
 * stage asks about the same sentences, and reading one is the costly part. The answers are shared: never change them.
 *
 * Kept in two generations, the newer and the one before: when the newer is full it becomes the older and the older is
 * dropped, and an answer found in the older is brought into the newer. Dropping the oldest text one at a time (a Map's
 * first key) walked past every entry deleted before it, which took longer the longer the plan.
 */
export function remembered<Result>(parse: (text: string) => Result, size = 4000): (text: string) => Result {
  const generation = Math.max(1, Math.floor(size / 2))
  let newer = new Map<string, Result>()
  let older = new Map<string, Result>()
  return (text) => {
    let known = newer.get(text)
    if (known !== undefined) return known
    known = older.get(text)
    if (known === undefined) known = parse(text)
    if (newer.size >= generation) {
      older = newer
      newer = new Map()
    }
    newer.set(text, known)
    return known
  }
}
