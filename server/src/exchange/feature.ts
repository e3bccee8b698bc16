import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { roomChannel } from '../realtime/access-changes';
import {
  EXCHANGE_ROOM_PREFIX,
  attachExchangeRealtime,
  mayStayInExchangeRoom,
} from './exchange.realtime';
import { exchangeRoutes } from './exchange.routes';
import { exchangePersonalData } from './personal-data';
import { exchangeSearch } from './search-sources';
import { seedExchange } from './seed/exchange.seed';

/** Cross-regional exchanges: invited councils and people, a live discussion, shared files. */
export const exchangeFeature: Feature = {
  name: 'exchange',
  routes: (bind, w) =>
    exchangeRoutes(bind, {
      events: w.exchangeEvents,
      access: w.access,
      notifier: w.projects.notifier,
    }),
  realtime: ({ io, wiring }) =>
    attachExchangeRealtime({
      io,
      events: wiring.exchangeEvents,
      logger: categoryLogger(wiring.logger, 'realtime'),
    }),
  live: () => [roomChannel('exchange', EXCHANGE_ROOM_PREFIX, mayStayInExchangeRoom)],
  search: [exchangeSearch],
  personalData: exchangePersonalData,
  seed: ({ logger }) => seedExchange(logger),
};
