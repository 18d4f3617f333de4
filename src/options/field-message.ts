/**
 * The one message the options page shows at a time, and which field it belongs to. It is shown next to that
 * field; a newer message anywhere replaces it, so a stale "Saved." never sits beside a new error.
 */
export interface FieldMessage {
  text: string
  error: boolean
}

export interface PageMessage extends FieldMessage {
  /** The field the message is about; messages of fields without their own place show at the page's foot. */
  field: 'goal' | 'page'
}
