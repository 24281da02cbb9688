/**
 * The MDX elements this site's pages use. Unlike the theme's set, it maps no
 * `code`/`pre` (code blocks), `details` or `mermaid`: support pages have none,
 * and the code-block renderer alone would put Prism into every page's
 * JavaScript. A fenced code block added later still renders, as plain
 * `<pre><code>` without highlighting.
 */
import type {ComponentProps} from 'react';
import Head from '@docusaurus/Head';
import Admonition from '@theme/Admonition';
import MDXA from '@theme/MDXComponents/A';
import MDXHeading from '@theme/MDXComponents/Heading';
import MDXImg from '@theme/MDXComponents/Img';
import MDXLi from '@theme/MDXComponents/Li';
import MDXUl from '@theme/MDXComponents/Ul';
import type {MDXComponentsObject} from '@theme/MDXComponents';

type HeadingProps = Omit<ComponentProps<typeof MDXHeading>, 'as'>;

const MDXComponents = {
  Head,
  a: MDXA,
  ul: MDXUl,
  li: MDXLi,
  img: MDXImg,
  h1: (props: HeadingProps) => <MDXHeading as="h1" {...props} />,
  h2: (props: HeadingProps) => <MDXHeading as="h2" {...props} />,
  h3: (props: HeadingProps) => <MDXHeading as="h3" {...props} />,
  h4: (props: HeadingProps) => <MDXHeading as="h4" {...props} />,
  h5: (props: HeadingProps) => <MDXHeading as="h5" {...props} />,
  h6: (props: HeadingProps) => <MDXHeading as="h6" {...props} />,
  admonition: Admonition,
} satisfies Partial<MDXComponentsObject>;

export default MDXComponents;
