// Starts the bundle that the paint-first plugin (index.ts) took out of the HTML:
// every <link rel=preload data-paint-first> becomes a script again, in document
// order, once the browser has drawn the server HTML. The same text on every page
// of both locales, so the CSP needs one hash for it (deploy/headers.cjs).
(function () {
  var started = false;
  // DOMContentLoaded's time. Event and entry times share the page's timeline;
  // performance.now() is avoided because test clocks fake it.
  var domReadyAt;
  // Paint entries reported before DOMContentLoaded, judged when it comes.
  var earlier = [];
  var timer;
  var observer;

  function start() {
    if (started) {
      return;
    }
    started = true;
    clearTimeout(timer);
    if (observer) {
      observer.disconnect();
    }
    var links = document.querySelectorAll('link[data-paint-first]');
    for (var i = 0; i < links.length; i++) {
      var script = document.createElement('script');
      script.src = links[i].getAttribute('href');
      // Inserted scripts run as soon as each arrives; async = false runs them in insertion order.
      script.async = false;
      document.head.appendChild(script);
    }
  }

  // A first contentful paint at or after DOMContentLoaded drew the whole document.
  // One before it was partial (the parser yielded): wait for a largest-contentful-paint
  // after DOMContentLoaded, or 150 ms, whichever comes first.
  function onPaints(entries) {
    if (domReadyAt === undefined) {
      earlier = earlier.concat(entries);
      return;
    }
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i];
      var contentful = entry.name === 'first-contentful-paint' || entry.entryType === 'largest-contentful-paint';
      if (contentful && entry.startTime >= domReadyAt) {
        start();
      } else if (entry.name === 'first-contentful-paint' && timer === undefined) {
        timer = setTimeout(start, 150);
      }
    }
  }

  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf('paint') >= 0) {
    observer = new PerformanceObserver(function (list) {
      onPaints(list.getEntries());
    });
    observer.observe({type: 'paint', buffered: true});
    if (types.indexOf('largest-contentful-paint') >= 0) {
      observer.observe({type: 'largest-contentful-paint', buffered: true});
    }
  }

  // A hidden tab draws nothing, so there is no paint to wait for.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      start();
    }
  });

  document.addEventListener('DOMContentLoaded', function (event) {
    domReadyAt = event.timeStamp;
    if (document.visibilityState === 'hidden') {
      start();
    } else if (observer) {
      onPaints(earlier);
    } else {
      // No paint timing: a task after the next animation frame comes after that frame's paint.
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
    }
  });
})();
