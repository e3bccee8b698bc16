// i18next greets on the console once per process unless told it already did; in tests the
// output is the report. (Imported before i18next itself, in the browser as in jsdom.)
(globalThis as { __i18next_supportNoticeShown?: boolean }).__i18next_supportNoticeShown = true;
