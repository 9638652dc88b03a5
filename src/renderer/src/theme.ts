import { createTheme, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  // Shade 9 keeps teal text and white-on-teal buttons above the WCAG AA contrast ratio.
  primaryShade: 9,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    // Every message's close button gets a name (Mantine's has none, which axe reports), unless it says its own.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close message' } },
      // Mantine greys a message's text under a title (#868e96, 3.3:1 on white): too faint to read at a press.
      styles: { description: { color: 'var(--mantine-color-gray-8)' } },
    }),
  },
});

/**
 * Mantine's defaults put dimmed text and light badges below 4.5:1 contrast; trainers read this
 * on shop-floor screens, so every text colour we use is darkened to pass WCAG AA.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Field errors (and the placeholder of a field in error) in red 9: the default red 6 is 3.3:1 on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-teal-9)',
    '--mantine-color-teal-light-color': '#05553d',
    '--mantine-color-orange-light-color': '#8a3300',
    '--mantine-color-yellow-light-color': '#5c4400',
    '--mantine-color-red-light-color': '#9c1c1c',
    '--mantine-color-blue-light-color': '#11508a',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-9)',
  },
  dark: {},
});
