// exceljs's cell-style writer, which it ships without types; see excelQuotePrefix.ts for why it is used.
declare module 'exceljs/lib/xlsx/xform/style/style-xform.js' {
  const StyleXform: unknown;
  export default StyleXform;
}
