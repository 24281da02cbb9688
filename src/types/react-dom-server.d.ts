// The one react-dom/server function the component tests use (the project has no @types/react-dom).
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: import('react').ReactNode): string;
}
