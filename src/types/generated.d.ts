declare module '@generated/helpdesk-data/default/qr-codes.json' {
  import type {QrCodes} from '../../plugins/helpdesk-data';

  const codes: QrCodes;
  export default codes;
}
