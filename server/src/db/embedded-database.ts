/** A database server started for this process (FerretDB, or mongod where it can be had). */
export interface EmbeddedDatabase {
  kind: 'mongodb' | 'ferretdb';
  /** Connection string without a database name. */
  uri: string;
  port: number;
  /** The database server's process, for fault-injection tests. */
  pid: number | undefined;
  stop(): Promise<void>;
}
