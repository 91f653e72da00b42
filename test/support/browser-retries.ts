import { jest } from '@jest/globals';

// A browser test drives the whole application, its API and Chromium on two
// shared cores; a step that times out there is run once more, and the first
// failure is still printed (logErrorsBeforeRetry), so a flaky step stays visible.
jest.retryTimes(1, { logErrorsBeforeRetry: true });
