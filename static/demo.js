// The demo page's own script (no inline scripts anywhere: strict-CSP safe).

// Iframe hosts: size each widget frame to the height it reports. Only
// messages from the widget's origin, from one of our frames, are used.
const WIDGET_ORIGIN = new URL('./', import.meta.url).origin;
window.addEventListener('message', (event) => {
  if (event.origin !== WIDGET_ORIGIN) return;
  const data = event.data;
  if (!data || data.type !== 'dlvm-timeline:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-dlvm-frame]')) {
    if (frame.contentWindow !== event.source) continue;
    const borders = getComputedStyle(frame).boxSizing === 'border-box' ? frame.offsetHeight - frame.clientHeight : 0;
    frame.style.height = `${Math.max(0, Math.min(data.height, 20000)) + borders}px`;
  }
});

// A late-inserted instance, as an SPA docs site would add one.
function insertLate() {
  const slot = document.getElementById('late-slot');
  if (!slot) return;
  const element = document.createElement('div');
  element.setAttribute('data-dlvm-timeline', '');
  element.setAttribute('data-view', 'badge');
  element.setAttribute('data-version', 'base/cu129-ubuntu-2404');
  slot.append(element);
}
document.getElementById('insert-late')?.addEventListener('click', insertLate);
setTimeout(insertLate, 300);
