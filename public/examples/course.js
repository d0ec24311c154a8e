// The example course page's own buttons, driving the third embed through <backprop-lens>'s
// Promise API, and a line that follows its events. (An external file: a strict
// Content-Security-Policy refuses inline scripts.)
(function () {
  'use strict';
  function start() {
    var lens = document.getElementById('driven');
    var out = document.getElementById('driven-state');
    if (!lens || !out) return;
    function show(cursor) {
      out.textContent =
        'update ' +
        cursor.update +
        ', epoch ' +
        cursor.epoch +
        (cursor.phase ? ', ' + cursor.phase : '');
    }
    function fail(e) {
      out.textContent = 'The embed refused: ' + (e && e.message ? e.message : String(e));
    }
    var actions = {
      'step-phase': function () {
        return lens.step({ by: 'phase' }).then(show);
      },
      'step-update': function () {
        return lens.step({ by: 'update' }).then(show);
      },
      play: function () {
        return lens.play();
      },
      pause: function () {
        return lens.pause();
      },
      reset: function () {
        return lens.reset().then(show);
      },
      lr: function () {
        return lens.setHyperparameters({ learningRate: 0.5 }).then(function (r) {
          out.textContent = 'learning rate 0.5 from update ' + r.appliesFromUpdate;
        });
      },
    };
    document.querySelectorAll('[data-do]').forEach(function (button) {
      button.addEventListener('click', function () {
        var act = actions[button.getAttribute('data-do')];
        if (act) act().catch(fail);
      });
    });
    lens.addEventListener('lens-ready', function (e) {
      show(e.detail.state.cursor);
    });
    lens.addEventListener('lens-step', function (e) {
      show(e.detail);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
