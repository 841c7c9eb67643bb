/** Colours as six hex digits without '#' ("1A1A1A"), as Word writes them and CSS takes them with a '#'. */
export type HexColour = string

/** The WCAG 2.x contrast ratio AA asks of body text (SC 1.4.3). */
export const minimumContrast = 4.5

export function isHexColour(value: unknown): value is HexColour {
  return typeof value === 'string' && /^#?[0-9a-f]{6}$/i.test(value.trim())
}

/** "#0b4f8a" → "0B4F8A". */
export function normaliseColour(value: string): HexColour {
  return value.trim().replace(/^#/, '').toUpperCase()
}

/** The WCAG relative luminance of a colour. */
export function luminance(colour: HexColour): number {
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(colour.slice(at, at + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: HexColour, b: HexColour): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}
