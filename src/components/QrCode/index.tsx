import type {ReactNode} from 'react';
import qrCodes from '@generated/helpdesk-data/default/qr-codes.json';
import type {ChannelId} from '../../data';
import styles from './styles.module.css';

interface Props {
  channel: ChannelId;
  /** What the code opens, for screen readers. */
  label: string;
}

/** A QR code drawn at build time (plugins/helpdesk-data), so no QR library ships to the browser. */
export default function QrCode({channel, label}: Props): ReactNode {
  const code = qrCodes[channel];
  if (!code) {
    throw new Error(`No QR code was generated for channel "${channel}"; set qrCode: true in src/data/channels.ts`);
  }
  return (
    <svg
      className={styles.qr}
      viewBox={`0 0 ${code.size} ${code.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges">
      <rect width={code.size} height={code.size} fill="#fff" />
      <path stroke="#000" d={code.path} />
    </svg>
  );
}
