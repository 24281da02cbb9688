/**
 * Docusaurus' client entry (@docusaurus/core/lib/client/clientEntry.js) in
 * steps. The original imports React DOM, the router, Helmet, the app, its theme
 * and every route's loader statically, so the browser evaluates all of main.js
 * in one task before anything can answer a tap. Here each step's modules are
 * imported eagerly (same chunk, no request) but evaluated only when the step
 * runs, and the steps are separate tasks. What runs is the original's: the same
 * `window.docusaurus`, the same preload of the route's chunks, the same
 * hydration inside `startTransition`.
 */
import React, {startTransition} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** A new task: a message to ourselves, which test clocks (unlike setTimeout) leave alone. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function start(): Promise<void> {
  const {default: docusaurus} = await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/docusaurus');
  window.docusaurus = docusaurus;
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
