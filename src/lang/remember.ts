/**
 * The stores of remembered answers, held weakly (a store nobody can ask any more is not kept alive by this list),
 * so that `forgetRemembered` can empty every one.
 */
const stores = new Set<WeakRef<{clear(): void}>>()

/** Let `forgetRemembered` empty `store` too: for a store of the English layer's own that `remembered` did not make. */
export function forgetWithRemembered(store: {clear(): void}): void {
  stores.add(new WeakRef(store))
}

/**
 * Empty every store of remembered answers. A one-shot build (the CLI's) calls it once the stages have run, before
 * the writers: they ask about few sentences again, and a plan ten times the seed's length held some 25 MB of
 * readings at its peak for them. A long-running caller (the workbench) keeps them for its next check.
 */
export function forgetRemembered(): void {
  for (const reference of stores) {
    const store = reference.deref()
    if (store) store.clear()
    else stores.delete(reference)
  }
}

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
  const kept = {
    newer: new Map<string, Result>(),
    older: new Map<string, Result>(),
    clear() {
      kept.newer = new Map()
      kept.older = new Map()
    }
  }
  forgetWithRemembered(kept)
  const ask = (text: string): Result => {
    let known = kept.newer.get(text)
    if (known !== undefined) return known
    known = kept.older.get(text)
    if (known === undefined) known = parse(text)
    if (kept.newer.size >= generation) {
      kept.older = kept.newer
      kept.newer = new Map()
    }
    kept.newer.set(text, known)
    return known
  }
  // `ask` holds the store, so it lives as long as its asker does: the list above holds it weakly.
  return ask
}
