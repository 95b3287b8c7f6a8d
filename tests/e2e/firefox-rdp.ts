import { connect, type Socket } from 'node:net';

/**
 * A minimal client of Firefox's remote debugging protocol (the one web-ext uses to install add-ons).
 * Puppeteer's WebDriver BiDi may not open or script moz-extension pages; this reaches the extension's
 * background page, and from there anything the extension itself can do.
 */
export class FirefoxRdp {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: Array<{ from: string; match: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void }> = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) return;
        const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Record<string, unknown>;
        this.buffer = this.buffer.subarray(colon + 1 + length);
        const i = this.waiting.findIndex((w) => w.from === message.from && w.match(message));
        if (i >= 0) this.waiting.splice(i, 1)[0]!.resolve(message);
      }
    });
  }

  static async open(port: number): Promise<FirefoxRdp> {
    for (let attempt = 0; ; attempt++) {
      try {
        const socket = await new Promise<Socket>((ok, fail) => {
          const s = connect(port, '127.0.0.1', () => ok(s));
          s.once('error', fail);
        });
        const rdp = new FirefoxRdp(socket);
        await rdp.next('root');
        return rdp;
      } catch (err) {
        if (attempt > 50) throw err;
        await new Promise((ok) => setTimeout(ok, 200));
      }
    }
  }

  private next(from: string, match: (m: Record<string, unknown>) => boolean = () => true): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.waiting.push({ from, match, resolve }));
  }

  async request(to: string, type: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    // A reply has no type, or one that is not an event this client waits for separately.
    const reply = this.next(to, (m) => !('type' in m) || (m.type !== 'evaluationResult' && m.type !== 'target-available-form'));
    const body = Buffer.from(JSON.stringify({ to, type, ...extra }));
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    const answer = await reply;
    if (answer.error) throw new Error(`${type}: ${String(answer.error)} ${String(answer.message ?? '')}`);
    return answer;
  }

  private consoles = new Map<string, string>();

  /** The console actor of the add-on's background page, found through its descriptor's watcher. */
  private async addonConsole(addonId: string): Promise<string> {
    const known = this.consoles.get(addonId);
    if (known) return known;
    const { addons } = (await this.request('root', 'listAddons')) as { addons: Array<{ id: string; actor: string }> };
    const addon = addons.find((a) => a.id === addonId);
    if (!addon) throw new Error(`add-on ${addonId} is not installed`);
    const watcher = (await this.request(addon.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true })) as { actor?: string; from: string };
    const watcherActor = watcher.actor ?? (watcher as unknown as { watcher?: { actor: string } }).watcher?.actor;
    if (!watcherActor) throw new Error('no watcher for the add-on');
    const isBackground = (m: Record<string, unknown>) => {
      const target = m.target as { consoleActor?: string; url?: string } | undefined;
      return m.type === 'target-available-form' && typeof target?.consoleActor === 'string' && /background/u.test(target.url ?? '');
    };
    const available = this.next(watcherActor, isBackground);
    await this.request(watcherActor, 'watchTargets', { targetType: 'frame' });
    const { target } = (await available) as { target: { consoleActor: string } };
    this.consoles.set(addonId, target.consoleActor);
    return target.consoleActor;
  }

  private async evaluate(console: string, text: string): Promise<unknown> {
    const result = this.next(console, (m) => m.type === 'evaluationResult');
    await this.request(console, 'evaluateJSAsync', { text });
    const evaluated = (await result) as { result?: unknown; exception?: unknown; exceptionMessage?: string };
    if (evaluated.exception) throw new Error(`in the add-on: ${evaluated.exceptionMessage ?? 'exception'}`);
    return evaluated.result;
  }

  /**
   * Runs an expression in the add-on's background page and returns its value, awaited, which must
   * survive JSON. The console evaluates synchronously, so a promise's outcome is kept and polled.
   */
  async evaluateInAddon(addonId: string, expression: string): Promise<unknown> {
    const console = await this.addonConsole(addonId);
    await this.evaluate(
      console,
      `globalThis.__rdpResult = null; Promise.resolve().then(() => (${expression})).then((v) => { globalThis.__rdpResult = JSON.stringify({ v: v === undefined ? null : v }); }, (e) => { globalThis.__rdpResult = JSON.stringify({ e: String(e) }); }); 0`,
    );
    for (let i = 0; i < 400; i++) {
      const raw = await this.evaluate(console, 'globalThis.__rdpResult');
      if (typeof raw === 'string') {
        const outcome = JSON.parse(raw) as { v?: unknown; e?: string };
        if (outcome.e !== undefined) throw new Error(`in the add-on: ${outcome.e}`);
        return outcome.v;
      }
      await new Promise((ok) => setTimeout(ok, 50));
    }
    throw new Error('the add-on did not answer');
  }

  close(): void {
    this.socket.end();
  }
}
