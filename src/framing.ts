/**
 * Whether this page is shown inside another page's frame. A site that frames the app could lay its
 * own content over it and trick a click (on "Forget my answers", say). The response headers forbid
 * framing, but a host that sends no headers leaves only the `<meta>` policy, which cannot; so the
 * app checks for itself before it shows anything.
 */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    // A frame of another origin may not even look at `top`: framed all the same.
    return true;
  }
}
