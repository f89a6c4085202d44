import { configRule } from '../../engine.js';
import { isPlaceholder } from '../../config-model.js';
import { docRef, SERVER_KINDS } from '../support.js';

const names = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const listenerNames = (v: string | undefined) =>
  names(v)
    .map((l) => /^([A-Za-z0-9_]+):\/\//.exec(l)?.[1]?.toUpperCase())
    .filter((n): n is string => !!n);

export const kraftQuorumSettings = configRule({
  meta: {
    id: 'broker/kraft-quorum-settings',
    severity: 'error',
    summary: 'A KRaft node missing what it needs to reach the controller quorum.',
    why: 'In KRaft mode every node needs a node id, the controller listener name, and the quorum (controller.quorum.voters or, from 3.9, controller.quorum.bootstrap.servers); a node with the controller role must also listen on a controller listener. Without them the process refuses to start.',
    refs: [docRef('broker', 'controller.listener.names'), docRef('broker', 'controller.quorum.voters'), 'https://kafka.apache.org/documentation/#kraft_config'],
    fix: 'Set node.id, controller.listener.names (e.g. CONTROLLER), controller.quorum.voters or controller.quorum.bootstrap.servers, and on controllers add CONTROLLER://host:port to listeners.',
    messages: {
      kRaftNodeWithoutNodeId: 'KRaft node without node.id',
      kRaftNodeWithoutControllerListenerNames: 'KRaft node without controller.listener.names',
      kRaftNodeWithoutControllerQuorumVoters: 'KRaft node without controller.quorum.voters or controller.quorum.bootstrap.servers',
      aControllerNodeWhose: 'a controller node whose listeners ({{value}}) include none of controller.listener.names ({{controllerNames}})',
    },
    kinds: SERVER_KINDS,
  },
  check(ctx) {
    const roles = ctx.explicit('process.roles');
    if (!roles || ctx.config.format !== 'properties') return [];
    const problems: Array<{
      messageId: 'kRaftNodeWithoutNodeId' | 'kRaftNodeWithoutControllerListenerNames' | 'kRaftNodeWithoutControllerQuorumVoters' | 'aControllerNodeWhose';
      data?: { value: string; controllerNames: string };
      setting: string;
    }> = [];
    if (!ctx.explicit('node.id') && !ctx.explicit('broker.id')) problems.push({ messageId: 'kRaftNodeWithoutNodeId', setting: 'process.roles' });
    const controllerNames = names(ctx.explicit('controller.listener.names')?.value).map((n) => n.toUpperCase());
    if (controllerNames.length === 0) problems.push({ messageId: 'kRaftNodeWithoutControllerListenerNames', setting: 'process.roles' });
    if (!ctx.explicit('controller.quorum.voters') && !ctx.explicit('controller.quorum.bootstrap.servers'))
      problems.push({ messageId: 'kRaftNodeWithoutControllerQuorumVoters', setting: 'process.roles' });
    const listeners = ctx.explicit('listeners');
    if (
      names(roles.value).includes('controller') &&
      listeners &&
      !isPlaceholder(listeners.value) &&
      controllerNames.length > 0 &&
      !listenerNames(listeners.value).some((n) => controllerNames.includes(n))
    ) {
      problems.push({ messageId: 'aControllerNodeWhose', data: { value: listeners.value, controllerNames: controllerNames.join(', ') }, setting: 'listeners' });
    }
    return problems;
  },
});
