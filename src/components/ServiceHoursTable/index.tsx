import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {CHANNELS, SCHEDULES, STANDARD_HOURS} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import {describeSchedule} from '../../lib/format';

/** Every hours notation the site uses, in words, with the channels that keep it. */
export default function ServiceHoursTable(): ReactNode {
  const locale = useLocale();
  const separator = locale === 'en' ? ', ' : '、';
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="helpdesk.hoursTable.notation">写法</Translate>
          </th>
          <th scope="col">
            <Translate id="helpdesk.hoursTable.meaning">含义</Translate>
          </th>
          <th scope="col">
            <Translate id="helpdesk.hoursTable.channels">适用渠道</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {SCHEDULES.map((schedule) => {
          const channels = CHANNELS.filter((channel) => channel.schedule === schedule.id);
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
              <td>
                {channels.length > 0 ? (
                  channels.map((channel) => channel.label[locale]).join(separator)
                ) : (
                  <Translate id="helpdesk.hoursTable.teamHours">不对应单个渠道</Translate>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
