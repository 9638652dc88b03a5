/**
 * The one Content Security Policy: sent as a header by the desktop session and the browser bridge,
 * and written into index.html's meta tag at build time. Our own scripts only, no frames, no remote anything.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets CSS variables and style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  'frame-src blob:',
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** For the meta tag: browsers obey frame-ancestors only as a header and warn about it in a meta tag. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Where index.html asks for the policy; the build puts it there. */
export const CSP_PLACEHOLDER = '%%TRAINPLAN_CONTENT_SECURITY_POLICY%%';

/** index.html with its policy filled in, failing the build if the placeholder is missing. */
export function withContentSecurityPolicy(html: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error('index.html has no Content-Security-Policy placeholder.');
  return html.replace(CSP_PLACEHOLDER, META_CONTENT_SECURITY_POLICY);
}
