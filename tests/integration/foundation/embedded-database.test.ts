import fs from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import mongoose from 'mongoose';
import { startEmbeddedDatabase } from '../../../server/src/db/embedded';
import { tempDataDir } from '../../support/database';
import { testDatabaseUri } from '../../support/server';

describe('the embedded database resolver', () => {
  it('gives a real MongoDB-wire server that keeps data between starts', async () => {
    const dataDir = await tempDataDir();
    const cacheDir = path.resolve(__dirname, '../../../.cache');
    const logger = pino({ level: 'silent' });
    const first = await startEmbeddedDatabase({ dataDir, cacheDir, logger });
    const connection = await mongoose
      .createConnection(first.uri, { dbName: 'persist' })
      .asPromise();
    await connection.collection('notes').insertOne({ text: 'Maßnahme' });
    await connection.close();
    await first.stop();

    const second = await startEmbeddedDatabase({ dataDir, cacheDir, logger });
    const again = await mongoose.createConnection(second.uri, { dbName: 'persist' }).asPromise();
    expect(await again.collection('notes').findOne({}, { projection: { _id: 0 } })).toEqual({
      text: 'Maßnahme',
    });
    await again.close();
    await second.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('names the three ways out when no database can be had', async () => {
    const dataDir = await tempDataDir();
    const savedPath = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(
        startEmbeddedDatabase({
          dataDir,
          cacheDir: dataDir,
          logger: pino({ level: 'silent' }),
          prefer: 'ferretdb',
        }),
      ).rejects.toThrow(/MONGODB_URI[\s\S]*MONGOMS_SYSTEM_BINARY[\s\S]*install Go/);
    } finally {
      process.env.PATH = savedPath;
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it('finds a document by _id through the _id index, not by reading the table', async () => {
    const connection = await mongoose
      .createConnection(testDatabaseUri(), { dbName: `explain_${Date.now()}` })
      .asPromise();
    try {
      const id = new mongoose.Types.ObjectId();
      await connection.collection('plans').insertOne({ _id: id, title: 'Handlungskonzept' });
      const plan = JSON.stringify(
        await connection.db!.command({ explain: { find: 'plans', filter: { _id: id } } }),
      );
      // FerretDB reports SQLite's query plan; MongoDB its id lookup stage.
      expect(plan).toMatch(/USING INDEX \S+__id_|IDHACK|EXPRESS_IXSCAN|EXPRESS_CLUSTERED_IXSCAN/);
      expect(plan).not.toMatch(/SCAN (?!.*USING INDEX)|COLLSCAN/);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  });

  it('is what the integration run itself uses', () => {
    expect(testDatabaseUri()).toMatch(/^mongodb:\/\//);
  });
});
