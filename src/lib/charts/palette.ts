/**
 * The light theme's colours for images that leave the page (chart SVG/PNG
 * downloads, social cards), where the CSS custom properties of
 * src/styles/tokens.css do not reach. tests/unit/palette.test.ts checks that
 * these equal the tokens, so the theme stays one file to change.
 */
export const PALETTE = {
  paper: '#fdfcf9',
  surface: '#f3f1ea',
  ink: '#1b1d21',
  muted: '#55595f',
  rule: '#d9d5c9',
  accent: '#0b4f9c',
  warning: '#8a4b00',
  series: ['#0b5cad', '#b3261e', '#2e7d32', '#8e24aa', '#a15c00', '#00696f', '#5d4037', '#c2185b'],
} as const;

/** The font every generated image uses (TrueType from @expo-google-fonts/noto-sans: Latin with é, è, ò). */
export const IMAGE_FONT = 'Noto Sans';
