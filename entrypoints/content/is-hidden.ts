import { hiddenByAttributes } from '../../lib/page/read-page-text';

/**
 * Whether the reader cannot see an element. checkVisibility asks the layout the browser already has
 * (no box: display none, or content-visibility hidden; with visibilityProperty, visibility hidden),
 * which is far cheaper than building a computed style object for every element of a large page.
 */
export function isHidden(el: Element): boolean {
  if (hiddenByAttributes(el)) return true;
  const check = (el as Element & { checkVisibility?: (o?: { visibilityProperty?: boolean }) => boolean }).checkVisibility;
  if (typeof check === 'function') return !check.call(el, { visibilityProperty: true });
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style ? style.display === 'none' || style.visibility === 'hidden' : false;
}
