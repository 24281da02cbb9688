/**
 * Docusaurus' client entry (@docusaurus/core/lib/client/clientEntry.js) in
 * steps. The original imports React DOM, the router, Helmet, the app, its theme
 * and every route's loader statically, so the browser evaluates all of main.js
 * in one task before anything can answer a tap. Here each step's modules are
 * imported eagerly (same chunk, no request) but evaluated only when the step
 * runs, and the steps are separate tasks. What runs is the original's: the same
 * `window.docusaurus` (its prefetch queued, below), the same preload of the
 * route's chunks, the same hydration inside `startTransition`.
 */
import React, {startTransition} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type Prefetch = (typeof window.docusaurus)['prefetch'];

/** A new task: a message to ourselves, which test clocks (unlike setTimeout) leave alone. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Docusaurus' prefetch, one route per task. Every link that scrolls into view
 * asks for its route's chunks (core's Link, through `window.docusaurus`), and
 * right after hydration that is every link on screen at once: one task adding
 * dozens of `<link rel=prefetch>`. Queued, the same prefetches go out in turn.
 */
function prefetchInTurn(prefetch: Prefetch): Prefetch {
  // The task before this route's: each call waits for the previous call's task, not for its download.
  let previousTask = Promise.resolve();
  return (routePath) => {
    const task = previousTask.then(nextTask);
    previousTask = task;
    return task.then(() => prefetch(routePath) || []);
  };
}

async function start(): Promise<void> {
  const {default: docusaurus} = await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/docusaurus');
  window.docusaurus = {...docusaurus, prefetch: prefetchInTurn(docusaurus.prefetch)};
  await nextTask();
  const ReactDOM = await import(/* webpackMode: "eager" */ 'react-dom/client');
  await nextTask();
  const [{HelmetProvider}, {BrowserRouter, HashRouter}] = await Promise.all([
    import(/* webpackMode: "eager" */ 'react-helmet-async'),
    import(/* webpackMode: "eager" */ 'react-router-dom'),
  ]);
  await nextTask();
  // The theme's layout first (the app's error boundary imports it for its fallback page): a task of its own.
  await import(/* webpackMode: "eager" */ '@theme/Layout');
  await nextTask();
  const [{default: App}, {default: preload}, {default: siteConfig}] = await Promise.all([
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/preload'),
    import(/* webpackMode: "eager" */ '@generated/docusaurus.config'),
  ]);
  await nextTask();

  const app = (
    <HelmetProvider>
      {siteConfig.future.experimental_router === 'hash' ? (
        <HashRouter>
          <App />
        </HashRouter>
      ) : (
        <BrowserRouter>
          <App />
        </BrowserRouter>
      )}
    </HelmetProvider>
  );
  const container = document.getElementById('__docusaurus')!;
  const onRecoverableError = (error: unknown, errorInfo: unknown) => {
    console.error('Docusaurus React Root onRecoverableError:', error, errorInfo);
  };
  const renderApp = () => {
    if (window.docusaurusRoot) {
      window.docusaurusRoot.render(app);
      return;
    }
    if (process.env.HYDRATE_CLIENT_ENTRY) {
      window.docusaurusRoot = ReactDOM.hydrateRoot(container, app, {onRecoverableError});
    } else {
      const root = ReactDOM.createRoot(container, {onRecoverableError});
      root.render(app);
      window.docusaurusRoot = root;
    }
  };
  await preload(window.location.pathname);
  startTransition(renderApp);
}

if (ExecutionEnvironment.canUseDOM) {
  void start();
}
