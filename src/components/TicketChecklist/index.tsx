import type {ReactNode} from 'react';
import {TICKET_CHECKLIST} from '../../data';
import {useLocale} from '../../hooks/useLocale';

/** What to put in a ticket, from src/data/ticket.ts (the e-mail link pre-fills the same list). */
export default function TicketChecklist(): ReactNode {
  const locale = useLocale();
  return (
    <ul>
      {TICKET_CHECKLIST.map((item) => (
        <li key={item.en}>{item[locale]}</li>
      ))}
    </ul>
  );
}
