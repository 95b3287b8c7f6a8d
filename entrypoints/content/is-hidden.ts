import { hiddenByAttributes } from '../../lib/page/read-page-text';

/**
 * Whether the reader cannot see an element. checkVisibility asks the layout the browser already has
 * (no box: display none, or content-visibility hidden; with visibilityProperty, visibility hidden),
 * which is far cheaper than building a computed style object for every element of a large page.
 */
function displaysContents(el: Element): boolean {
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/** checkVisibility's options, made once. */
const VISIBILITY_TOO = { visibilityProperty: true };

export function isHidden(el: Element): boolean {
  if (hiddenByAttributes(el)) return true;
  const check = (el as Element & { checkVisibility?: (o?: { visibilityProperty?: boolean }) => boolean }).checkVisibility;
  // An element with `display: contents` has no box of its own, so checkVisibility says no, yet its
  // children show: only then is the computed style worth asking for.
  if (typeof check === 'function') return !check.call(el, VISIBILITY_TOO) && !displaysContents(el);
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style ? style.display === 'none' || style.visibility === 'hidden' : false;
}
