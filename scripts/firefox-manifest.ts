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
        // 142 is the first desktop/Android version that understands data_collection_permissions.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }
}
