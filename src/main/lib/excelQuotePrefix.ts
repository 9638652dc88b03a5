/** Excel's number format id for Text ("@"), as exceljs writes it in a cell style. */
const TEXT_FORMAT_ID = 49;

/** exceljs's class that writes one cell style (`<xf>`) of styles.xml; untyped, so only what is used here. */
export interface CellStyleWriter {
  prototype: { toXml: (this: unknown, model: unknown) => string };
}

const done = new WeakSet<object>();

const isTextStyle = (model: unknown): boolean =>
  typeof model === 'object' && model !== null && (model as { numFmtId?: unknown }).numFmtId === TEXT_FORMAT_ID;

/**
 * exceljs 4.4 drops `quotePrefix` from a cell's style: its `<xf>` writer knows only the number format, font,
 * fill, border, alignment and protection. Every style Trainplan gives the Text format is one that guards text
 * starting like a formula (`excelTextCells.ts`), so each such `<xf>` gets `quotePrefix="1"` as Excel writes it
 * for a cell typed with a leading apostrophe. Both the streaming and the in-memory writer build each style's
 * XML through this one method, and the unit test reads the written styles.xml to prove it is there.
 */
export function writeQuotePrefixOnTextStyles(writer: CellStyleWriter): void {
  const proto = writer.prototype;
  if (done.has(proto)) return;
  done.add(proto);
  const toXml = proto.toXml;
  proto.toXml = function (this: unknown, model: unknown): string {
    const xml = toXml.call(this, model);
    return isTextStyle(model) ? xml.replace(/^<xf /, '<xf quotePrefix="1" ') : xml;
  };
}
