import type { Fieldwork } from '@pnetz/shared';
import type { SecurityAnalysis } from './analysis.model';
import { ResponseModel } from './response.model';

interface DayChannel {
  _id: { day: string; channel: 'online' | 'paper' };
  n: number;
}
interface StratumCount {
  _id: { district: string | null; ageGroup: string | null; sex: string | null };
  n: number;
}

/**
 * The fieldwork figures: returns per day and channel, per stratum the respondents named, and the
 * return rate against the letters sent. Counts only; no response content leaves here.
 */
export async function fieldworkOf(analysis: SecurityAnalysis): Promise<Fieldwork> {
  const [byDayChannel, byStratum] = await Promise.all([
    ResponseModel.aggregate<DayChannel>([
      { $match: { analysisId: analysis._id } },
      { $group: { _id: { day: '$submittedOn', channel: '$channel' }, n: { $sum: 1 } } },
    ]),
    ResponseModel.aggregate<StratumCount>([
      { $match: { analysisId: analysis._id } },
      {
        $group: {
          _id: {
            district: '$stratum.district',
            ageGroup: '$stratum.ageGroup',
            sex: '$stratum.sex',
          },
          n: { $sum: 1 },
        },
      },
    ]),
  ]);
  const days = new Map<string, { day: string; online: number; paper: number }>();
  const byChannel = { online: 0, paper: 0 };
  for (const { _id, n } of byDayChannel) {
    const entry = days.get(_id.day) ?? { day: _id.day, online: 0, paper: 0 };
    entry[_id.channel] += n;
    byChannel[_id.channel] += n;
    days.set(_id.day, entry);
  }
  const key = (d: string, a: string, s: string) => `${d}\u0000${a}\u0000${s}`;
  const strata = new Map<
    string,
    { district: string; ageGroup: string; sex: string; returned: number; drawn: number }
  >();
  for (const s of analysis.sample?.strata ?? [])
    strata.set(key(s.district, s.ageGroup, s.sex), {
      district: s.district,
      ageGroup: s.ageGroup,
      sex: s.sex,
      returned: 0,
      drawn: s.count,
    });
  for (const { _id, n } of byStratum) {
    const district = _id.district ?? '';
    const ageGroup = _id.ageGroup ?? '';
    const sex = _id.sex ?? '';
    const entry = strata.get(key(district, ageGroup, sex)) ?? {
      district,
      ageGroup,
      sex,
      returned: 0,
      drawn: 0,
    };
    entry.returned += n;
    strata.set(key(district, ageGroup, sex), entry);
  }
  const total = byChannel.online + byChannel.paper;
  const sent = analysis.letters?.issued ?? 0;
  return {
    analysisId: analysis._id.toHexString(),
    total,
    target: analysis.targetResponses,
    sent,
    returnRate: sent > 0 ? total / sent : null,
    byDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    byChannel,
    byStratum: [...strata.values()].sort(
      (a, b) =>
        a.district.localeCompare(b.district, 'de') ||
        a.ageGroup.localeCompare(b.ageGroup) ||
        a.sex.localeCompare(b.sex),
    ),
  };
}
