import type {ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {ChannelId} from '../../data';
import {qrCodePath} from '../../lib/published/qrCode';
import styles from './styles.module.css';

interface Props {
  channel: ChannelId;
  /** What the code opens, for screen readers. */
  label: string;
}

/** A channel's QR code, drawn at build time by plugins/helpdesk-data: no QR library in the browser. */
export default function QrCode({channel, label}: Props): ReactNode {
  return (
    <img
      className={styles.qr}
      src={useBaseUrl(qrCodePath(channel))}
      alt={label}
      width={120}
      height={120}
      loading="lazy"
      decoding="async"
    />
  );
}
