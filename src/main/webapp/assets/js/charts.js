// Time-series charts drawn by uPlot (from its WebJar): a time axis in the browser's time zone and
// a value axis labelled with its unit. A chart's element carries data-points, the number of
// points drawn, for the page tests and for screen readers' summary.
import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';

const HOUR = 3600;
const COLOURS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2'];

/**
 * A chart in `container` of one unit: `series` are [{label}] drawn as lines, or as bars with
 * `bars: true`; uPlot marks a line's points where they lie far enough apart to be seen, so that a
 * series of a few samples is not an empty chart. With `fromZero: true` the value
 * axis starts at zero (for amounts, where a zoomed-in axis would make noise look like change).
 * Returns {update(times, ...values)} with times in epoch seconds.
 */
export function timeChart(container, { title, unit, series, bars = false, fromZero = false, height = 260 }) {
  const width = () => Math.max(container.clientWidth, 280);
  const options = {
    title,
    width: width(),
    height,
    scales: {
      x: { time: true, range: timeRange },
      y: fromZero ? { range: { min: { soft: 0, mode: 1, pad: 0 }, max: { soft: 1, mode: 1, pad: 0.1 } } } : {},
    },
    axes: [
      {},
      { label: unit, size: tickSpace, values: (chart, ticks) => ticks.map(tick => `${tick} ${unit}`) },
    ],
    series: [
      { label: 'Time' },
      ...series.map((line, index) => ({
        label: `${line.label} (${unit})`,
        stroke: COLOURS[index % COLOURS.length],
        fill: bars ? COLOURS[index % COLOURS.length] + '99' : undefined,
        width: bars ? 0 : 1.5,
        paths: bars ? uPlot.paths.bars({ size: [0.7, 60] }) : undefined,
        // uPlot's default marks the points of a sparse line, so that a reading between two gaps shows.
        points: bars ? { show: false } : undefined,
        spanGaps: false,
      })),
    ],
  };
  const chart = new uPlot(options, [[], ...series.map(() => [])], container);
  new ResizeObserver(() => chart.setSize({ width: width(), height })).observe(container);
  return {
    update(times, ...values) {
      chart.setData([times, ...values]);
      container.dataset.points = String(times.filter((time, index) => values.some(series => series[index] !== null && series[index] !== undefined)).length);
    },
  };
}

/**
 * The chart data [times, ...values] with a point of nulls wherever more than maxGapSeconds lie
 * between two points, so that a line stops where readings are missing rather than bridging them.
 */
export function breakGaps(maxGapSeconds, times, ...values) {
  const gapped = [[], ...values.map(() => [])];
  times.forEach((time, index) => {
    if (index > 0 && time - times[index - 1] > maxGapSeconds) {
      gapped[0].push(times[index - 1] + 1);
      values.forEach((series, at) => gapped[at + 1].push(null));
    }
    gapped[0].push(time);
    values.forEach((series, at) => gapped[at + 1].push(series[index]));
  });
  return gapped;
}

/** Epoch seconds of an ISO-8601 timestamp, as the charts take time. */
export function epochSeconds(timestamp) {
  return Date.parse(timestamp) / 1000;
}

/**
 * Several series of [{time, value}] on one time axis: [times, ...values], a series' value null
 * at the times only the others have.
 */
export function alignSeries(...series) {
  const times = [...new Set(series.flatMap(points => points.map(point => point.time)))].sort((a, b) => a - b);
  const values = series.map(points => {
    const byTime = new Map(points.map(point => [point.time, point.value]));
    return times.map(time => byTime.get(time) ?? null);
  });
  return [times, ...values];
}

/** Room for the longest tick text of a value axis beside its label, so that neither covers the other. */
function tickSpace(chart, ticks) {
  return 28 + 7 * Math.max(4, ...(ticks ?? []).map(text => String(text).length));
}

/** uPlot widens the time axis of a single point by 86,400 of its units, which in seconds are 1,000 days: an hour either side instead. */
function timeRange(chart, min, max) {
  const times = chart.data[0];
  return times.length === 1 ? [times[0] - HOUR, times[0] + HOUR] : [min, max];
}
