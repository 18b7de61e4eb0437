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
const live = new Set();
// The option each chart last got from the app, and whether it was drawn for a narrow box.
const drawn = new WeakMap();
const NARROW = 480;

// Charts fit their box: when it changes size (window, sidebar, print layout) they redraw,
// and take their phone layout when the box crosses the narrow width.
const observer = new ResizeObserver((entries) => {
  for (const e of entries) {
    const chart = echarts.getInstanceByDom(e.target);
    if (!chart) continue;
    chart.resize();
    const last = drawn.get(chart);
    if (last && last.narrow !== chart.getWidth() < NARROW) show(chart, last.json);
  }
});
window.addEventListener('beforeprint', () => live.forEach((c) => c.resize()));

export function mount(el) {
  const chart = echarts.init(el, dark.matches ? 'dark' : null, { renderer: 'svg' });
  observer.observe(el);
  live.add(chart);
  return chart;
}

// notMerge: a series that is gone from the plan must be gone from the chart.
// Radar axis names take the page's own ink (light or dark), since ECharts' default grey is
// too faint to read. In a narrow box (a phone) the radar and the wheel shrink, long radar
// names wrap and month names are cut to three letters, so that no label is cut off.
export function show(chart, optionJson) {
  const option = JSON.parse(optionJson);
  const ink = getComputedStyle(chart.getDom()).color;
  const narrow = chart.getWidth() < NARROW;
  drawn.set(chart, { json: optionJson, narrow });
  for (const radar of [option.radar ?? []].flat()) {
    radar.axisName = { color: ink, ...radar.axisName };
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

export function unmount(chart) {
  observer.unobserve(chart.getDom());
  live.delete(chart);
  chart.dispose();
}
