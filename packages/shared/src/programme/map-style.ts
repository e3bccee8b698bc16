import type { ProgrammeElement } from './vocab';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star';

/**
 * How the map draws each programme element, in the browser and in the PDF report alike. Every
 * element has its own shape as well as its own colour (Okabe–Ito palette, safe for colour
 * blindness), so the legend never relies on colour alone; markers get a dark outline for contrast.
 */
export const ELEMENT_STYLE: Readonly<
  Record<ProgrammeElement, { color: string; shape: MarkerShape }>
> = {
  advised: { color: '#56B4E9', shape: 'circle' },
  council: { color: '#009E73', shape: 'square' },
  agreement: { color: '#D55E00', shape: 'triangle' },
  coaching: { color: '#CC79A7', shape: 'diamond' },
  analysis: { color: '#E69F00', shape: 'star' },
};
export const MARKER_OUTLINE = '#1f2937';

/** Outline points of a marker shape of radius `r` around (x, y); circles are drawn natively. */
export function markerPoints(
  shape: Exclude<MarkerShape, 'circle'>,
  x: number,
  y: number,
  r: number,
): Array<[number, number]> {
  switch (shape) {
    case 'square':
      return [
        [x - r * 0.85, y - r * 0.85],
        [x + r * 0.85, y - r * 0.85],
        [x + r * 0.85, y + r * 0.85],
        [x - r * 0.85, y + r * 0.85],
      ];
    case 'triangle':
      return [
        [x, y - r * 1.1],
        [x + r, y + r * 0.75],
        [x - r, y + r * 0.75],
      ];
    case 'diamond':
      return [
        [x, y - r * 1.15],
        [x + r, y],
        [x, y + r * 1.15],
        [x - r, y],
      ];
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        const radius = i % 2 === 0 ? r * 1.2 : r * 0.5;
        return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)] as [number, number];
      });
  }
}
