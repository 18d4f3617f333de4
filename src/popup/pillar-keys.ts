import type { PillarId } from '../core/snapshot.ts'
import type { MessageKey } from './i18n.ts'

/** The pillars' short names in the popup (the chart's panels, the table's columns). */
export const PILLAR_KEYS: Record<PillarId, MessageKey> = {
  brand: 'popupPillarBrand',
  people: 'popupPillarPeople',
  insights: 'popupPillarInsights',
  relationships: 'popupPillarRelationships',
}
