import { hiddenByAttributes, type HiddenCheck } from '../../lib/page/read-page-text';

/** An element with `display: contents` has no box of its own, yet its children show. */
function displaysContents(el: Element): boolean {
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/** checkVisibility's options, made once. */
const VISIBILITY_TOO = { visibilityProperty: true };

/**
 * Whether the reader cannot see an element. checkVisibility asks the layout the browser already has
 * (no box: display none, or content-visibility hidden; with visibilityProperty, visibility hidden),
 * which is far cheaper than building a computed style object for every element of a large page.
 * The computed style is asked for only when it says no: then the element may display its contents.
 */
export const isHidden: HiddenCheck = (el, attributesClear = false) => {
  if (hiddenByAttributes(el, attributesClear)) return true;
  // Called on the element itself: Function.prototype.call costs more in code not yet optimized.
  if (typeof el.checkVisibility === 'function') return !el.checkVisibility(VISIBILITY_TOO) && !displaysContents(el);
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style ? style.display === 'none' || style.visibility === 'hidden' : false;
};
