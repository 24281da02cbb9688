/**
 * The doc sidebar inside the phone's navbar menu, as theme-classic's
 * DocSidebar/Mobile shows it, handed to the menu as one prop. The menu filler
 * memoizes its props after sorting their keys with localeCompare, and the first
 * localeCompare a page makes loads ICU's data: one long task right after
 * hydration on every doc page of a phone (tests/e2e/main-thread.spec.ts). With
 * one key there is nothing to compare.
 */
import React, {memo} from 'react';
import clsx from 'clsx';
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebar/Mobile';

function SidebarMenu({sidebar: {sidebar, path}}: {sidebar: Props}) {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // A category without a page of its own only opens; anything else navigates, so the menu closes.
          if (item.type === 'link' || (item.type === 'category' && item.href)) {
            mobileSidebar.toggle();
          }
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile(props: Props) {
  return <NavbarSecondaryMenuFiller component={SidebarMenu} props={{sidebar: props}} />;
}

export default memo(DocSidebarMobile);
