import { configRule } from '../../engine.js';
import { docRef } from '../support.js';
import { fmtConfigBytes } from '../../../../model/units.js';

export const messageMaxVsSocketRequest = configRule({
  meta: {
    id: 'size/message-max-vs-socket-request',
    severity: 'error',
    summary: 'message.max.bytes above socket.request.max.bytes.',
    why: 'A produce request carrying a batch of message.max.bytes is larger than the largest request the socket server accepts; the broker closes the connection instead of answering, and the producer retries until it times out.',
    refs: [docRef('broker', 'message.max.bytes'), docRef('broker', 'socket.request.max.bytes')],
    fix: 'Keep socket.request.max.bytes well above message.max.bytes.',
    messages: {
      messageMaxBytesSocketRequestMaxBytes: 'message.max.bytes {{message}} > socket.request.max.bytes {{socket}}',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    const message = ctx.number('message.max.bytes');
    const socket = ctx.number('socket.request.max.bytes');
    if (!(message > socket)) return [];
    return [
      {
        messageId: 'messageMaxBytesSocketRequestMaxBytes',
        data: { message: fmtConfigBytes(message), socket: fmtConfigBytes(socket) },
        setting: ctx.explicit('message.max.bytes') ? 'message.max.bytes' : 'socket.request.max.bytes',
      },
    ];
  },
});
