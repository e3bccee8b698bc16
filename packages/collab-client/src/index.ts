export { SocketIOProvider, type SocketIOProviderOptions } from './socketio-provider';
export { CollabWebsocketProvider, type CollabWebsocketProviderOptions } from './websocket-provider';
export type { DocumentProvider, ProviderEvents, ProviderStatus } from './status';
