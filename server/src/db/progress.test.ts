import { whileWorking } from './progress';

/** A logger that keeps what it was told, as the terminal would show it. */
function recorder() {
  const lines: Array<{ fields: { step: string; seconds: number }; message: string }> = [];
  return {
    lines,
    logger: {
      info: (fields: { step: string; seconds: number }, message: string) =>
        lines.push({ fields, message }),
    } as never,
  };
}

/** Resolves once `check` holds, looking every few milliseconds (no fixed waits). */
const until = (check: () => boolean) =>
  new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });

describe('progress of the one-time database build', () => {
  it('says at intervals that a long step is still running, then stops', async () => {
    const { lines, logger } = recorder();
    const result = await whileWorking(
      logger,
      'compiling',
      async () => {
        await until(() => lines.length >= 3);
        return 'built';
      },
      20,
    );
    expect(result).toBe('built');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      expect(line.fields.step).toBe('compiling');
      expect(line.message).toMatch(/^still compiling … \d+ s$/);
    }
    const seconds = lines.map((line) => line.fields.seconds);
    expect([...seconds].sort((a, b) => a - b)).toEqual(seconds);

    // Nothing more once the step is over: a later step's reports are the only new lines.
    const before = lines.length;
    await whileWorking(logger, 'fetching', () => until(() => lines.length >= before + 2), 20);
    expect(lines.slice(before).every((line) => line.fields.step === 'fetching')).toBe(true);
  });

  it('stops reporting when the step fails and passes the failure on', async () => {
    const { lines, logger } = recorder();
    await expect(
      whileWorking(
        logger,
        'fetching',
        async () => {
          await until(() => lines.length >= 1);
          throw new Error('proxy unreachable');
        },
        20,
      ),
    ).rejects.toThrow('proxy unreachable');
    const before = lines.length;
    await whileWorking(logger, 'compiling', () => until(() => lines.length >= before + 2), 20);
    expect(lines.slice(before).every((line) => line.fields.step === 'compiling')).toBe(true);
  });
});
