// Public surface of the configuration: the environment is read here and nowhere else.
export {
  type Config,
  ConfigError,
  config,
  type DatabaseTarget,
  DEFAULT_SQLITE_FILE,
  databaseTarget,
  readConfig,
} from './config.ts';
