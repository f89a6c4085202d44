import { parse } from 'java-parser';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/method/generate/index.js';
import { ALL_DESIGNS, notificationDesign, paymentsDesign } from './fixtures.js';

// Java is parsed, not compiled: kafka-clients is not installable here (npm and Debian only).
describe('generated Java (kafka-clients)', () => {
  it.each(ALL_DESIGNS.map((d) => [d.name, d] as const))('%s parses with java-parser', (_name, design) => {
    const sources = generate(design, { language: 'java' }).filter((f) => f.path.endsWith('.java'));
    expect(sources.length).toBeGreaterThan(1);
    for (const f of sources) {
      try {
        parse(f.contents);
      } catch (e) {
        throw new Error(`${f.path} does not parse: ${(e as Error).message}`);
      }
    }
  });

  it('sets the design names as they are, with the reason on each line', () => {
    const producer = generate(notificationDesign, { language: 'java' }).find((f) => f.path.endsWith('NotificationsProducer.java'))!.contents;
    expect(producer).toContain('props.put("acks", "all"); // a notification must survive');
    expect(producer).toContain('props.put("key.serializer", StringSerializer.class.getName());');
    expect(producer).toContain('failure.compareAndSet(null, exception)');
  });

  it('runs key-ordered chains on a handler pool and commits after the whole batch', () => {
    const design = ALL_DESIGNS.find((d) => d.name === 'notification-service' && d.patterns.some((p) => p.id === 'key-ordered-parallel-processing'))!;
    const consumer = generate(design, { language: 'java' }).find((f) => f.path.endsWith('NotificationsConsumer.java'))!.contents;
    expect(consumer).toContain('String lane = String.valueOf(batch.get(i).key());');
    expect(consumer.indexOf('handleInParallel(batch, handlers, sideProducer)')).toBeLessThan(consumer.indexOf('consumer.commitSync(nextOffsets(batch));'));
  });

  it('writes the transactional loop with sendOffsetsToTransaction and fencing handled', () => {
    const files = generate(paymentsDesign, { language: 'java' });
    const processor = files.find((f) => f.path.endsWith('PaymentRequestsConsumer.java'))!.contents;
    for (const call of [
      'initTransactions()',
      'beginTransaction()',
      'sendOffsetsToTransaction(nextOffsets(records), consumer.groupMetadata())',
      'commitTransaction()',
      'abortTransaction()',
      'ProducerFencedException',
    ]) {
      expect(processor).toContain(call);
    }
    expect(files.find((f) => f.path === 'java/pom.xml')!.contents).toContain('<version>3.9.0</version>');
  });
});
