// <backprop-lens>: Backprop Lens in a course page (docs embed.md). An iframe of embed.html in a
// shadow root, one private MessageChannel per element, live attributes, a Promise API and DOM
// events. No dependencies. Content inside the element is the fallback shown where this script
// is blocked (put an "open in a new tab" link there).
//   <script type="module" src="https://<origin>/embed/v1/backprop-lens.js"></script>
//   <backprop-lens preset="two-two-one" title="The 2-2-1 example"></backprop-lens>

const SITE = new URL('../../', import.meta.url);
const ORIGIN = SITE.origin;
const PROTOCOL = 'backprop-lens';
const VIEW_ATTRIBUTES = ['layout', 'show', 'hide', 'controls', 'lock', 'locked', 'theme'];
const EVENTS = ['ready', 'step', 'metrics', 'diverged', 'statechange', 'resize', 'error', 'lesson'];
/** How long a request waits for the handshake before it is refused with `not-ready`. */
export const ANSWER_MS = 10_000;
/** How long the handshake is tried (every 500 ms) before `ready` is refused. */
export const CONNECT_MS = 30_000;

/** The fragment keys of embed.md that the element's attributes map to. */
export function fragmentOf(el) {
  const query = new URLSearchParams({ v: '1' });
  const put = (key, value) => {
    if (value !== null && value !== '') query.set(key, value);
  };
  put('preset', el.getAttribute('preset'));
  put('layout', el.getAttribute('layout'));
  put('show', el.getAttribute('show'));
  put('hide', el.getAttribute('hide'));
  put('controls', el.getAttribute('controls'));
  put('lock', el.hasAttribute('locked') ? 'all' : el.getAttribute('lock'));
  put('step', el.getAttribute('step'));
  put('theme', el.getAttribute('theme'));
  put('lesson', el.getAttribute('lesson'));
  return query.toString().replace(/%2C/g, ',');
}

/**
 * The whole view of the attributes, every key present: an attribute taken away means its
 * default (`controls: null` is "the layout's own controls"), so removing one restores it.
 */
export function viewOf(el) {
  return {
    layout: el.getAttribute('layout') || 'compact',
    show: el.getAttribute('show') || [],
    hide: el.getAttribute('hide') || [],
    controls: el.getAttribute('controls') || null,
    lock: el.hasAttribute('locked') ? 'all' : el.getAttribute('lock') || [],
    theme: el.getAttribute('theme') || 'auto',
  };
}

function problem(code, message) {
  return { code, message };
}

class BackpropLens extends HTMLElement {
  static get observedAttributes() {
    return ['preset', 'scenario', 'step', 'lesson', 'title', 'height', ...VIEW_ATTRIBUTES];
  }

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    this._frame = null;
    this._port = null;
    this._nextId = 1;
    this._pending = new Map();
    this._connected = false;
    this._timer = 0;
    this._readyTimer = 0;
    this._observer = null;
    this._resetReady();
  }

  _resetReady() {
    this._readyFailed = false;
    this.ready = new Promise((resolve, reject) => {
      this._resolveReady = resolve;
      this._rejectReady = reject;
    });
    this.ready.catch(() => undefined);
  }

  /** Starts the clock of the handshake: `ready` is refused when the app never answers. */
  _startReadyClock() {
    clearTimeout(this._readyTimer);
    this._readyTimer = setTimeout(() => {
      if (this._connected) return;
      clearTimeout(this._timer);
      this._readyFailed = true;
      this._rejectReady(
        problem(
          'not-ready',
          `Backprop Lens (${SITE.href}embed.html) did not answer within ${CONNECT_MS / 1000} s: ` +
            'check that the frame loads on this page (its Content-Security-Policy and ' +
            "X-Frame-Options headers) and that this page's origin is allowed.",
        ),
      );
    }, CONNECT_MS);
  }

  /** Resolves once connected; refused with `not-ready` after ANSWER_MS or when `ready` is. */
  _whenReady(type) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            problem(
              'not-ready',
              `Backprop Lens has not answered yet (waited ${ANSWER_MS / 1000} s): ` +
                `the request "${type}" was not sent.`,
            ),
          ),
        ANSWER_MS,
      );
      this.ready.then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        (e) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });
  }

  connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    if (!this.getAttribute('title'))
      console.warn('<backprop-lens> needs a title: it names the frame for screen readers.');
    if (this._frame) return;
    if ((this.getAttribute('loading') || 'lazy') === 'lazy' && 'IntersectionObserver' in window) {
      this._observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) this._load();
        },
        { rootMargin: '400px' },
      );
      this._observer.observe(this);
    } else this._load();
  }

  disconnectedCallback() {
    if (this._observer) this._observer.disconnect();
    this._observer = null;
  }

  _load() {
    if (this._frame) return;
    if (this._observer) this._observer.disconnect();
    const frame = document.createElement('iframe');
    frame.title = this.getAttribute('title') || 'Backprop Lens';
    frame.src = new URL(`embed.html#${fragmentOf(this)}`, SITE).href;
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    this._applyHeight(frame, 640);
    frame.addEventListener('load', () => this._handshake());
    this._frame = frame;
    this._startReadyClock();
    this._root.append(frame);
  }

  _applyHeight(frame, auto) {
    const height = this.getAttribute('height');
    frame.style.height = !height || height === 'auto' ? `${Math.ceil(auto)}px` : height;
  }

  _handshake() {
    clearTimeout(this._timer);
    let tries = 0;
    const attempt = () => {
      if (this._connected || !this._frame || !this._frame.contentWindow || tries > 60) return;
      tries += 1;
      if (this._port) this._port.close();
      const channel = new MessageChannel();
      this._port = channel.port1;
      this._port.onmessage = (event) => this._receive(event.data);
      this._timer = setTimeout(attempt, 500);
      try {
        this._frame.contentWindow.postMessage(
          { protocol: PROTOCOL, v: 1, type: 'connect', payload: { versions: [1] } },
          ORIGIN,
          [channel.port2],
        );
      } catch {
        // the frame is not (yet) the app's document: the next attempt tries again
      }
    };
    if (this._connected) {
      // the frame reloaded: start again
      this._connected = false;
      this._resetReady();
      this._startReadyClock();
    }
    attempt();
  }

  _receive(m) {
    if (!m || typeof m !== 'object' || m.protocol !== PROTOCOL) return;
    if (m.type === 'ok' || m.type === 'error') {
      const waiting = this._pending.get(m.re);
      if (!waiting) return;
      this._pending.delete(m.re);
      if (m.type === 'ok') waiting.resolve(m.payload);
      else waiting.reject(m.payload || problem('invalid-message', 'The app refused the request.'));
      return;
    }
    if (m.type === 'ready') {
      clearTimeout(this._timer);
      clearTimeout(this._readyTimer);
      this._connected = true;
      this._port.postMessage({ protocol: PROTOCOL, v: 1, type: 'subscribe', id: 0, payload: {} });
      // an app that answered after `ready` was refused still connects: `ready` resolves anew
      if (this._readyFailed) this.ready = Promise.resolve(m.payload);
      else this._resolveReady(m.payload);
      const scenario = this.getAttribute('scenario');
      if (scenario) this._loadFromAttribute(scenario);
    }
    if (m.type === 'resize' && m.payload && m.payload.height > 0 && this._frame)
      this._applyHeight(this._frame, m.payload.height);
    if (EVENTS.includes(m.type))
      this.dispatchEvent(
        new CustomEvent(`lens-${m.type}`, { detail: m.payload, bubbles: true, composed: true }),
      );
  }

  _loadFromAttribute(text) {
    let scenario;
    try {
      scenario = JSON.parse(text);
    } catch {
      this._reportError(problem('invalid-scenario', 'The scenario attribute is not JSON.'));
      return;
    }
    this.loadScenario({ scenario }).catch((e) => this._reportError(e));
  }

  _reportError(detail) {
    this.dispatchEvent(new CustomEvent('lens-error', { detail, bubbles: true, composed: true }));
  }

  async _request(type, payload) {
    // a request to an element still waiting to be scrolled near loads it now
    if (!this._frame && this.isConnected) this._load();
    if (!this._connected) await this._whenReady(type);
    return new Promise((resolve, reject) => {
      const id = this._nextId++;
      this._pending.set(id, { resolve, reject });
      const message = { protocol: PROTOCOL, v: 1, type, id };
      if (payload !== undefined) message.payload = payload;
      try {
        this._port.postMessage(message);
      } catch (e) {
        this._pending.delete(id);
        reject(problem('invalid-message', String(e)));
      }
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (name === 'title' && this._frame) this._frame.title = after || 'Backprop Lens';
    if (name === 'height' && this._frame) this._applyHeight(this._frame, this._frame.offsetHeight);
    if (!this._connected) return; // read when the frame loads
    if (name === 'preset' && after)
      this.loadScenario({ preset: after }).catch((e) => this._reportError(e));
    if (name === 'scenario' && after) this._loadFromAttribute(after);
    if (VIEW_ATTRIBUTES.includes(name))
      this.configure(viewOf(this)).catch((e) => this._reportError(e));
    if ((name === 'step' || name === 'lesson') && this._frame)
      this._frame.src = new URL(`embed.html#${fragmentOf(this)}`, SITE).href;
  }

  play() {
    return this._request('play');
  }
  pause() {
    return this._request('pause');
  }
  reset() {
    return this._request('reset');
  }
  step(options) {
    return this._request('step', options || {});
  }
  loadScenario(what) {
    return this._request('loadScenario', what);
  }
  setHyperparameters(values) {
    return this._request('setHyperparameters', values);
  }
  getState(options) {
    return this._request('getState', options || {});
  }
  configure(view) {
    return this._request('configure', view);
  }
}

if (!customElements.get('backprop-lens')) customElements.define('backprop-lens', BackpropLens);
