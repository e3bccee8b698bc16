/** Rounds a coordinate to 5 decimals (about a metre), as the fields show it. */
export const roundCoordinate = (value: number) => Math.round(value * 100_000) / 100_000;
