import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../src/charts/chartRows.js';
import { chartSpecs } from '../../src/charts/chartSpecs.js';
import type { ChartSpec } from '../../src/charts/ChartSpec.js';
import { contrast, hexOf } from '../../src/graphics/Color.js';
import { defaultTheme } from '../../src/publications/leaflet/themes.js';
import type { Lang } from '../../src/model/Edition.js';
import { breakdown, edition, env } from './factory.js';

type Spec = Record<string, any>;
const specsOf = (lang: Lang = 'en', ed = edition()) => new Map(chartSpecs(ed, lang, env).map((c) => [c.id, c]));
const chart = (id: string, lang: Lang = 'en', ed = edition()): ChartSpec => specsOf(lang, ed).get(id)!;
const rows = (c: ChartSpec) => (c.spec as Spec).datasets.table as ChartRow[];
/** The encoding of the template's first layer (the bars). */
const bars = (c: ChartSpec) => (c.spec as Spec).layer[0].encoding;
const { series, unpublished, other } = defaultTheme.colors;

/** 2023 with 40 countries, the i-th having 40 - i victims (BA largest), and 5 unpublished. */
const CODES = 'BA MK CF DO AE VC RS HR UA RO BG HU SK CZ PL MD AL ME XK TR NG GH CM CD CG VN CN TH PH IN PK BD AF SY IQ VE CO BR DE SI'.split(' ');
// MK is named as the leaflet's publication.yaml names it (the ISO list: "The Republic of North Macedonia").
const fortyCountries = () => {
  const ed = edition((f) => {
    f.origin = breakdown(...CODES.map((c, i) => `2023 ${c} ${40 - i} ${i === 7 ? 'inferred' : 'published'}`), '2023 unpublished 5 unpublished', '2024 unpublished 20 unpublished');
    f.victims[0]!.women = 820 + 5 - 21;
  });
  ed.publication.countries = { MK: { en: 'North Macedonia' } };
  return ed;
};

describe('chartSpecs', () => {
  it('builds the five charts, in order, each with data, config and alt text', () => {
    const specs = chartSpecs(edition(), 'en', env);
    expect(specs.map((s) => s.id)).toEqual(['victims', 'exploitation', 'origin', 'assistance', 'prosecution']);
    for (const s of specs) {
      expect(rows(s).length).toBeGreaterThan(0);
      expect((s.spec as Spec).data).toEqual({ name: 'table' });
      expect(s.alt.length).toBeGreaterThan(50);
    }
  });

  it('gives one row per year and victim group, with the table figures, bottom of the stack first', () => {
    expect(rows(chart('victims')).map((r) => [r.year, r.key, r.value, r.order, r.total])).toEqual([
      ['2023', 'women', 21, 0, 21],
      ['2023', 'men', 0, 1, 21],
      ['2023', 'children', 0, 2, 21],
      ['2024', 'women', 17, 0, 20],
      ['2024', 'men', 1, 1, 20],
      ['2024', 'children', 2, 2, 20],
    ]);
  });

  it('follows a changed cell into the data, the totals and the alt text', () => {
    const before = chart('victims');
    const after = chart('victims', 'en', edition((f) => (f.victims[1]!.men = 4)));
    const men2024 = (c: ChartSpec) => rows(c).find((r) => r.year === '2024' && r.key === 'men')!;
    expect([men2024(before).value, men2024(before).totalLabel]).toEqual([1, '20']);
    expect([men2024(after).value, men2024(after).totalLabel]).toEqual([4, '23']);
    expect(before.alt).toContain('2024: 20 in total (Women: 17, Men: 1, Children: 2); 2023–2024: 41 in total');
    expect(after.alt).toContain('2024: 23 in total (Women: 17, Men: 4, Children: 2); 2023–2024: 44 in total');
  });

  it('keeps each breakdown figure with its status and status word', () => {
    expect(rows(chart('exploitation')).map((r) => [r.year, r.key, r.value, r.status, r.statusLabel])).toEqual([
      ['2023', 'sexual_exploitation', 21, 'published', 'Published figure'],
      ['2024', 'sexual_exploitation', 17, 'inferred', 'Inferred figure'],
      ['2024', 'forced_labour', 3, 'inferred', 'Inferred figure'],
    ]);
  });

  it('draws inferred figures lighter and dashed, with a legend naming both statuses', () => {
    const enc = bars(chart('exploitation'));
    const domain = ['Published figure', 'Inferred figure', 'Breakdown not published'];
    expect(enc.fillOpacity.scale.domain).toEqual(domain);
    expect(enc.strokeDash.scale.domain).toEqual(domain);
    const [published, inferred] = enc.fillOpacity.scale.range;
    expect(inferred).toBeLessThan(published);
    expect(enc.strokeDash.scale.range[1].length).toBeGreaterThan(0);
    expect(enc.strokeDash.legend.values).toEqual(['Published figure', 'Inferred figure']);
  });

  it('drops the status legend when no figure is inferred', () => {
    const official = edition((f) => f.exploitation.forEach((r) => (r.status = 'published')));
    expect(bars(chart('exploitation', 'en', official)).strokeDash.legend).toBeNull();
  });

  it('shows victims without a published breakdown in grey, after the coloured categories', () => {
    const color = bars(chart('origin')).color.scale;
    expect(color.domain).toEqual(['Dominican Republic', 'Breakdown not published']);
    expect(color.range).toEqual([hexOf(series[0]!), hexOf(unpublished)]);
  });

  it('colours categories with the series colours in stacking order', () => {
    const color = bars(chart('exploitation')).color.scale;
    expect(color.domain).toEqual(['Sexual exploitation', 'Forced labour']);
    expect(color.range).toEqual(series.slice(0, 2).map(hexOf));
  });

  it('outlines each category in a shade of its colour with 3:1 against white', () => {
    const enc = bars(chart('origin'));
    expect(enc.stroke.scale.domain).toEqual(enc.color.scale.domain);
    const edges = enc.stroke.scale.range as string[];
    // The blue has 3:1 already, so it is its own edge; the pale grey is shaded darker.
    expect(edges[0]).toBe(hexOf(series[0]!));
    expect(edges[1]).not.toBe(hexOf(unpublished));
    expect(contrast(chart('origin').palette.get(edges[1]!)!, defaultTheme.colors.white)).toBeGreaterThanOrEqual(3);
  });

  it('lists every colour it draws in, by hex, so the drawing maps back to theme colours', () => {
    const c = chart('origin');
    for (const hex of [...bars(c).color.scale.range, ...bars(c).stroke.scale.range, (c.spec as Spec).config.axis.labelColor]) {
      expect(c.palette.get(hex)?.rgb, hex).toBeDefined();
      expect(hexOf(c.palette.get(hex)!)).toBe(hex);
    }
  });

  it('draws each chart at the size layout gave it', () => {
    for (const c of chartSpecs(edition(), 'en', env)) {
      expect([(c.spec as Spec).width, (c.spec as Spec).height], c.id).toEqual([env.slots.get(c.id)!.width, env.slots.get(c.id)!.height]);
    }
  });

  it('draws the charts the layout places, and only those', () => {
    const slots = new Map(env.slots);
    slots.delete('origin');
    expect(chartSpecs(edition(), 'en', { ...env, slots }).map((c) => c.id)).toEqual([...slots.keys()]);
  });

  it('keeps every year on the axis, as a plain string, even a year without figures', () => {
    const ed = edition((f) => (f.exploitation = f.exploitation.filter((r) => r.year !== 2023)));
    expect((chart('exploitation', 'en', ed).spec as Spec).encoding.x.scale.domain).toEqual(['2023', '2024']);
  });

  it('prints numbers on bars in a colour that reads on the bar', () => {
    const r = rows(chart('exploitation'));
    expect(rows(chart('victims'))[0]!.labelColor).toBe(hexOf(defaultTheme.colors.white)); // on dark blue
    expect(r.find((x) => x.status === 'inferred' && x.key === 'sexual_exploitation')!.labelColor).toBe(
      hexOf(defaultTheme.colors.text), // on the same blue, drawn light
    );
  });

  it('fills every text reference; none is left for the editor to see', () => {
    for (const c of chartSpecs(edition(), 'sl', env)) expect(JSON.stringify(c.spec)).not.toMatch(/"text:/);
    expect(bars(chart('victims', 'sl')).y.title).toBe('Žrtve');
    expect((chart('prosecution', 'en').spec as Spec).encoding.y.title).toBe('Persons');
  });

  it('names categories in Slovenian, countries through Intl, and formats numbers the Slovenian way', () => {
    const ed = edition((f) => {
      f.victims[1]!.women = 12345;
      f.exploitation[1]!.victims = 12345;
      f.origin[1]!.victims = 12348;
    });
    expect(rows(chart('victims', 'sl', ed)).map((r) => r.label).slice(0, 3)).toEqual(['Ženske', 'Moški', 'Otroci']);
    expect(rows(chart('victims', 'sl', ed))[3]!.valueLabel).toBe('12.345');
    expect(bars(chart('origin', 'sl', ed)).color.scale.domain).toEqual(['Dominikanska republika', 'Razčlenitev ni objavljena']);
    expect((chart('victims', 'sl', ed).spec as Spec).config.locale.number).toMatchObject({ decimal: ',', thousands: '.' });
    expect((chart('victims', 'en', ed).spec as Spec).config.locale.number).toMatchObject({ decimal: '.', thousands: ',' });
  });

  it('sets every chart text in the embedded family, quoted for CSS, at the theme size', () => {
    const config = (chart('victims').spec as Spec).config;
    expect(config.font).toBe("'Source Sans 3'");
    expect(config.axis.labelFontSize).toBe(defaultTheme.type.chart.size);
    expect(config.text.fontSize).toBe(defaultTheme.type.chart.size);
    expect(config.axis.labelColor).toBe(hexOf(defaultTheme.type.chart.color));
  });

  it('names the five largest of 40 countries and groups the rest as “Other countries”, in dark grey', () => {
    const c = chart('origin', 'en', fortyCountries());
    const color = bars(c).color.scale;
    expect(color.domain).toEqual([
      'Bosnia and Herzegovina', 'North Macedonia', 'Central African Republic', 'Dominican Republic', 'United Arab Emirates',
      'Other countries', 'Breakdown not published',
    ]);
    expect(color.range).toEqual([...series.slice(0, 5).map(hexOf), hexOf(other), hexOf(unpublished)]);
    // 35 countries, 35 + 34 + … + 1 victims; one of them inferred, so the group is.
    const group = rows(c).find((r) => r.key === 'other')!;
    expect([group.value, group.status]).toEqual([630, 'inferred']);
    expect(c.alt).toContain('Other countries, 2023–2024: Saint Vincent and the Grenadines: 35, Serbia: 34, Croatia: 33,');
    expect(c.alt).toContain('Slovenia: 1.');
  });

  it('gives each category the same colour in both languages', () => {
    const colourOf = (lang: Lang) => {
      const c = chart('origin', lang, fortyCountries());
      return new Map(rows(c).map((r) => [r.key, bars(c).color.scale.range[bars(c).color.scale.domain.indexOf(r.label)]]));
    };
    expect([...colourOf('sl')]).toEqual([...colourOf('en')]);
  });

  it('stacks fewer legend columns where the longest name would not fit two', () => {
    const legend = (ed = edition()) => bars(chart('origin', 'sl', ed)).color.legend.columns;
    expect(legend()).toBe(2);
    const narrow = { ...env, slots: new Map([...env.slots].map(([k, v]) => [k, k === 'origin' ? { ...v, width: 150 } : v])) };
    const c = chartSpecs(fortyCountries(), 'sl', narrow).find((x) => x.id === 'origin')!;
    expect(bars(c).color.legend.columns).toBe(1);
  });

  it('groups axis figures the language’s way', () => {
    const c = chart('victims', 'sl');
    expect((c.spec as Spec).layer[0].encoding.y.axis.format).toBe(',d');
    expect((c.spec as Spec).config.locale.number.thousands).toBe('.');
  });

  it('gives a category the colour publication.yaml pins to it, and the others the colours left in rank order', () => {
    const ed = fortyCountries();
    ed.publication.charts = { origin: { sources: [], colors: { AE: 1, ZZ: 2 } } };
    const color = bars(chart('origin', 'en', ed)).color.scale;
    const colourOf = (label: string) => color.range[color.domain.indexOf(label)];
    expect(colourOf('United Arab Emirates')).toBe(hexOf(series[0]!));
    // ZZ is not in the data, so colour 2 is free again: BA, MK, CF, DO take 2, 3, 4, 5.
    expect(['Bosnia and Herzegovina', 'North Macedonia', 'Central African Republic', 'Dominican Republic'].map(colourOf)).toEqual(series.slice(1, 5).map(hexOf));
  });
});
