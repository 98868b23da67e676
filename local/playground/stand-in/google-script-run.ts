// google.script.run and google.script.host for a built sidebar shown in the playground:
// each call is JSON POSTed to the playground server, which runs the built global in the
// emulator. Loaded into the sidebar's iframe before the page's own script.

import type { FrameMessage, ScriptRunReply } from '../protocol';
import { illegalProperty, illegalValueMessage } from '../script-values';

type Handler = (valueOrError: unknown, userObject: unknown) => void;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

function tellPage(message: FrameMessage): void {
  window.parent.postMessage(message, location.origin);
}

async function post(name: string, args: unknown[]): Promise<ScriptRunReply> {
  try {
    const response = await fetch('/api/script-run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, args }),
    });
    return (await response.json()) as ScriptRunReply;
  } catch (error) {
    return { error: `The playground server did not answer: ${(error as Error).message}`, notices: [], changed: false };
  }
}

async function call(name: string, args: unknown[], { success, failure, userObject }: Handlers): Promise<void> {
  const reply = await post(name, args);
  tellPage({ playground: 'ran', notices: reply.notices, changed: reply.changed });
  if ('error' in reply) {
    const error = new Error(reply.error);
    if (failure) failure(error, userObject);
    else console.error(error); // as on Google: an unhandled failure only reaches the console
  } else success?.(reply.value, userObject);
}

/** A runner: the three `with…` methods return a new one; any other name calls that server function. */
function runner(handlers: Handlers): unknown {
  return new Proxy(
    {},
    {
      get(_, name) {
        if (name === 'withSuccessHandler') return (success: Handler) => runner({ ...handlers, success });
        if (name === 'withFailureHandler') return (failure: Handler) => runner({ ...handlers, failure });
        if (name === 'withUserObject') return (userObject: unknown) => runner({ ...handlers, userObject });
        if (typeof name !== 'string' || name === 'then') return undefined; // not a thenable
        return (...args: unknown[]) => {
          const illegal = illegalProperty(args);
          if (illegal !== null) throw new Error(illegalValueMessage(illegal));
          void call(name, args, handlers);
        };
      },
    },
  );
}

const host = {
  close: () => tellPage({ playground: 'close' }),
  editor: { focus: () => window.parent.focus() },
  setHeight: () => undefined,
  setWidth: () => undefined,
};

(window as unknown as { google: unknown }).google = { script: { run: runner({}), host } };
