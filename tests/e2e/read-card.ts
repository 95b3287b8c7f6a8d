import type { Page } from 'playwright-core';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function find(node: CdpNode, name: string): CdpNode | null {
  if (node.nodeName === name) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, name);
    if (hit) return hit;
  }
  return null;
}

function text(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join(' ');
}

function attr(node: CdpNode, name: string): string | null {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1] ?? null;
  return null;
}

/**
 * The card lives in a closed shadow root, out of reach of page scripts and of Playwright's
 * selectors; the DevTools protocol can pierce it, as assistive technology can.
 */
export async function readCard(page: Page): Promise<{ label: string | null; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, 'SOURCE-CONTEXT-CARD');
    if (!host) return null;
    const dialog = find(host.shadowRoots?.[0] ?? host, 'DIV');
    return { label: dialog ? attr(dialog, 'aria-label') : null, text: text(host).replace(/\s+/g, ' ').trim() };
  } finally {
    await cdp.detach();
  }
}
