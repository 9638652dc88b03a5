import type { CSSProperties } from 'react';

const LINE = '1px solid var(--mantine-color-gray-3)';

/**
 * The grid's layout in one place. Everything that sticks (headers, row headers, footer) is opaque and sits
 * above the cells scrolling under it.
 */
export const gridStyles = {
  frame: { position: 'relative', flex: 1, minHeight: 220, display: 'flex', flexDirection: 'column' },
  scroller: {
    flex: 1,
    minHeight: 0,
    overflow: 'auto',
    border: LINE,
    borderRadius: 'var(--mantine-radius-sm)',
    background: 'var(--mantine-color-white)',
    overscrollBehavior: 'contain',
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    background: 'var(--mantine-color-gray-0)',
    borderBottom: LINE,
  },
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 3,
    background: 'var(--mantine-color-gray-0)',
    borderTop: LINE,
  },
  row: { position: 'absolute', left: 0 },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    height: '100%',
    background: 'var(--mantine-color-white)',
    borderRight: LINE,
    borderBottom: LINE,
    padding: '0 8px',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    overflow: 'hidden',
  },
  /** A header or footer cell that sticks to the left edge (the "Trainee" and "Coverage" corners). */
  corner: {
    position: 'sticky',
    left: 0,
    zIndex: 4,
    background: 'var(--mantine-color-gray-0)',
    borderRight: LINE,
    padding: '0 8px',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
  },
  cell: {
    position: 'absolute',
    top: 0,
    borderRight: '1px solid var(--mantine-color-gray-2)',
    borderBottom: '1px solid var(--mantine-color-gray-2)',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    cursor: 'pointer',
    outlineOffset: -3,
  },
  /** A column's cell in the header or the footer, placed where its column is. */
  edgeCell: {
    position: 'absolute',
    borderRight: '1px solid var(--mantine-color-gray-2)',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
  },
  tooltip: {
    position: 'absolute',
    zIndex: 20,
    pointerEvents: 'none',
    background: 'var(--mantine-color-gray-9)',
    color: 'var(--mantine-color-white)',
    borderRadius: 'var(--mantine-radius-sm)',
    padding: '6px 10px',
    fontSize: 'var(--mantine-font-size-sm)',
    boxShadow: 'var(--mantine-shadow-md)',
  },
} satisfies Record<string, CSSProperties>;
