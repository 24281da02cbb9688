/** Where the build draws each channel's QR code: `/qr/<channel id>.svg`, under static/. */
export const QR_CODE_DIR = 'qr';

export function qrCodePath(channelId: string): string {
  return `/${QR_CODE_DIR}/${channelId}.svg`;
}
