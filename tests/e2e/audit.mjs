// What a reader would notice on a page with widget instances, measured in
// the page (`page.evaluate(audit)`): every instance mounted, page-level
// horizontal overflow, the lowest contrast of any visible text the widget
// draws against what is really behind it, badge heights against the line
// they sit in, chart label sizes. Shared by the docs-site, reflow and
// font-size checks.

/* eslint-disable no-undef */
export function audit() {
  const rgba = (text) => {
    const n = (text.match(/[\d.]+/g) ?? []).map(Number);
    return /^rgba?\(/.test(text) && n.length >= 3 ? [n[0], n[1], n[2], n.length > 3 ? n[3] : 1] : [0, 0, 0, 0];
  };
  const channel = (c) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const contrast = (a, b) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const parentOf = (node) => node.parentElement ?? node.getRootNode()?.host ?? null;
  // The canvas: what a transparent page shows (its colour scheme's Canvas).
  const probe = document.createElement('div');
  probe.style.background = 'Canvas';
  document.body.append(probe);
  const canvas = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  const composite = (top, under) => top.slice(0, 3).map((c, i) => c * top[3] + under[i] * (1 - top[3]));
  /** The colour actually behind `element`: its backgrounds and its ancestors', composited. */
  const behind = (element) => {
    const layers = [];
    for (let node = element; node; node = parentOf(node)) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    let rgb = canvas.slice(0, 3);
    for (const layer of layers.reverse()) rgb = composite(layer, rgb);
    return rgb;
  };
  const hosts = [...document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')];
  const result = {
    instances: hosts.length,
    mounted: hosts.filter((h) => h.shadowRoot?.querySelector('.dlvm[data-as-of]')).length,
    schemes: hosts.map((h) => h.getAttribute('data-dlvm-scheme')),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    minContrast: null,
    lowContrast: [],
    badges: [],
    labels: { min: Infinity, count: 0 },
    texts: 0,
  };
  for (const host of hosts) {
    const root = host.shadowRoot;
    if (!root) continue;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/\S/.test(node.data)) continue;
      const element = node.parentElement;
      if (!element || element.closest('.dlvm-visually-hidden, title, desc, style')) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) continue;
      const style = getComputedStyle(element);
      const inSvg = element instanceof SVGElement;
      const colour = rgba(inSvg ? style.fill : style.color);
      const ratio = contrast(composite(colour, behind(element)), behind(element));
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      result.texts += 1;
      if (!result.minContrast || ratio < result.minContrast.ratio) {
        result.minContrast = { ratio: Math.round(ratio * 100) / 100, text: node.data.trim().slice(0, 40) };
      }
      if (ratio < needed) result.lowContrast.push(`${node.data.trim().slice(0, 40)}: ${ratio.toFixed(2)}`);
    }
    // <dlvm-timeline view> or [data-dlvm-timeline][data-view].
    const attribute = (name) => host.getAttribute(host.localName === 'dlvm-timeline' ? name : `data-${name}`);
    if (attribute('view') === 'badge') {
      const badge = root.querySelector('.dlvm-badge-link');
      const around = getComputedStyle(host.parentElement);
      const lineHeight = around.lineHeight === 'normal' ? 1.2 * parseFloat(around.fontSize) : parseFloat(around.lineHeight);
      if (badge) {
        result.badges.push({
          version: attribute('version'),
          height: badge.getBoundingClientRect().height,
          lines: badge.getClientRects().length,
          lineHeight,
          fontSize: parseFloat(getComputedStyle(badge).fontSize),
          aroundFontSize: parseFloat(around.fontSize),
        });
      }
    }
    for (const label of root.querySelectorAll('.dlvm-bar-label, .dlvm-axis text')) {
      const height = label.getBoundingClientRect().height;
      const size = parseFloat(getComputedStyle(label).fontSize);
      if (!height) continue;
      result.labels.count += 1;
      result.labels.min = Math.min(result.labels.min, size, height);
    }
  }
  return result;
}

/**
 * Throws unless what `audit` measured is what a reader needs. `narrow`:
 * a line too narrow for a badge lets it wrap (reflow comes first).
 */
export function expectReadable(measured, where, { narrow = false } = {}) {
  const problems = [];
  if (measured.mounted !== measured.instances) problems.push(`${measured.mounted} of ${measured.instances} instances mounted`);
  if (measured.overflow > 0) problems.push(`the page scrolls sideways by ${measured.overflow} px`);
  if (measured.lowContrast.length) problems.push(`low contrast: ${measured.lowContrast.slice(0, 5).join('; ')}`);
  for (const badge of narrow ? [] : measured.badges) {
    if (badge.lines !== 1) problems.push(`badge ${badge.version} takes ${badge.lines} lines`);
    if (badge.height > 1.7 * badge.lineHeight) problems.push(`badge ${badge.version} is ${badge.height} px high in a ${badge.lineHeight} px line`);
  }
  if (measured.labels.count && measured.labels.min < 12) problems.push(`a chart label renders at ${measured.labels.min} px`);
  if (problems.length) throw new Error(`${where}: ${problems.join(' | ')}`);
}
