/** The holiday calendar and closures the build shipped (plugins/helpdesk-data). */
import {usePluginData} from '@docusaurus/useGlobalData';
import type {CalendarData} from '../lib/calendar/calendar';

export function useCalendar(): CalendarData {
  return usePluginData('helpdesk-data') as CalendarData;
}
