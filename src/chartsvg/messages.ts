/** Wording of the chartsvg stage's errors; tests call these too. */
export const chartSvgMessages = {
  foreignFont: (family: string) => `chartsvg: text is set in font family ${family}; only the embedded family can be measured and painted`,
  noSize: (id: string) => `chartsvg: ${id}: the rendered SVG has no width and height`,
  overflow: (id: string, side: string, by: number, width: number, height: number) =>
    `chartsvg: ${id}: content overflows the ${width} × ${height} pt chart by ${by.toFixed(1)} pt at the ${side}`,
};
