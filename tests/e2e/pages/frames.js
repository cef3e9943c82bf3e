// The README's iframe listener (tests/e2e/embed.mjs checks it is the same), with
// this page's origin for the widget's.
window.addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;          // the widget's origin
  if (event.data?.type !== 'dlvm-timeline:height') return;
  for (const frame of document.querySelectorAll('iframe[data-dlvm-frame]')) {
    if (frame.contentWindow !== event.source) continue;
    // The posted height is the content's; a border-box theme counts the
    // frame's borders in its height too.
    const borders = getComputedStyle(frame).boxSizing === 'border-box' ? frame.offsetHeight - frame.clientHeight : 0;
    frame.style.height = `${Math.min(event.data.height, 20000) + borders}px`;
  }
});
