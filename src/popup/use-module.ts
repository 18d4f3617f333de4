import { useEffect, useState } from 'preact/hooks'

/**
 * A module the popup loads only once it is wanted (a click away from the first paint): `null` until it has
 * arrived. The build makes each such module a chunk of its own, so the popup's open does not fetch, parse or
 * evaluate it.
 */
export function useModule<M>(load: () => Promise<M>, wanted: boolean): M | null {
  const [loaded, setLoaded] = useState<{ module: M } | null>(null)
  useEffect(() => {
    if (wanted && loaded === null) void load().then((module) => setLoaded({ module }))
  }, [wanted, loaded, load])
  return loaded?.module ?? null
}
