// Iframe mode: embed.html?view=card&version=pytorch/2.4&lang=es renders one
// instance from its query and posts its content height to the parent page:
//   { type: 'dlvm-timeline:height', height: <CSS pixels>, frame: <the 'frame' parameter or null> }
// It posts nothing else and acts on no message it receives. The page's
// language and title follow the widget's.
const KNOWN = ['view', 'framework', 'version', 'at', 'lang', 'theme', 'warn-days'];
const query = new URLSearchParams(location.search);
const element = document.createElement('div');
element.setAttribute('data-dlvm-timeline', '');
for (const name of KNOWN) {
  if (query.has(name)) element.setAttribute(`data-${name}`, query.get(name));
}
// Without a `lang` parameter the widget follows the reader's languages, not
// this page's placeholder `lang`.
document.documentElement.removeAttribute('lang');
document.getElementById('frame').append(element);

let last = -1;
const post = () => {
  const widget = element.shadowRoot?.querySelector('.dlvm');
  if (widget) {
    document.documentElement.lang = widget.lang;
    const title = widget.getAttribute('aria-label') ?? widget.querySelector('h2, h3, [data-version-id]')?.textContent;
    if (title) document.title = title.trim();
  }
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'dlvm-timeline:height', height, frame: query.get('frame') }, '*');
};
new ResizeObserver(post).observe(document.documentElement);
await import('./embed.js');
post();
