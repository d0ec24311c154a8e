// Backprop Lens resizer (protocol v1, no dependencies): finds this site's embed.html iframes on
// the host page, connects to each over its own MessageChannel, and sets each iframe's height
// from the app's `resize` messages. Paste after the iframes:
//   <script src="https://<origin>/embed/v1/resizer.js" async></script>
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script && script.src ? script.src : location.href).origin;
  var EMBED = new URL('../../embed.html', script && script.src ? script.src : location.href)
    .pathname;
  var done = new WeakSet();

  function isLens(frame) {
    try {
      var url = new URL(frame.src, location.href);
      return url.origin === origin && url.pathname === EMBED;
    } catch {
      return false;
    }
  }

  function connect(frame) {
    var tries = 0;
    var port = null;
    var timer = 0;
    function attempt() {
      if (!frame.isConnected || !frame.contentWindow || tries > 60) return;
      tries += 1;
      if (port) port.close();
      var channel = new MessageChannel();
      port = channel.port1;
      port.onmessage = function (event) {
        var m = event.data;
        if (!m || m.protocol !== 'backprop-lens') return;
        if (m.type === 'ready') clearTimeout(timer);
        if (m.type === 'resize' && m.payload && isFinite(m.payload.height) && m.payload.height > 0)
          frame.style.height = Math.ceil(m.payload.height) + 'px';
      };
      frame.contentWindow.postMessage(
        { protocol: 'backprop-lens', v: 1, type: 'connect', payload: { versions: [1] } },
        origin,
        [channel.port2],
      );
      timer = setTimeout(attempt, 500);
    }
    frame.addEventListener('load', function () {
      clearTimeout(timer);
      tries = 0;
      attempt();
    });
    attempt();
  }

  function scan() {
    var frames = document.querySelectorAll('iframe');
    for (var k = 0; k < frames.length; k += 1) {
      var frame = frames[k];
      if (!done.has(frame) && isLens(frame)) {
        done.add(frame);
        connect(frame);
      }
    }
  }

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
