import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createWorker } from './worker.factory.js';

createWorker(loadConfig()).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('The worker could not start:', error);
  process.exit(1);
});
