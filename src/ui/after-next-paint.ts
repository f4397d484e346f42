/**
 * Runs `callback` once the browser has painted the next frame, and returns a function that cancels
 * it. For work that must happen on a page change but that nobody sees (moving focus, naming the
 * page): done after the paint, it no longer delays the new page appearing.
 * Where there are no frames (a hidden tab, jsdom without them) it runs on the next task instead.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
    // rAF runs just before the frame is painted; the task queued from it runs after.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(callback, 0);
    });
  } else {
    timer = setTimeout(callback, 0);
  }
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
