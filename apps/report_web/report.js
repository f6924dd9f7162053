// Renders the plots of a page written by `neuromesh report`. The page holds every plot as a
// Vega-Lite spec with its data inline (in the JSON script element #nm-plots) and a
// <div id="..."> per plot; this script hands each spec to vega-embed (inlined before it) and
// reports the outcome in #nm-status: data-rendered and data-failed count the plots, and a
// failure is written into its plot's box and to the console (the Chromium test reads both).
(function () {
  'use strict';
  var status = document.getElementById('nm-status');
  var plots = JSON.parse(document.getElementById('nm-plots').textContent);
  var rendered = 0;
  var failed = 0;

  function fail(where, message) {
    failed += 1;
    var box = document.getElementById(where);
    if (box) {
      var p = document.createElement('p');
      p.className = 'error';
      p.textContent = 'This plot could not be drawn: ' + message;
      box.appendChild(p);
    }
    console.error('neuromesh report: ' + where + ': ' + message);
  }

  function finish() {
    status.dataset.rendered = String(rendered);
    status.dataset.failed = String(failed);
    status.textContent = failed === 0
        ? rendered + ' plots drawn.'
        : failed + ' of ' + plots.length + ' plots could not be drawn (see the boxes below).';
    status.className = failed === 0 ? 'ok' : 'error';
  }

  window.addEventListener('error', function (e) { fail('nm-status', e.message); });

  var options = {renderer: 'svg', actions: false, mode: 'vega-lite'};
  Promise.all(plots.map(function (plot) {
    return vegaEmbed('#' + plot.id, plot.spec, options)
        .then(function () { rendered += 1; })
        .catch(function (err) { fail(plot.id, String(err && err.message ? err.message : err)); });
  })).then(finish);
})();
