import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {SCHEDULES, STANDARD_HOURS} from '../../data';
import {offeredChannels} from '../../lib/channels/channelEntry';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {describeHolidayBehaviour} from '../../lib/words/calendarWords';
import {describeCalendarYear, describedYears} from '../../lib/words/holidayTableWords';
import {describeSchedule} from '../../lib/words/format';
import styles from './styles.module.css';

/** The statutory holidays and make-up working days of the years the site knows (law-fixed years too), in words. */
function HolidayDates(): ReactNode {
  const locale = useLocale();
  const calendar = useCalendar();
  return (
    <ul>
      {describedYears(calendar).map((year) => (
        <li key={year}>{describeCalendarYear(calendar, year, locale)}</li>
      ))}
    </ul>
  );
}

/** Every hours notation the site uses, in words, with the channels that keep it and what holidays change. */
export default function ServiceHoursTable(): ReactNode {
  const locale = useLocale();
  const calendar = useCalendar();
  const separator = locale === 'en' ? ', ' : '、';
  return (
    <>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="helpdesk.hoursTable.notation">写法</Translate>
            </th>
            <th scope="col">
              <Translate id="helpdesk.hoursTable.meaning">含义</Translate>
            </th>
            <th scope="col">
              <Translate id="helpdesk.hoursTable.holidays">节假日</Translate>
            </th>
            <th scope="col">
              <Translate id="helpdesk.hoursTable.channels">适用渠道</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {SCHEDULES.map((schedule) => {
            const channels = offeredChannels().filter((channel) => channel.schedule === schedule.id);
            return (
              <tr key={schedule.id}>
                <th scope="row">{schedule.notation}</th>
                <td>
                  {describeSchedule(schedule, locale)}
                  {schedule.id === STANDARD_HOURS && (
                    <strong>
                      <Translate id="helpdesk.hoursTable.standard">，即标准支持时间</Translate>
                    </strong>
                  )}
                </td>
                <td>{describeHolidayBehaviour(schedule.holidays, locale)}</td>
                <td>
                  {channels.length > 0 ? (
                    channels.map((channel) => channel.label[locale]).join(separator)
                  ) : (
                    <Translate id="helpdesk.hoursTable.teamHours">团队的标准支持时间，并非某一渠道的服务时间</Translate>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {describedYears(calendar).length > 0 && <HolidayDates />}
      {/* Where the dates come from, in words: the data's package and version are for the policy file. */}
      <p>
        <Translate id="helpdesk.hoursTable.source">
          节假日与调休日期取自国务院公布的安排；调休安排尚未收录的年份，只计入法律规定的假日，其余日期按常规时间推算。
        </Translate>
      </p>
    </>
  );
}
