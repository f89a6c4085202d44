import { MSK_BROKER_SIZES, MSK_EXPRESS_FIXED, MSK_MAX_STORAGE_PER_BROKER_BYTES, MSK_SOURCES, standardStorageBytesPerSecond } from '../../../../knowledge/msk-brokers.js';
import { PLANNING } from '../../../../knowledge/planning.js';
import { fmt, fmtBytes } from '../../../../model/units.js';
import { mskBrokerChoice, mskFit, mskLoad, mskZones, smallestFittingExpress, smallestFittingStandard } from '../../../strategy/msk-capacity.js';
import { designRule, type DesignHit } from '../types.js';

type Message = 'overloaded' | 'partitions' | 'expressFixed' | 'storageCap';

/** On Amazon MSK, the broker size sets what each broker carries: AWS's figures, not rules of thumb. */
export const mskCapacity = designRule({
  meta: {
    id: 'platform/msk-capacity',
    severity: 'warning',
    summary: 'On Amazon MSK the chosen broker size and count do not carry the design, or the design needs what the broker type forbids.',
    why: "A Standard MSK broker writes every replica to an EBS volume whose throughput (250 MiB/s unless provisioned, capped by the instance's EBS bandwidth) bounds the cluster; AWS recommends a partition count per size; Express brokers have a recommended ingress and egress per size (above it performance degrades) and a higher per-broker quota where MSK throttles clients; each size has a recommended and a maximum partition count; and always replicate three ways with min.insync.replicas 2; a Standard broker's volume holds at most 16 TiB.",
    refs: [MSK_SOURCES.standardBestPractices, MSK_SOURCES.storageThroughput, MSK_SOURCES.expressBestPractices, MSK_SOURCES.quotas, MSK_SOURCES.expressQuotas],
    fix: 'Add brokers (in multiples of the availability zones), choose a larger size, provision storage throughput (kafka.m5.4xlarge / kafka.m7g.2xlarge and up), move to Express brokers, or use tiered storage for long retention.',
    messages: {
      overloaded: '{{arithmetic}}: {{brokers}} x {{size}} do not carry the peak{{assumed}}. Options: {{options}}.',
      partitions:
        '{{replicas}} partition replicas / {{brokers}} brokers = {{perBroker}} per {{size}} broker, above the {{recommended}} AWS recommends for this size ({{max}} is the most that still allows cluster updates){{assumed}}.',
      expressFixed: '{{topic}} asks for replication factor {{rf}} / min.insync.replicas {{isr}}, but Express brokers always use {{fixedRf}} / {{fixedIsr}}: {{consequence}}.',
      storageCap: 'The topics keep {{perBroker}} per broker; at {{fill}} fill that needs {{needed}} of volume, above the {{cap}} MSK attaches to a Standard broker. Options: {{options}}.',
    },
  },
  check({ facts, design }) {
    if (facts.platform !== 'msk') return [];
    const flow = design.topics[0]?.flows[0] ?? '';
    const zones = mskZones(facts.racks);
    const load = mskLoad(design);
    const { fit, assumed } = mskBrokerChoice(facts.brokerType, load, facts.brokers, zones);
    const assumedNote = assumed ? ` (cluster.broker_type not stated; ${fit.size.id} assumed)` : '';
    const hits: DesignHit<Message>[] = [];
    if (!fit.fits) {
      const options = [`${fit.brokersNeeded} x ${fit.size.id}`];
      const larger = fit.size.kind === 'standard' ? smallestFittingStandard(load, facts.brokers, zones) : smallestFittingExpress(load, facts.brokers, zones);
      if (larger && larger.size.id !== fit.size.id) options.push(`${facts.brokers} x ${larger.size.id}`);
      if (fit.size.kind === 'standard' && fit.size.provisionedStorageMiBps) {
        const provisioned = standardStorageBytesPerSecond(fit.size, true) * PLANNING.storageWriteShare;
        if (load.replicatedWrites / facts.brokers <= provisioned) options.push(`provisioned storage throughput on ${fit.size.id} (up to ${fmt(fit.size.provisionedStorageMiBps)} MiB/s per broker)`);
      }
      if (fit.size.kind === 'standard') {
        const express =
          smallestFittingExpress(load, facts.brokers, zones) ??
          mskFit(
            MSK_BROKER_SIZES.find((s) => s.kind === 'express')!,
            load,
            facts.brokers,
            zones,
          );
        options.push(express.fits ? `${facts.brokers} x ${express.size.id} (Express)` : `${express.brokersNeeded} x ${express.size.id} (Express)`);
      }
      // Past the volume's whole throughput (Standard) or past the quota where MSK throttles (Express)
      // the peak is not carried at all; below those it runs, degraded.
      const overCeiling =
        fit.size.kind === 'standard'
          ? load.replicatedWrites / facts.brokers > standardStorageBytesPerSecond(fit.size)
          : load.ingress / facts.brokers > fit.size.ingressQuotaBytesPerSecond! || load.egress / facts.brokers > fit.size.egressQuotaBytesPerSecond!;
      hits.push({
        flow,
        severity: overCeiling && !assumed ? 'error' : 'warning',
        messageId: 'overloaded',
        data: { arithmetic: fit.arithmetic, brokers: facts.brokers, size: fit.size.id, assumed: assumedNote, options: options.join('; ') },
      });
    }
    if (fit.replicasPerBroker > fit.size.partitionsRecommended) {
      hits.push({
        flow,
        severity: fit.replicasPerBroker > fit.size.partitionsMax && !assumed ? 'error' : 'warning',
        messageId: 'partitions',
        data: {
          replicas: fmt(load.replicas),
          brokers: facts.brokers,
          perBroker: fmt(Math.round(fit.replicasPerBroker)),
          size: fit.size.id,
          recommended: fmt(fit.size.partitionsRecommended),
          max: fmt(fit.size.partitionsMax),
          assumed: assumedNote,
        },
      });
    }
    if (fit.size.kind === 'express') {
      for (const t of design.topics) {
        const isr = Number(t.config['min.insync.replicas'] ?? MSK_EXPRESS_FIXED.minInsyncReplicas);
        if (t.replicationFactor === MSK_EXPRESS_FIXED.replicationFactor && isr === MSK_EXPRESS_FIXED.minInsyncReplicas) continue;
        const consequence =
          t.replicationFactor < MSK_EXPRESS_FIXED.replicationFactor
            ? 'the saving this design counted on (fewer replicas) does not exist there, so size the cost with three copies'
            : 'the durability this design counted on is not available there; choose Standard brokers for it';
        hits.push({
          flow: t.flows[0]!,
          severity: 'error',
          messageId: 'expressFixed',
          data: { topic: t.name, rf: t.replicationFactor, isr, fixedRf: MSK_EXPRESS_FIXED.replicationFactor, fixedIsr: MSK_EXPRESS_FIXED.minInsyncReplicas, consequence },
        });
      }
    }
    if (fit.size.kind === 'standard') {
      const perBroker = design.topics.reduce((sum, t) => sum + (t.sizing.diskBytesPerBroker ?? 0), 0);
      const needed = perBroker / PLANNING.diskSafeFill;
      if (needed > MSK_MAX_STORAGE_PER_BROKER_BYTES) {
        const brokers = Math.max(zones, Math.ceil((perBroker * facts.brokers) / (MSK_MAX_STORAGE_PER_BROKER_BYTES * PLANNING.diskSafeFill) / zones) * zones);
        const tierable = design.topics.some((t) => t.config['cleanup.policy'] === 'delete');
        const options = [
          `${brokers} brokers (${fmtBytes(perBroker * facts.brokers)} / (${fmtBytes(MSK_MAX_STORAGE_PER_BROKER_BYTES)} x ${fmt(PLANNING.diskSafeFill * 100)} %), a multiple of ${zones} zones)`,
          'a shorter retention',
          ...(tierable ? ['MSK tiered storage (remote.storage.enable, local.retention.ms on the topics)'] : []),
          'Express brokers (storage without a per-broker cap)',
        ];
        hits.push({
          flow,
          severity: 'error',
          messageId: 'storageCap',
          data: {
            perBroker: fmtBytes(perBroker),
            fill: `${fmt(PLANNING.diskSafeFill * 100)} %`,
            needed: fmtBytes(needed),
            cap: `16,384 GiB (${fmtBytes(MSK_MAX_STORAGE_PER_BROKER_BYTES)})`,
            options: options.join('; '),
          },
        });
      }
    }
    return hits;
  },
});
