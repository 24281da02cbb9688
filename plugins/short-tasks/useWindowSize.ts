/**
 * theme-common's useWindowSize (@docusaurus/theme-common/lib/hooks/useWindowSize.js):
 * 'ssr' while hydrating (server HTML and first client render agree), then
 * 'desktop' or 'mobile' by the window's width. On a phone the first reading
 * swaps the doc sidebar and the table of contents for their mobile versions;
 * as a transition, React renders that swap in interruptible slices instead of
 * one urgent task. The breakpoint is Infima's, as in theme-common.
 */
import {startTransition, useEffect, useState} from 'react';

type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Infima's desktop breakpoint, in CSS pixels (theme-common uses the same). */
const DESKTOP_BREAKPOINT = 996;

export function useWindowSize({desktopBreakpoint = DESKTOP_BREAKPOINT}: {desktopBreakpoint?: number} = {}): WindowSize {
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => {
      const size = window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
      startTransition(() => setWindowSize(size));
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return windowSize;
}
