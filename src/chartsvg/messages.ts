/** Wording of the chartsvg stage's errors; tests call these too. */
export const chartSvgMessages = {
  foreignFont: (family: string) => `chartsvg: text is set in font family ${family}; only the embedded family can be measured and painted`,
  noSize: (id: string) => `chartsvg: ${id}: the rendered SVG has no width and height`,
  /** Content that does not fit the slot layout gave the chart: reported, never shrunk. */
  overflow: (id: string, side: string, by: number, width: number, height: number) =>
    `layout: chart "${id}" does not fit the ${width.toFixed(1)} × ${height.toFixed(1)} pt its column gives it: its content runs ${by.toFixed(1)} pt past the ${side} edge`,
  wrongSize: (id: string, w: number, h: number, askedW: number, askedH: number) =>
    `chartsvg: ${id}: vega drew ${w} × ${h} pt where ${askedW.toFixed(1)} × ${askedH.toFixed(1)} pt was asked`,
  unknownColour: (id: string, value: string) => `chartsvg: ${id}: colour ${value} is not one of the theme's colours, so it has no print value`,
  transparency: (id: string) => `chartsvg: ${id}: the chart uses transparency; tints must be solid colours`,
  unsupported: (id: string, what: string) => `chartsvg: ${id}: the SVG uses ${what}, which the exporters do not draw`,
};
