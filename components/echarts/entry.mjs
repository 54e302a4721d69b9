// The ECharts build the app ships: only the chart types and components it uses (bar, line,
// sankey; title, tooltip, grid, dataset, aria, markLine; canvas and SVG renderers). Bundled by
// esbuild in Trunk's pre_build hook (Trunk.toml) into node_modules/.cache/echarts/echarts.min.js,
// which index.html loads as a classic script: window.echarts is there before the wasm starts.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, SankeyChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  SankeyChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);

window.echarts = echarts;
