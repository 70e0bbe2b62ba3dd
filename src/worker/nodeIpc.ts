// comlink over a Node IPC channel: the parent's ChildProcess and the child's `process` both send
// with send() and receive with 'message' events, which this turns into the postMessage endpoint
// comlink expects. Messages use the channel's 'advanced' serialisation (structured clone).
import type { Endpoint } from 'comlink';

export interface IpcPeer {
  send?(message: unknown): boolean;
  readonly connected?: boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
}

export function ipcEndpoint(peer: IpcPeer): Endpoint {
  const listeners = new WeakMap<object, (message: unknown) => void>();
  return {
    // A message to a peer that has gone is dropped; the peer's exit is reported on its own.
    postMessage: (message: unknown) => {
      if (peer.connected) peer.send?.(message);
    },
    addEventListener: (_type: string, handler: EventListenerOrEventListenerObject) => {
      const l = (data: unknown) => {
        const event = { data } as MessageEvent;
        if ('handleEvent' in handler) handler.handleEvent(event);
        else handler(event);
      };
      listeners.set(handler, l);
      peer.on('message', l);
    },
    removeEventListener: (_type: string, handler: EventListenerOrEventListenerObject) => {
      const l = listeners.get(handler);
      if (l) peer.off('message', l);
      listeners.delete(handler);
    },
  };
}
