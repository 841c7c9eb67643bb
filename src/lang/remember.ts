/**
 * `parse` with its answers kept for the last `size` texts it saw: every stage asks about the same sentences, and
 * reading one is the costly part. The answers are shared: never change them.
 */
export function remembered<Result>(parse: (text: string) => Result, size = 4000): (text: string) => Result {
  const kept = new Map<string, Result>()
  return (text) => {
    const known = kept.get(text)
    if (known !== undefined) return known
    const result = parse(text)
    if (kept.size >= size) kept.delete(kept.keys().next().value!)
    kept.set(text, result)
    return result
  }
}
