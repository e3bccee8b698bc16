import { prettyLogs } from './logger';

describe('the log format', () => {
  it('is readable on a terminal and JSON where output is collected', () => {
    expect(prettyLogs('auto', 'development', true)).toBe(true);
    expect(prettyLogs('auto', 'development', false)).toBe(false);
    expect(prettyLogs('auto', 'production', true)).toBe(false);
  });

  it('follows LOG_FORMAT when it is set', () => {
    expect(prettyLogs('pretty', 'production', false)).toBe(true);
    expect(prettyLogs('json', 'development', true)).toBe(false);
  });
});
