// Building the page's DOM from API data. Every value from an article goes in as a text
// node or an attribute, never as HTML, so a title such as <script>…</script> shows as text.

const SVG = 'http://www.w3.org/2000/svg';

// el('a', {href: '/x', class: 'y'}, 'text', child) -> an element; strings become text nodes.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
}

// A link only for web addresses: an article's "url" could be javascript:… or data:….
export function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// The snippet with its highlights ([begin, end) in code points) as <mark> elements.
export function snippet(text, highlights) {
  const points = Array.from(text);
  const out = [];
  let done = 0;
  for (const [begin, end] of highlights || []) {
    if (begin < done || end > points.length || begin >= end) continue;
    out.push(points.slice(done, begin).join(''));
    out.push(el('mark', {}, points.slice(begin, end).join('')));
    done = end;
  }
  out.push(points.slice(done).join(''));
  return out;
}

const RATINGS = ['Inadequate', 'Requires improvement', 'Good', 'Outstanding'];

export function ratingClass(rating) {
  return 'badge rating-' + String(rating).toLowerCase().replace(/[^a-z]+/g, '-');
}

// A service's ratings by inspection: dated inspections left to right, the four grades
// bottom to top, unrated inspections on a row of their own. Inline SVG with a title and
// a description for screen readers; the list under it says the same in words.
export function ratingChart(area, inspections) {
  const dated = inspections.filter((i) => i.year !== null);
  const width = 640;
  const rowHeight = 44;
  const left = 190;
  const right = 24;
  const top = 16;
  const rows = ['(no rating)', ...RATINGS];  // bottom to top
  const height = top + rows.length * rowHeight + 36;
  const y = (rating) => {
    const row = rating ? rows.indexOf(rating) : 0;
    return top + (rows.length - 1 - Math.max(row, 0)) * rowHeight + rowHeight / 2;
  };
  const step = dated.length > 1 ? (width - left - right) / (dated.length - 1) : 0;
  const x = (k) => (dated.length > 1 ? left + k * step : (left + width - right) / 2);
  const described = dated
    .map((i) => `${i.year}: ${i.rating || 'no rating'}`)
    .join('; ');
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'chart-title chart-desc',
    class: 'rating-chart',
  });
  chart.append(
    svg('title', {id: 'chart-title'}, `Ratings of ${area} by inspection`),
    svg('desc', {id: 'chart-desc'}, described || 'No dated inspections'),
  );
  rows.forEach((label, row) => {
    const rowY = top + (rows.length - 1 - row) * rowHeight + rowHeight / 2;
    chart.append(
      svg('line', {x1: left - 12, x2: width - right + 12, y1: rowY, y2: rowY, class: 'grid'}),
      svg('text', {x: left - 20, y: rowY + 4, 'text-anchor': 'end', class: 'axis'}, label),
    );
  });
  const rated = dated.map((i, k) => ({i, k})).filter(({i}) => i.rating);
  if (rated.length > 1) {
    chart.append(svg('polyline', {
      points: rated.map(({i, k}) => `${x(k)},${y(i.rating)}`).join(' '),
      class: 'trend',
    }));
  }
  dated.forEach((inspection, k) => {
    const cls = inspection.rating ? ratingClass(inspection.rating).replace('badge ', '') : 'unrated';
    chart.append(
      svg('circle', {cx: x(k), cy: y(inspection.rating), r: 9, class: `point ${cls}`}),
      svg('text', {x: x(k), y: height - 12, 'text-anchor': 'middle', class: 'axis'},
          String(inspection.year)),
    );
  });
  return chart;
}
