// The chart library, bundled by scripts/post-build.mjs (esbuild) into charts-<hash>.js and
// imported by src/ui/chart.rs the first time a chart is shown. Only the chart types and
// components the app's builders (src/charts/) use are registered, to keep it within its
// 150 KB budget: no tooltip (the twin table gives exact numbers, also on touch screens),
// no title (the figure has a caption), no polar axes (the annual wheel is a pie).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, PieChart, RadarChart,
  GridComponent, LegendComponent, RadarComponent,
  SVGRenderer,
]);

const dark = window.matchMedia('(prefers-color-scheme: dark)');
// Every chart on the page, by its element. The app holds the handle: `chart` is the ECharts
// instance, replaced when the theme changes (ECharts 5 cannot re-theme an instance), and
// `last` the option it last got from the app and whether it was drawn for a narrow box.
const live = new Map();
const NARROW = 480;
let printing = false;

const theme = () => (dark.matches && !printing ? 'dark' : null);
const init = (el) => echarts.init(el, theme(), { renderer: 'svg' });

// Charts fit their box: when it changes size (window, sidebar, print layout) they redraw,
// and take their phone layout when the box crosses the narrow width.
const observer = new ResizeObserver((entries) => {
  for (const e of entries) {
    const handle = live.get(e.target);
    if (!handle) continue;
    handle.chart.resize();
    const { last } = handle;
    if (last && last.narrow !== handle.chart.getWidth() < NARROW) show(handle, last.json, last.lang);
  }
});

// Paper is white, so a dark chart prints in the light theme; the screen follows the
// system's light or dark setting also when it changes while the page is open.
function retheme() {
  for (const handle of live.values()) {
    handle.chart.dispose();
    handle.chart = init(handle.el);
    if (handle.last) show(handle, handle.last.json, handle.last.lang);
  }
}
dark.addEventListener('change', retheme);
window.addEventListener('beforeprint', () => {
  printing = true;
  if (dark.matches) retheme();
  live.forEach((h) => h.chart.resize());
});
window.addEventListener('afterprint', () => {
  printing = false;
  if (dark.matches) retheme();
});

export function mount(el) {
  const handle = { el, chart: init(el), last: null };
  observer.observe(el);
  live.set(el, handle);
  return handle;
}

// notMerge: a series that is gone from the plan must be gone from the chart.
// Radar axis names take the page's own ink (light or dark), since ECharts' default grey is
// too faint to read. In a narrow box (a phone) the radar and the wheel shrink, long radar
// names wrap and month names are cut to three letters, so that no label is cut off.
export function show(handle, optionJson, lang) {
  const { el, chart } = handle;
  const option = JSON.parse(optionJson);
  // On paper, the light theme's own ink; on screen, the page's.
  const ink = printing ? undefined : getComputedStyle(el).color;
  const narrow = chart.getWidth() < NARROW;
  handle.last = { json: optionJson, narrow, lang };
  writeNumbers(option, lang);
  for (const radar of [option.radar ?? []].flat()) {
    radar.axisName = { ...(ink && { color: ink }), ...radar.axisName };
    if (!narrow) continue;
    radar.radius = '38%';
    Object.assign(radar.axisName, { fontSize: 11, lineHeight: 13 });
    for (const axis of radar.indicator ?? []) {
      if (axis.name.length > 10) axis.name = axis.name.replace(/ (?=\S+$)/, '\n');
    }
  }
  for (const pie of [option.series ?? []].flat().filter((s) => narrow && s.type === 'pie')) {
    pie.radius = ['22%', '45%'];
    for (const slice of pie.data ?? []) slice.name = slice.name.replace(/^(\p{L}{3})\p{L}+/u, '$1');
  }
  chart.setOption(option, { notMerge: true });
}

// Numbers as the page's language writes them, like the twin table and the inputs beside the
// chart: 3,9 and 1 000 in Norwegian and Danish, where ECharts always writes 3.9 and 1,000.
// The option's own templates ("{value} %", "{c}") are kept around the number.
// One formatter per language: a chart is drawn again on every keystroke in its plan.
const formats = new Map();
function writeNumbers(option, lang) {
  if (!formats.has(lang)) formats.set(lang, new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }));
  const number = formats.get(lang);
  const write = (template, slot) => (value) =>
    template.replace(slot, typeof value === 'number' ? number.format(value) : value);
  for (const axis of [option.xAxis ?? [], option.yAxis ?? []].flat()) {
    if (axis.type !== 'value') continue;
    axis.axisLabel = { ...axis.axisLabel, formatter: write(axis.axisLabel?.formatter ?? '{value}', '{value}') };
  }
  for (const series of [option.series ?? []].flat()) {
    const template = series.label?.formatter ?? '{c}';
    if (!series.label?.show || !template.includes('{c}')) continue;
    const fill = write(template, '{c}');
    series.label.formatter = (p) => fill(p.value);
  }
}

export function unmount(handle) {
  observer.unobserve(handle.el);
  live.delete(handle.el);
  handle.chart.dispose();
}
