export {
  SocketIOProvider,
  type ProviderStatus,
  type SocketIOProviderOptions,
} from './socketio-provider';
