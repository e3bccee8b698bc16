import { ELEMENT_STYLE, MARKER_OUTLINE, markerPoints, type ProgrammeElement } from '@pnetz/shared';

/** The shape and colour of one programme element, as on the map and in the legend. */
export function MarkerIcon({ element, size = 16 }: { element: ProgrammeElement; size?: number }) {
  const { color, shape } = ELEMENT_STYLE[element];
  const r = 5.5;
  return (
    <svg
      className="marker-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {shape === 'circle' ? (
        <circle cx={8} cy={8} r={r} fill={color} stroke={MARKER_OUTLINE} strokeWidth={1.2} />
      ) : (
        <polygon
          points={markerPoints(shape, 8, 8.5, r)
            .map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`)
            .join(' ')}
          fill={color}
          stroke={MARKER_OUTLINE}
          strokeWidth={1.2}
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}
