import { AsyncLocalStorage } from 'node:async_hooks';

export interface Actor {
  id: string;
  email: string;
}

interface RequestStore {
  actor?: Actor;
}

const storage = new AsyncLocalStorage<RequestStore>();

/**
 * Who is acting in the current request. Written by the access guard, read by the
 * audit subscriber, so that every write records its author without services
 * having to thread the user through every call.
 */
export const requestContext = {
  run<T>(callback: () => T): T {
    return storage.run({}, callback);
  },
  setActor(actor: Actor): void {
    const store = storage.getStore();
    if (store) store.actor = actor;
  },
  actor(): Actor | undefined {
    return storage.getStore()?.actor;
  },
  /** Runs work (a job, the seed) on behalf of a given actor outside an HTTP request. */
  runAs<T>(actor: Actor | undefined, callback: () => T): T {
    return storage.run({ actor }, callback);
  },
};
