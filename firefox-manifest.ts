/**
 * Derives the Firefox manifest from the Chrome one (manifest.json stays the only source of truth).
 * Firefox MV3 runs the background as an event page (`background.scripts`), needs a gecko id, and asks add-ons to
 * declare what data they collect: SSI Lens collects none.
 */
export const GECKO_ID = 'ssi-lens@ssi-lens.github.io'

type Manifest = Record<string, unknown> & { background?: { service_worker?: string; type?: string } }

export function firefoxManifest<M extends Manifest>(chrome: M): Record<string, unknown> {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = chrome
  return {
    ...rest,
    background: { scripts: [background?.service_worker], type: background?.type ?? 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions is understood from Firefox 140 on desktop and 142 on Android. One minimum
        // for both keeps web-ext lint free of KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION; 142 is the Android one.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }
}
